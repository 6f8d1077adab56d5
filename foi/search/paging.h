// Fetching one page of a search: by offset (page numbers), or after a cursor's last result (keyset), so a walk
// of a whole result set costs each request the match pass and a page, not its depth. A Xapian-side file.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "foi/search/search_request.h"

namespace foi {

struct PageRequest {
  SortOrder order = SortOrder::kRelevance;  // the order in effect (relevance without query words is newest)
  unsigned size = 10;
  uint64_t first = 0;          // results to skip (page numbers, and cursors a keyset cannot serve)
  std::string after_id;        // non-empty: the page starts after this result (a cursor's last one), not at first
  bool weights_local = false;  // relevance keysets need our own match spy: one local database only
  bool collapse = false;       // collapsed passages: the representative of a cluster moves with a keyset, so offsets
};

struct Page {
  std::vector<Xapian::Document> docs;  // in the search's order
  std::optional<Xapian::MSet> mset;    // when one was fetched: its term statistics serve the snippets
};

// How many clusters the collapsed match of `query` holds: the page's figure when Xapian's bounds agree (it
// rounds an estimate when they do not, 400 for 326), else counted by a match that keeps one entry a cluster.
Xapian::doccount collapsed_total(const Xapian::Database& db, const Xapian::Query& query,
                                 const Xapian::MSet& page, Xapian::valueno collapse_slot,
                                 double time_limit_seconds);

// The page of `query` (already set on `enquire`, with its order and collapse key). A keyset is used when
// after_id is set and it can serve the order: sort by date (any index), relevance on one local database. Throws
// RequestError("stale_cursor") when after_id is no longer in the match.
Page fetch_page(Xapian::Enquire& enquire, const Xapian::Database& db, const Xapian::Query& query,
                const PageRequest& p, double time_limit_seconds);

}  // namespace foi
