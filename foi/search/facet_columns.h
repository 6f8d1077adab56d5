// Facet counting from columns: every facet slot read once per database revision into a docid -> value
// combination array, so counting a match is a docid pass and array lookups instead of reading each matching
// document's values through Xapian. Measured by bench/src/facet_probe.cc (about 10x less CPU on the main pass at
// 100k documents). Needs a custom MatchSpy, which a remote shard cannot run: search.cc uses it for local indexes
// (one database or a directory of shards) and keeps ValueCountMatchSpy (facets.h) for remote shards. A
// Xapian-side file.
#pragma once

#include <xapian.h>

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "foi/index/schema.h"
#include "foi/search/results.h"

namespace foi {

class FacetColumns {
 public:
  // Reads every facet slot of kFacets, one value stream each.
  explicit FacetColumns(const Xapian::Database& db);
  // Exact counts of the given facets over the documents `ids` (multi-valued combinations split into values).
  FacetCounts count(const std::vector<Xapian::docid>& ids, const std::vector<const schema::Facet*>& facets) const;
  // Of `ids`, the `size` after the first `first` in date order (kNewest: kNewestSlot descending, kOldest:
  // kOldestSlot ascending), as Enquire's sort by value orders them: each sort key ends with the entry's id,
  // so no two are equal. From ranks read once per revision (on the first page in that order: 0.4-0.7 s at
  // 100,000 letters), so a page by date is a partial sort of the match's docids, not a match that reads every
  // candidate's sort key.
  // `db` is the caller's own handle on the revision these columns are of (a handle is not shared between
  // threads).
  std::vector<Xapian::docid> by_date(const Xapian::Database& db, std::vector<Xapian::docid> ids, bool newest,
                                     uint64_t first, unsigned size) const;

 private:
  struct Column {
    std::vector<uint32_t> combo_of;                   // by docid; 0 is "no value"
    std::vector<std::vector<uint32_t>> combo_values;  // combination -> value ids
    std::vector<std::string> values;
  };
  std::vector<Column> columns_;  // parallel to schema::kFacets
  const std::vector<uint32_t>& ranks(const Xapian::Database& db, bool newest) const;
  mutable std::once_flag newest_once_, oldest_once_;
  mutable std::vector<uint32_t> newest_rank_, oldest_rank_;  // by docid: the place in each date order
};

// The columns of a local index at the revision `revision_key` names, shared by every request that opens the same
// revision (read again after the indexer commits). Thread-safe.
std::shared_ptr<const FacetColumns> facet_columns(const std::string& path, const Xapian::Database& db,
                                                  const std::string& revision_key);

// What names the revision of the index at `path`, for the column cache. Keeps each shard of a directory of local
// shards open, so naming a revision per request costs a reopen of each, not an open.
class RevisionKey {
 public:
  explicit RevisionKey(std::string path);
  // Runs `open` (which opens or reopens `db` from the path) and returns what names the revision it opened: the
  // database's uuid and revision, or for a directory of local shards each shard's (when none moved meanwhile).
  // Empty when there is none to be had (remote shards, a stub file): then columns are not used.
  std::string open(const std::function<void()>& open, const Xapian::Database& db);

 private:
  std::string shards_key();  // each shard's uuid and revision, after bringing it up to date; "" for no shards
  std::string path_;
  std::vector<Xapian::Database> shards_;  // opened on the first call
};

// Every document `query` matches, by docid, in no particular order (no weights computed): from posting lists
// when boolean_docids can, else by Enquire. Throws what Enquire::get_mset throws; Enquire stops at the time
// limit (seconds, 0 for none), the posting lists are read whole.
std::vector<Xapian::docid> matching_docids(const Xapian::Database& db, const Xapian::Query& query,
                                           double time_limit_seconds);

}  // namespace foi
