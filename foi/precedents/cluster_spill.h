// Clustering every passage of an index without holding their fingerprints: the same clusters as
// cluster_wording (clusters.h), with the passages, their LSH band keys and the clusters' members kept in
// temporary files and sorted there (base/spill_sort.h). Memory: a bit per passage ("shares its cluster"), a
// few bytes per distinct authority and per shared cluster, the sorters' bounded buffers and, while cluster()
// joins them, the union-find's bounded cache (paged_union_find.h; each passage's root is on disk after).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "foi/base/spill_sort.h"
#include "foi/precedents/clusters.h"
#include "foi/precedents/paged_union_find.h"

namespace foi {

// A passage as stored: where it is (shard, document number) and its stored cluster.
struct StoredPassageRow {
  std::string id;
  std::optional<Fingerprint> fingerprint;  // none: a cluster of its own
  std::string authority, date;             // date ISO or ""
  std::string cluster;
  uint32_t shard = 0, docid = 0;
};

// A cluster of two or more passages, as its summary needs it.
struct SharedCluster {
  std::string id;
  size_t size = 0, authorities = 0;
  std::string first, last;  // dates ("" when no member is dated)
  std::string central;      // the central member's passage id
};

class SpilledClusters {
 public:
  // run_bytes: the sorters' memory (base/spill_sort.h); union_find_bytes: the union-find's cache
  // (paged_union_find.h). Small in tests, to make them spill.
  explicit SpilledClusters(size_t run_bytes = SpillSorter::kDefaultRunBytes,
                           size_t union_find_bytes = PagedUnionFind::kDefaultCacheBytes);
  ~SpilledClusters();
  // In any order.
  void add(const StoredPassageRow& p);
  // Groups what was added: passages in id order, joined as cluster_wording joins them.
  void cluster();
  size_t passages() const;
  size_t clusters() const;
  // After cluster(): each shared cluster (in the order of its smallest member id), and each passage whose
  // stored cluster is not its cluster now.
  void for_each_shared(const std::function<void(const SharedCluster&)>& f);
  void for_each_move(
      const std::function<void(uint32_t shard, uint32_t docid, const std::string& cluster)>& f);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace foi
