// LSH candidates, verified, joined with union-find.
#include "foi/precedents/clusters.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "foi/base/hash.h"
#include "foi/precedents/union_find.h"

namespace foi {
namespace {

constexpr size_t kRowsPerBand = kMinHashes / kBands;
constexpr size_t kCentralSample = 64;  // members compared when choosing the central one of a large cluster

// Within one band's bucket each newcomer is checked against the bucket's first member and its latest, which
// keeps the work linear however large a boilerplate family grows; union-find makes the rest transitive.
void join_candidates(const std::vector<ClusterMember>& m, UnionFind<size_t>& uf) {
  struct Bucket {
    size_t first, last;
  };
  for (size_t band = 0; band < kBands; ++band) {
    std::unordered_map<uint64_t, Bucket> buckets;
    buckets.reserve(m.size());
    for (size_t i = 0; i < m.size(); ++i) {
      auto [it, fresh] = buckets.try_emplace(band_key(m[i].fingerprint, band), Bucket{i, i});
      if (fresh) continue;
      for (size_t other : {it->second.first, it->second.last})
        if (uf.find(other) != uf.find(i) &&
            wording_similarity(m[i].fingerprint, m[other].fingerprint) >= kClusterThreshold)
          uf.join(other, i);
      it->second.last = i;
    }
  }
}

Cluster summarise(const std::vector<ClusterMember>& m, std::vector<size_t> members) {
  Cluster c;
  std::set<std::string> authorities;
  std::string smallest = m[members.front()].id;
  for (size_t i : members) {
    smallest = std::min(smallest, m[i].id);
    if (!m[i].authority.empty()) authorities.insert(m[i].authority);
    const std::string& d = m[i].date;
    if (d.empty()) continue;
    if (c.first.empty() || d < c.first) c.first = d;
    if (c.last.empty() || d > c.last) c.last = d;
  }
  c.id = cluster_id_for(smallest);
  c.authorities = authorities.size();
  c.central = central_member(
      members.size(), [&](size_t k) { return members[k]; }, [&](size_t i) { return m[i].fingerprint; });
  c.members = std::move(members);
  return c;
}

}  // namespace

uint64_t band_key(const Fingerprint& f, size_t band) {
  uint64_t h = band;
  for (size_t r = 0; r < kRowsPerBand; ++r) h = h * 0x100000001b3ULL ^ f.minhash[band * kRowsPerBand + r];
  return h;
}

size_t central_member(size_t count, const std::function<size_t(size_t k)>& member_at,
                      const std::function<Fingerprint(size_t)>& fingerprint_of) {
  if (count <= 2) return member_at(0);
  std::vector<size_t> sample;
  std::vector<Fingerprint> sampled;
  size_t picks = std::min(count, kCentralSample);
  for (size_t k = 0; k < picks; ++k) {
    sample.push_back(member_at(k * count / picks));
    sampled.push_back(fingerprint_of(sample.back()));
  }
  size_t best = 0;
  double best_score = -1;
  for (size_t k = 0; k < count; ++k) {
    size_t i = member_at(k);
    Fingerprint fi = fingerprint_of(i);
    double score = 0;
    for (size_t j = 0; j < sample.size(); ++j)
      if (i != sample[j]) score += wording_similarity(fi, sampled[j]);
    if (score > best_score) best = i, best_score = score;
  }
  return best;
}

std::string cluster_id_for(const std::string& smallest_member) {
  return std::string("c").append(hex64(fnv1a64(smallest_member)));
}

void ClusterAssigner::add_existing(const std::string& id, const Fingerprint& f, const std::string& cluster) {
  std::lock_guard<std::mutex> lock(mu_);
  add(id, f, cluster.empty() ? cluster_id_for(id) : cluster);
}

std::string ClusterAssigner::assign(const std::string& id, const std::optional<Fingerprint>& f) {
  if (!f) return cluster_id_for(id);
  std::lock_guard<std::mutex> lock(mu_);
  return add(id, *f, "");
}

// Joins the first like passage a band's bucket offers (its first or latest member), as join_candidates does.
std::string ClusterAssigner::add(const std::string& id, const Fingerprint& f, std::string cluster) {
  for (size_t band = 0; band < kBands && cluster.empty(); ++band) {
    auto it = bands_[band].find(band_key(f, band));
    if (it == bands_[band].end()) continue;
    for (size_t other : {it->second.first, it->second.last})
      if (wording_similarity(f, seen_[other].first) >= kClusterThreshold) {
        cluster = seen_[other].second;
        break;
      }
  }
  if (cluster.empty()) cluster = cluster_id_for(id);
  if (seen_.size() >= capacity_) forget();
  remember(f, cluster);
  return cluster;
}

void ClusterAssigner::remember(const Fingerprint& f, const std::string& cluster) {
  size_t index = seen_.size();
  seen_.emplace_back(f, cluster);
  for (size_t band = 0; band < kBands; ++band) {
    auto [it, fresh] = bands_[band].try_emplace(band_key(f, band), Bucket{index, index});
    if (!fresh) it->second.last = index;
  }
}

// Keeps the first few members of each cluster seen more than once (the boilerplate that recurs), drops the
// rest.
void ClusterAssigner::forget() {
  std::unordered_map<std::string, size_t> members;
  for (const auto& [f, cluster] : seen_) ++members[cluster];
  std::vector<std::pair<Fingerprint, std::string>> old;
  old.swap(seen_);
  for (auto& band : bands_) band = {};
  std::unordered_map<std::string, size_t> kept;
  for (const auto& [f, cluster] : old)
    if (members[cluster] > 1 && kept[cluster]++ < kKeptPerCluster && seen_.size() < capacity_ / 2)
      remember(f, cluster);
}

std::vector<Cluster> cluster_wording(const std::vector<ClusterMember>& members) {
  UnionFind<size_t> uf(members.size());
  join_candidates(members, uf);
  std::unordered_map<size_t, std::vector<size_t>> groups;
  std::vector<size_t> roots;
  for (size_t i = 0; i < members.size(); ++i) {
    size_t r = uf.find(i);
    if (groups[r].empty()) roots.push_back(r);
    groups[r].push_back(i);
  }
  std::vector<Cluster> out;
  out.reserve(roots.size());
  for (size_t r : roots) out.push_back(summarise(members, std::move(groups[r])));
  return out;
}

}  // namespace foi
