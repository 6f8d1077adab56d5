// A search request, and reading one from URL query parameters (the same rules for the API and the tests).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "foi/search/cursor.h"
#include "foi/search/results.h"

namespace foi {

enum class SortOrder { kRelevance, kNewest, kOldest };

// What a search lists: documents (/api/search) or their passages (/api/passages).
enum class Kind { kDocuments, kPassages };

struct SearchLimits {
  size_t max_query_bytes = 1024;
  unsigned max_size = 100;
  unsigned max_terms = 64;
  unsigned max_wildcard_expansion = 200;
  double time_limit_seconds = 5.0;
  double remote_timeout_seconds = 5.0;  // a remote shard that takes longer fails the request (503)
};

// The values of went_to= (case_path.h went_to_filter).
inline constexpr std::string_view kWentToValues[] = {"ico", "tribunal", "tribunal_allowed"};

struct SearchRequest {
  std::string q;
  std::map<std::string, std::vector<std::string>> filters;  // facet name -> values as typed (OR within a facet)
  std::string from, to;  // inclusive, "YYYY-MM-DD", or empty
  SortOrder sort = SortOrder::kRelevance;
  uint64_t page = 1;  // from 1; a number past 2^64 - 1 reads as that (a page past the end, like any other)
  unsigned size = 10;
  std::optional<Cursor> cursor;  // instead of page: go on after where a previous answer stopped
  Kind kind = Kind::kDocuments;
  bool collapse = false;  // passages only: one row per boilerplate cluster
  bool words_only = false;  // words_only=1: "section 30" is two words, not also exemption s30
  bool exemption_all = false;  // exemption_match=all: a document cites every exemption ticked (default: any)
  // Whether a facet's ticked values AND together (only the exemption facet can, by exemption_match=all).
  bool all_of(const std::string& facet) const { return exemption_all && facet == "exemption"; }
  std::vector<std::string> went_to;  // went_to= values (documents only; case_path.h), OR together
  bool boilerplate = false;  // passages only: boilerplate=1 lists kHiddenRoles too (passages.h)
};

// /api/similar: a passage id, or pasted text (a paragraph or a whole letter: cut into paragraphs as documents
// are).
struct SimilarRequest {
  std::string passage;  // a passage id, or
  std::string text;     // pasted text (at most kMaxSimilarText bytes)
  unsigned size = 10;   // matches per pasted paragraph
  std::vector<std::string> doc_types;  // kinds of the passages' documents; empty: all but kCommentaryDocTypes
};
inline constexpr size_t kMaxSimilarText = 65536;    // a whole letter; POST it (a URL holds about 8 KiB)
inline constexpr size_t kMaxPastedParagraphs = 60;  // the rest of a longer paste is not compared

// /api/similar?doc=ID: the documents worded or cited like one document.
struct SimilarDocumentsRequest {
  std::string doc;  // a document id
  unsigned limit = 10;
};

// Parameters as a URL gives them: a name may repeat.
using Params = std::multimap<std::string, std::string>;

// Reads q, the facets of the kind (force, exemption, offence, authority, outcome for documents; force,
// exemption, authority, role for passages), from, to, sort, page or cursor, size, and for passages
// collapse=cluster and boilerplate. Throws RequestError with codes bad_page, bad_size, bad_cursor (malformed,
// given with page, or from another search), bad_date, bad_date_range, bad_sort, bad_collapse,
// bad_exemption_match, bad_went_to, query_too_long, unknown_parameter. Any page from 1 is taken: one past the
// end is empty, not an error.
SearchRequest parse_search_request(const Params& params, const SearchLimits& limits = {},
                                   Kind kind = Kind::kDocuments);

// Reads passage or text (one of them; text may also come as a POST body), and size. Throws RequestError:
// missing_passage, text_too_long, bad_size, unknown_parameter.
SimilarRequest parse_similar_request(const Params& params, const SearchLimits& limits = {});

// Reads doc and limit (1 to limits.max_size). Throws RequestError: bad_doc (empty, not UTF-8, or holding a
// NUL: no document has such an id), bad_limit, unknown_parameter.
// /api/cooccurrence's own parameters beside the search's (cooccurrence.h).
struct CooccurrenceOptions {
  unsigned limit = 200;        // pairs listed, most cited together first
  bool sections_only = false;  // every ground read as its section (s40(2) as s40): the coarse view
  double time_limit_seconds = 0;
};
inline constexpr unsigned kMaxCooccurrenceLimit = 1000;

// Takes limit (1 to kMaxCooccurrenceLimit) and level (all, section) out of params, leaving a search's. Throws
// RequestError bad_limit, bad_level.
CooccurrenceOptions take_cooccurrence_options(Params& params);

SimilarDocumentsRequest parse_similar_documents_request(const Params& params,
                                                        const SearchLimits& limits = {});

// Names everything that decides a search's matches and order (query, filters, dates, sort, kind, collapse), not
// its page or size: a cursor is only taken by the search it came from.
std::string request_fingerprint(const SearchRequest& r);

// "2021-01-31" -> true; checks the calendar too.
bool is_iso_date(const std::string& s);

}  // namespace foi
