// Sidecar CSV/JSON reading and applying.
#include "foi/index/sidecar.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "foi/extract/dates.h"
#include "foi/extract/outcomes.h"
#include "foi/base/hash.h"
#include "foi/base/text.h"

namespace foi {
namespace {

// Column name (lower case) -> canonical field.
const std::map<std::string, std::string>& synonyms() {
  static const std::map<std::string, std::string> m = {
      {"file", "file"},           {"filename", "file"},        {"file_name", "file"},   {"path", "file"},
      {"id", "file"},             {"name", "file"},            {"date", "date"},        {"decision_date", "date"},
      {"response_date", "date"},  {"reference", "reference"},  {"ref", "reference"},    {"case_reference", "reference"},
      {"authority", "authority"}, {"public_agency", "authority"}, {"public_authority", "authority"},
      {"outcome", "outcome"},     {"title", "title"},          {"case_title", "title"}, {"url", "url"},
      {"source_url", "url"},
  };
  return m;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// RFC 4180 fields: quotes, doubled quotes, commas and line breaks inside quotes.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field)), field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      rows.back().push_back(std::move(field)), field.clear();
      rows.emplace_back();
    } else {
      field += c;
    }
  }
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(std::move(field));
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

// Maps a row's columns to canonical fields; the first column of a meaning wins (public_agency before respondent).
SidecarFields canonical(const std::vector<std::pair<std::string, std::string>>& columns) {
  SidecarFields f;
  for (const auto& [name, value] : columns) {
    auto it = synonyms().find(lower(name));
    if (it != synonyms().end() && !f.count(it->second) && !value.empty()) f[it->second] = value;
  }
  return f;
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw TextError("cannot read the sidecar " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return clean_utf8(ss.str());
}

std::string stem(std::string_view name) {
  size_t dot = name.find_last_of('.');
  return std::string(dot == std::string_view::npos ? name : name.substr(0, dot));
}

bool meaningless(const std::string& v) { return v.empty() || v == "NA" || v == "N/A" || v == "???" || v == "-"; }

}  // namespace

Sidecar Sidecar::load(const std::string& path) {
  std::string text = read_all(path);
  std::vector<SidecarFields> rows;
  if (path.size() > 5 && lower(path.substr(path.size() - 5)) == ".json") {
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded()) throw TextError("the sidecar " + path + " is not valid JSON");
    auto add = [&](const nlohmann::json& obj, const std::string& key) {
      std::vector<std::pair<std::string, std::string>> cols;
      if (!key.empty()) cols.emplace_back("file", key);
      for (const auto& [k, v] : obj.items())
        cols.emplace_back(k, v.is_string() ? v.get<std::string>() : v.is_null() ? "" : v.dump());
      rows.push_back(canonical(cols));
    };
    if (j.is_array()) for (const auto& o : j) if (o.is_object()) add(o, "");
    if (j.is_object()) for (const auto& [k, o] : j.items()) if (o.is_object()) add(o, k);
  } else {
    std::vector<std::vector<std::string>> csv = parse_csv(text);
    if (csv.empty()) throw TextError("the sidecar " + path + " is empty");
    for (size_t r = 1; r < csv.size(); ++r) {
      std::vector<std::pair<std::string, std::string>> cols;
      for (size_t c = 0; c < csv[r].size() && c < csv[0].size(); ++c) cols.emplace_back(csv[0][c], csv[r][c]);
      rows.push_back(canonical(cols));
    }
  }
  Sidecar s;
  for (SidecarFields& f : rows)
    if (f.count("file")) s.rows_[f.at("file")] = f;
  if (s.rows_.empty()) throw TextError("the sidecar " + path + " has no rows with a file name or id column");
  return s;
}

const SidecarFields* Sidecar::find(std::string_view file_name) const {
  std::string_view base = file_name.substr(file_name.find_last_of('/') == std::string_view::npos
                                               ? 0 : file_name.find_last_of('/') + 1);
  if (auto it = rows_.find(base); it != rows_.end()) return &it->second;
  if (auto it = rows_.find(stem(base)); it != rows_.end()) return &it->second;
  return nullptr;
}

void apply_sidecar(Record& r, const SidecarFields& fields) {
  auto take = [&](const char* field, auto&& assign) {
    auto it = fields.find(field);
    if (it == fields.end() || meaningless(it->second)) return;
    if (assign(it->second)) r.from_sidecar.push_back(field);
  };
  take("date", [&](const std::string& v) {
    std::optional<Date> d = parse_date(v);
    if (d) r.date = d->iso();
    return d.has_value();
  });
  take("reference", [&](const std::string& v) { return r.reference = v, true; });
  take("authority", [&](const std::string& v) { return r.authority = v, true; });
  take("outcome", [&](const std::string& v) {  // onto the vocabulary: "Dismissed" is dismissed, "Consent Order" unknown
    std::optional<std::string> o = normalise_outcome(v);
    return o ? (r.outcome = *o, true) : false;
  });
  take("title", [&](const std::string& v) { return r.title = v, true; });
  take("url", [&](const std::string& v) { return r.url = v, true; });
}

std::string sidecar_signature(const SidecarFields& fields) {
  std::string all;
  for (const auto& [k, v] : fields) all += k + "=" + v + "\n";
  return hex64(fnv1a64(all));
}

}  // namespace foi
