// Boilerplate clusters: passages whose wording is near-identical, grouped by locality-sensitive hashing over their
// MinHash fingerprints and joined transitively (union-find). No Xapian here; cluster_index.h stores the result.
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "foi/precedents/minhash.h"

namespace foi {

// Two passages belong together at this wording similarity or above (minhash.h). Chosen on the labelled pairs in
// tests/fixtures/passage_pairs.json: README "Precedents" gives the precision and recall it measured.
inline constexpr double kClusterThreshold = 0.6;
// LSH: the 64 MinHash values in 32 bands of 2; two passages become candidates when one band is equal. A pair at
// Jaccard 0.35 (the same paragraph with a sentence added) is a candidate with probability 1 - (1 - 0.35^2)^32,
// about 0.98.
inline constexpr size_t kBands = 32;

struct ClusterMember {
  std::string id;  // the passage's id
  Fingerprint fingerprint;
  std::string authority;
  std::string date;  // ISO or ""
};

struct Cluster {
  std::string id;                // stable: a hash of its smallest member id
  std::vector<size_t> members;   // indexes into the input, in input order
  size_t central = 0;            // the member most like the others (an index into the input)
  size_t authorities = 0;        // distinct authorities among the members
  std::string first, last;       // dates seen ("" when no member is dated)
};

// What a regrouping of a database's passages did (cluster_index.h).
struct ClusterStats {
  size_t passages = 0, clusters = 0;
  size_t shared = 0;     // clusters of two or more passages
  size_t rewritten = 0;  // passages whose cluster changed
  double seconds = 0;
};

// How a regrouping is committed (cluster_index.h recluster_passages).
struct RegroupOptions {
  // 0: the regrouping is written in one transaction per shard, so a reader sees it whole. N: the transaction
  // is committed after every N rewritten passages, with the regroup-due mark set until the end (a crash still
  // leaves the regrouping due). For a staged build, which no reader sees: Xapian holds an open transaction's
  // changes in memory, about 1.7 kB a rewritten passage (indexer.cc).
  size_t commit_every = 0;
};

// Every input lands in exactly one cluster (a singleton when it is like no other). Deterministic for a given
// input order.
std::vector<Cluster> cluster_wording(const std::vector<ClusterMember>& members);

// The id a cluster gets from its smallest member id.
std::string cluster_id_for(const std::string& smallest_member);

// The key of a fingerprint's LSH band (0 <= band < kBands): passages with an equal key are candidates.
uint64_t band_key(const Fingerprint& f, size_t band);

// The member most like the others (`count` members, `member_at(k)` the k-th: indexes in input order, the
// first the smallest), comparing each member with a sample of at most 64. `member_at` is asked for the
// sample, then for every member in order, so a caller can read members from disk; `fingerprint_of` reads a
// member's fingerprint. Holds only the sample.
size_t central_member(size_t count, const std::function<size_t(size_t k)>& member_at,
                      const std::function<Fingerprint(size_t)>& fingerprint_of);

// Gives each passage a cluster as it is written, by the same LSH buckets and threshold as cluster_wording, so
// that most passages are written once with the cluster the regrouping pass then confirms (rewriting a passage
// costs as much as writing it). Thread-safe: shards' writers share one. Only a hint: the regrouping decides.
// Its memory is bounded: past `capacity` passages it forgets all but a few members of each cluster it has
// seen shared, so repeated boilerplate keeps being recognised however large the corpus grows.
class ClusterAssigner {
 public:
  static constexpr size_t kDefaultCapacity = 8192;  // passages remembered (about 2.5 kB each)
  static constexpr size_t kKeptPerCluster = 4;      // members of a shared cluster kept when forgetting
  explicit ClusterAssigner(size_t capacity = kDefaultCapacity) : capacity_(capacity) {}
  // A passage already in the index, with its stored cluster.
  void add_existing(const std::string& id, const Fingerprint& f, const std::string& cluster);
  // The cluster for a new passage: that of a like passage seen before, else its own.
  std::string assign(const std::string& id, const std::optional<Fingerprint>& f);
  // Passages remembered now.
  size_t remembered() const { return seen_.size(); }

 private:
  struct Bucket {
    size_t first, last;
  };
  std::string add(const std::string& id, const Fingerprint& f, std::string cluster);
  void remember(const Fingerprint& f, const std::string& cluster);
  void forget();
  size_t capacity_;
  std::vector<std::pair<Fingerprint, std::string>> seen_;  // fingerprint, cluster
  std::vector<std::unordered_map<uint64_t, Bucket>> bands_ = std::vector<std::unordered_map<uint64_t, Bucket>>(kBands);
  std::mutex mu_;
};

}  // namespace foi
