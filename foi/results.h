// What a search answers: hits, exact facet counts, a spelling suggestion, stored documents; with their JSON.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "foi/document.h"
#include "foi/index_writer.h"

namespace foi {

// A request the API refuses: code is stable ("bad_date", "bad_query"...), message says what to change.
class RequestError : public std::runtime_error {
 public:
  RequestError(std::string code, const std::string& message) : std::runtime_error(message), code_(std::move(code)) {}
  const std::string& code() const { return code_; }

 private:
  std::string code_;
};

// The database cannot be opened or read (missing, empty directory, damaged): searchd answers 503.
class IndexUnavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct FacetCount {
  std::string value;
  unsigned count = 0;
};
// facet name ("force", "exemption", "offence", "authority", "year") -> values with exact counts
using FacetCounts = std::map<std::string, std::vector<FacetCount>>;

struct Hit {
  Record record;
  std::string snippet;  // HTML: document text escaped, only <mark>...</mark> as markup
  int page = 0;         // the page of the first highlighted word, for paged formats (PDF); 0 when none
};

struct SearchResult {
  unsigned total = 0;  // exact
  std::vector<Hit> hits;
  FacetCounts facets;
  std::optional<std::string> suggestion;  // a corrected query when this one found nothing
};

struct StoredDocument {
  Record record;
  StoredText text;
};

struct Health {
  unsigned docs = 0;
  std::string revision;
};

void to_json(nlohmann::json& j, const FacetCounts& f);
void to_json(nlohmann::json& j, const Hit& h);
void to_json(nlohmann::json& j, const StoredDocument& d);

}  // namespace foi
