// The query language -> Xapian::Query, with field prefixes normalised like documents are. A Xapian-side file.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>

#include "foi/search/query_citations.h"
#include "foi/search/search_request.h"

namespace foi {

struct ParsedQuery {
  Xapian::Query query;                   // MatchAll for an empty q
  std::vector<CitationReading> read_as;  // refusal grounds typed as words, which put their citers first
};

// Words, "phrases", AND/OR/NOT, +/-, brackets, NEAR, trailing-* wildcards, title:, force:, exemption:,
// offence:, authority:, and date ranges 2019-01-01..2020-12-31. Field values go through the same normalisers
// as document text (exemption:"s.31(1)(a)" == exemption:s31(1)(a)). Throws RequestError: bad_query,
// bad_exemption, too_many_terms. With `read_citations`, a plain query's "section 30" also finds the documents
// that cite s30 (or its subsections), ranked first (query_citations.h); without it, the words alone. The
// words are `kind`'s (word_terms.h): a passage search's are under schema::kPassageTextPrefix.
ParsedQuery parse_user_query(const Xapian::Database& db, const std::string& q, const SearchLimits& limits,
                             bool read_citations = false, Kind kind = Kind::kDocuments);

// The boolean filter for one facet's values (OR; with `all`, AND), normalised like the query prefixes. Throws
// RequestError (bad_exemption) for an exemption that is not a refusal ground.
Xapian::Query facet_filter(const std::string& facet, const std::vector<std::string>& values,
                           bool all = false);

// Passages of every kind but decisions and guidance (doc_types.h kCommentaryDocTypes): the passages' default.
Xapian::Query without_commentary();
// Passages of every role but kHiddenRoles (passages.h): the passages' default.
Xapian::Query without_hidden_roles();

// A new Query that matches every document (never the shared static Xapian::Query::MatchAll: see the .cc).
Xapian::Query match_all();

// The filter for from/to (inclusive, YYYY-MM-DD; either may be empty): MatchAll when neither is given.
Xapian::Query date_filter(const std::string& from, const std::string& to);

}  // namespace foi
