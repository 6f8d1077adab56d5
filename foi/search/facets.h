// Exact facet counts with Xapian's built-in ValueCountMatchSpy, so the same code counts one database or remote
// shards. A Xapian-side file.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

#include "foi/search/results.h"
#include "foi/index/schema.h"

namespace foi {

// Value-count spies for a set of facets, attached to an Enquire that also fetches hits.
class FacetSpies {
 public:
  void attach(Xapian::Enquire& enquire, const std::vector<const schema::Facet*>& facets);
  // Counts after get_mset(..., checkatleast = the database's size) ran.
  void read_into(FacetCounts& out) const;

 private:
  std::vector<const schema::Facet*> facets_;
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies_;
};

// Counts the given facets over every document `query` matches (checkatleast = the database's size, so the counts
// and the returned total are exact). Multi-valued slots hold a document's values joined by kFacetSeparator: each
// combination's count is added to each of its values.
// A time limit (seconds, 0 for none) bounds the work of a hostile query, as for the main match.
FacetCounts count_facets(const Xapian::Database& db, const Xapian::Query& query,
                         const std::vector<const schema::Facet*>& facets, unsigned* total = nullptr,
                         double time_limit_seconds = 0);

// The values a document's slot counts toward: a multi-valued slot split at kFacetSeparator, and for a nested
// facet each value's ancestors too (exemption_ancestors), each once: a parent counts every document citing it
// or any of its children, so it is never below a child. Used by both counters, so remote shards count alike.
std::vector<std::string> facet_values(const schema::Facet& f, const std::string& slot);

// Orders a facet's values: years and months by value, everything else by count (most first), then value.
void order_facet(const std::string& facet, std::vector<FacetCount>& values);

}  // namespace foi
