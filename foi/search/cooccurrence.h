// Exemptions cited together: for the documents a search matches, each pair of refusal grounds and how many
// documents cite both. A Xapian-side file.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "foi/search/results.h"
#include "foi/search/search_request.h"  // CooccurrenceOptions

namespace foi {

struct ExemptionPair {
  std::string a, b;    // a before b in exemption order (exemption_less)
  unsigned count = 0;  // documents citing both (or a ground under each)
};

struct Cooccurrence {
  unsigned total = 0;       // documents the search matches
  unsigned citing_two = 0;  // of them, those citing two grounds that are not one under the other
  std::vector<FacetCount>
      exemptions;                    // each ground's documents, parent and child rolled up as the facet does
  std::vector<ExemptionPair> pairs;  // at most limit, most documents first, then in exemption order
  size_t pairs_total = 0;            // pairs with at least one document, before the limit
};

// The grounds a document's exemption slot counts toward, in exemption order: each ground and those above it
// (s40(2) and s40), as the exemption facet counts them (facet_values); with sections_only, the sections alone.
std::vector<std::string> grounds_counted(const std::string& slot, bool sections_only);

// Counts over every document `query` matches, in one pass that reads each document's exemption slot (a
// ValueCountMatchSpy, so remote shards count their own). Exact.
Cooccurrence count_cooccurrence(const Xapian::Database& db, const Xapian::Query& query,
                                const CooccurrenceOptions& options);

}  // namespace foi
