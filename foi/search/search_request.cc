// Reading and checking search parameters.
#include "foi/search/search_request.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "foi/base/hash.h"
#include "foi/extract/dates.h"
#include "foi/index/corpus_walk.h"
#include "foi/index/schema.h"

namespace foi {
namespace {

unsigned parse_positive(const std::string& s, const std::string& code, const std::string& name) {
  unsigned v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || v == 0)
    throw RequestError(code, name + " must be a whole number from 1");
  return v;
}

// Any whole number from 1, however large: one past 2^64 - 1 reads as that, a page past the end like any other.
uint64_t parse_page(const std::string& s) {
  uint64_t v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  bool digits = !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
  if (digits && ec == std::errc::result_out_of_range) return UINT64_MAX;
  if (!digits || ec != std::errc() || ptr != s.data() + s.size() || v == 0)
    throw RequestError("bad_page", "page must be a whole number from 1");
  return v;
}

Cursor parse_cursor(const std::string& s) {
  std::optional<Cursor> c = decode_cursor(s);
  if (!c) throw RequestError("bad_cursor", "cursor is not one this server gave (pass next_cursor back unchanged)");
  return *c;
}

bool is_facet(const std::string& name, Kind kind) {
  unsigned bit = kind == Kind::kDocuments ? schema::kDocuments : schema::kPassages;
  for (const schema::Facet& f : schema::kFacets)
    if (f.name == name && (f.kinds & bit) && name != "year" && name != "month") return true;  // dates: from/to
  return false;
}

SortOrder parse_sort(const std::string& s) {
  if (s == "relevance") return SortOrder::kRelevance;
  if (s == "newest") return SortOrder::kNewest;
  if (s == "oldest") return SortOrder::kOldest;
  throw RequestError("bad_sort", "sort must be relevance, newest or oldest");
}

// went_to: one of kWentToValues.
std::string parse_went_to(const std::string& value) {
  for (std::string_view v : kWentToValues)
    if (v == value) return value;
  throw RequestError("bad_went_to", "went_to must be ico, tribunal or tribunal_allowed: " + value);
}

// exemption_match: "any" (the default) or "all".
bool parse_match(const std::string& s) {
  if (s == "all") return true;
  if (s.empty() || s == "any") return false;
  throw RequestError("bad_exemption_match", "exemption_match must be any or all");
}

}  // namespace

bool is_iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
  return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

bool parse_flag(const std::string& value, const std::string& name) {
  if (value == "1" || value == "true" || value == "yes") return true;
  if (value.empty() || value == "0" || value == "false" || value == "no") return false;
  throw RequestError("bad_flag", name + " must be 1 or 0");
}

SearchRequest parse_search_request(const Params& params, const SearchLimits& limits, Kind kind) {
  SearchRequest r;
  r.kind = kind;
  for (const auto& [name, value] : params) {
    if (name == "q") r.q = value;
    else if (name == "collapse" && kind == Kind::kPassages) {
      if (value != "cluster" && !value.empty()) throw RequestError("bad_collapse", "collapse must be cluster");
      r.collapse = value == "cluster";
    } else if (is_facet(name, kind)) {
      if (!value.empty()) r.filters[name].push_back(value);
    } else if (name == "from" || name == "to") {
      if (!value.empty() && !is_iso_date(value))
        throw RequestError("bad_date", name + " must be a date as YYYY-MM-DD");
      (name == "from" ? r.from : r.to) = value;
    } else if (name == "sort") r.sort = parse_sort(value);
    else if (name == "page") r.page = parse_page(value);
    else if (name == "cursor") r.cursor = parse_cursor(value);
    else if (name == "words_only")
      r.words_only = parse_flag(value, "words_only");
    else if (name == "boilerplate" && kind == Kind::kPassages)
      r.boilerplate = parse_flag(value, "boilerplate");
    else if (name == "size") r.size = parse_positive(value, "bad_size", "size");
    else if (name == "exemption_match")
      r.exemption_all = parse_match(value);
    else if (name == "went_to" && kind == Kind::kDocuments) {
      if (!value.empty()) r.went_to.push_back(parse_went_to(value));
    } else
      throw RequestError("unknown_parameter", "unknown parameter: " + name);
  }
  if (r.q.size() > limits.max_query_bytes)
    throw RequestError("query_too_long", "q is limited to " + std::to_string(limits.max_query_bytes) + " bytes");
  if (r.size > limits.max_size)
    throw RequestError("bad_size", "size is at most " + std::to_string(limits.max_size));
  if (!r.from.empty() && !r.to.empty() && r.from > r.to)
    throw RequestError("bad_date_range", "from is after to");
  if (r.cursor && params.count("page")) throw RequestError("bad_cursor", "give page or cursor, not both");
  if (r.cursor && r.cursor->search != request_fingerprint(r))
    throw RequestError("bad_cursor", "the cursor belongs to another search (its query, filters or sort differ)");
  return r;
}

std::string request_fingerprint(const SearchRequest& r) {
  nlohmann::json j = {r.q, r.filters, r.from, r.to, static_cast<int>(r.sort), static_cast<int>(r.kind), r.collapse};
  if (r.exemption_all) j.push_back("exemption_match=all");  // "any" keeps the cursors given before the choice
  if (r.boilerplate) j.push_back("boilerplate");
  if (!r.went_to.empty()) j.push_back(r.went_to);  // appended only when set: earlier cursors stay valid
  return hex64(fnv1a64(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)));
}

SimilarRequest parse_similar_request(const Params& params, const SearchLimits& limits) {
  SimilarRequest r;
  for (const auto& [name, value] : params) {
    if (name == "passage") r.passage = value;
    else if (name == "text") r.text = value;
    else if (name == "size") r.size = parse_positive(value, "bad_size", "size");
    else if (name == "doc_type")
      r.doc_types.push_back(value);
    else throw RequestError("unknown_parameter", "unknown parameter: " + name);
  }
  if (r.passage.empty() == r.text.empty())
    throw RequestError("missing_passage", "give either passage (a passage id) or text (a paragraph)");
  if (r.text.size() > kMaxSimilarText)
    throw RequestError("text_too_long", "pasted text is limited to " +
                                            std::to_string(kMaxSimilarText / 1024) + " KiB (" +
                                            std::to_string(kMaxSimilarText) + " bytes)");
  if (r.size > limits.max_size) throw RequestError("bad_size", "size is at most " + std::to_string(limits.max_size));
  return r;
}

CooccurrenceOptions take_cooccurrence_options(Params& params) {
  CooccurrenceOptions o;
  for (auto it = params.begin(); it != params.end();) {
    if (it->first == "limit") {
      o.limit = parse_positive(it->second, "bad_limit", "limit");
      if (o.limit > kMaxCooccurrenceLimit)
        throw RequestError("bad_limit", "limit is at most " + std::to_string(kMaxCooccurrenceLimit));
    } else if (it->first == "level") {
      if (it->second != "all" && it->second != "section")
        throw RequestError("bad_level", "level must be all or section");
      o.sections_only = it->second == "section";
    } else {
      ++it;
      continue;
    }
    it = params.erase(it);
  }
  return o;
}

SimilarDocumentsRequest parse_similar_documents_request(const Params& params, const SearchLimits& limits) {
  SimilarDocumentsRequest r;
  for (const auto& [name, value] : params) {
    if (name == "doc")
      r.doc = value;
    else if (name == "limit")
      r.limit = parse_positive(value, "bad_limit", "limit");
    else
      throw RequestError("unknown_parameter", "unknown parameter: " + name);
  }
  if (r.doc.empty() || r.doc.find('\0') != std::string::npos || !is_utf8(r.doc))
    throw RequestError("bad_doc", "doc must be a document id as /api/search gives it");
  if (r.limit > limits.max_size)
    throw RequestError("bad_limit", "limit is at most " + std::to_string(limits.max_size));
  return r;
}

}  // namespace foi
