// CSV and JSON Lines rows for /api/export.
#include "foi/search/export_format.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace foi {
namespace {

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : "; ") + v;
  return out;
}

std::string or_empty(const std::optional<std::string>& v) { return v ? *v : std::string(); }

nlohmann::json or_null(const std::optional<std::string>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json();
}

// The columns of kExportColumns as text.
std::vector<std::string> csv_values(const Record& r) {
  return {r.id,
          r.title,
          or_empty(r.date),
          or_empty(r.authority),
          joined(r.force),
          r.doc_type,
          or_empty(r.outcome),
          r.ncnd ? "yes" : "no",
          joined(r.exemptions),
          joined(r.offences),
          or_empty(r.reference),
          or_empty(r.url)};
}

}  // namespace

std::string csv_field(std::string_view value) {
  std::string v;
  if (!value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) v = "'";
  v += value;
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string quoted = "\"";
  for (char c : v) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string csv_header() {
  std::string line;
  for (std::string_view c : kExportColumns) line += (line.empty() ? "" : ",") + std::string(c);
  return line + "\r\n";
}

std::string export_row(const Record& r, ExportFormat format) {
  if (format == ExportFormat::kJsonl) {
    nlohmann::json j = {{"id", r.id},
                        {"title", r.title},
                        {"date", or_null(r.date)},
                        {"authority", or_null(r.authority)},
                        {"force", r.force},
                        {"doc_type", r.doc_type},
                        {"outcome", or_null(r.outcome)},
                        {"ncnd", r.ncnd},
                        {"exemptions", r.exemptions},
                        {"offences", r.offences},
                        {"reference", or_null(r.reference)}};
    if (r.url) j["url"] = *r.url;
    return dump_json(j) + "\n";
  }
  std::string line;
  bool first = true;
  for (const std::string& v : csv_values(r)) {
    line += (first ? "" : ",") + csv_field(v);
    first = false;
  }
  return line + "\r\n";
}

}  // namespace foi
