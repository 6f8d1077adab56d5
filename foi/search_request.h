// A search request, and reading one from URL query parameters (the same rules for the API and the tests).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "foi/results.h"

namespace foi {

enum class SortOrder { kRelevance, kNewest, kOldest };

struct SearchLimits {
  size_t max_query_bytes = 1024;
  unsigned max_size = 100;
  unsigned max_depth = 10000;  // page x size
  unsigned max_terms = 64;
  unsigned max_wildcard_expansion = 200;
  double time_limit_seconds = 5.0;
};

struct SearchRequest {
  std::string q;
  std::map<std::string, std::vector<std::string>> filters;  // facet name -> values as typed (OR within a facet)
  std::string from, to;  // inclusive, "YYYY-MM-DD", or empty
  SortOrder sort = SortOrder::kRelevance;
  unsigned page = 1, size = 10;
};

// Parameters as a URL gives them: a name may repeat.
using Params = std::multimap<std::string, std::string>;

// Reads q, force, exemption, offence, authority, from, to, sort, page, size. Throws RequestError with codes
// bad_page, bad_size, page_too_deep, bad_date, bad_date_range, bad_sort, query_too_long, unknown_parameter.
SearchRequest parse_search_request(const Params& params, const SearchLimits& limits = {});

// "2021-01-31" -> true; checks the calendar too.
bool is_iso_date(const std::string& s);

}  // namespace foi
