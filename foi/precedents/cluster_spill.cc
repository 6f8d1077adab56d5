// Passages numbered in id order in a temporary file; LSH band keys sorted on disk, a pass of bands at a time;
// union-find over passage numbers while joining (paged_union_find.h: a bounded cache of a file), then each
// passage's root on disk.
#include "foi/precedents/cluster_spill.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <stdexcept>
#include <unordered_map>
#include <vector>

#include "foi/base/hash.h"
#include "foi/base/spill_sort.h"
#include "foi/precedents/paged_union_find.h"

namespace foi {
namespace {

constexpr size_t kBandsPerPass = 8;   // band keys on disk at once: 21 bytes each, kBandsPerPass per passage
constexpr size_t kRowsPerRead = 256;  // passages read back per read when going through them in order
constexpr size_t kNumbersPerRead = 4096;

// A passage as kept on disk, numbered by its place in id order. Fixed size, so passage n is at n *
// sizeof(Row).
struct Row {
  Fingerprint fingerprint;
  uint64_t id_hash = 0;      // fnv1a64 of the id: the cluster id it would give (cluster_id_for)
  uint64_t stored_hash = 0;  // the stored cluster as such a hash, when it is one (stored_is_hash)
  uint64_t id_offset = 0;    // the id in the ids file
  uint32_t id_length = 0, shard = 0, docid = 0, authority = 0;  // authority: a number, 0 for none
  uint8_t has_fingerprint = 0, stored_is_hash = 0, date_length = 0;
  char date[16] = {};
};

void put_u32(std::string& out, uint32_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
uint32_t get_u32(std::string_view& in) {
  uint32_t v;
  std::memcpy(&v, in.data(), sizeof v);
  in.remove_prefix(sizeof v);
  return v;
}
void put_str(std::string& out, std::string_view s) {
  put_u32(out, static_cast<uint32_t>(s.size()));
  out.append(s);
}
std::string_view get_str(std::string_view& in) {
  uint32_t n = get_u32(in);
  std::string_view s = in.substr(0, n);
  in.remove_prefix(n);
  return s;
}
void put_be(std::string& out, uint64_t v, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}
uint64_t get_be(std::string_view in, size_t at, int bytes) {
  uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v = v << 8 | static_cast<unsigned char>(in[at + i]);
  return v;
}

// The sort order of the passages: by id, the record's first field.
bool id_less(std::string_view a, std::string_view b) { return get_str(a) < get_str(b); }
bool bytes_less(std::string_view a, std::string_view b) { return a < b; }

// "c" and 16 lower-case hex digits, as cluster_id_for writes them.
std::optional<uint64_t> cluster_hash(std::string_view cluster) {
  if (cluster.size() != 17 || cluster[0] != 'c') return std::nullopt;
  uint64_t v = 0;
  for (char c : cluster.substr(1)) {
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (d < 0) return std::nullopt;
    v = v << 4 | static_cast<uint64_t>(d);
  }
  return v;
}

std::string cluster_of_hash(uint64_t h) { return std::string("c").append(hex64(h)); }

}  // namespace

struct SpilledClusters::Impl {
  Impl(size_t bytes, size_t union_find) : run_bytes(bytes), union_find_bytes(union_find) {}
  size_t run_bytes, union_find_bytes;
  SpillSorter by_id{id_less, run_bytes};
  SpillFile rows, ids;
  size_t count = 0, roots = 0;
  std::unordered_map<std::string, uint32_t> authorities;  // authority -> its number, from 1
  std::unique_ptr<PagedUnionFind> sets;                   // union-find over passage numbers, while joining
  SpillFile root_of;         // then each passage's root (its cluster's smallest number), 4 bytes each
  std::vector<bool> shared;  // in a cluster of two or more

  Row row(size_t n) const {
    Row r;
    rows.read(n * sizeof(Row), &r, sizeof r);
    return r;
  }
  std::string id_of(const Row& r) const {
    std::string id(r.id_length, '\0');
    ids.read(r.id_offset, id.data(), id.size());
    return id;
  }
  template <typename F>
  void for_each_row(F&& f) const {
    std::vector<Row> block(kRowsPerRead);
    for (size_t n = 0; n < count; n += kRowsPerRead) {
      size_t k = std::min(kRowsPerRead, count - n);
      rows.read(n * sizeof(Row), block.data(), k * sizeof(Row));
      for (size_t i = 0; i < k; ++i) f(n + i, block[i]);
    }
  }
  uint32_t find(uint32_t x) { return sets->find(x); }
  void join(uint32_t a, uint32_t b) { sets->join(a, b); }

  void number(std::string_view record);
  void join_bands(size_t first_band, size_t last_band);
  void keep_roots();
};

// Numbers of 4 bytes read back from a SpillFile (Impl::root_of: each passage's root; a cluster's members) a
// block at a time: cheap when asked in order.
class NumberReader {
 public:
  explicit NumberReader(const SpillFile& file) : file_(file), block_(kNumbersPerRead) {}
  uint32_t operator()(size_t n) {
    if (n < first_ || n >= first_ + held_) {
      first_ = n - n % kNumbersPerRead;
      held_ = std::min(kNumbersPerRead, file_.size() / sizeof(uint32_t) - first_);
      file_.read(first_ * sizeof(uint32_t), block_.data(), held_ * sizeof(uint32_t));
    }
    return block_[n - first_];
  }

 private:
  const SpillFile& file_;
  std::vector<uint32_t> block_;
  size_t first_ = 0, held_ = 0;
};

// Takes the next passage in id order: its row, its id, its authority's number.
void SpilledClusters::Impl::number(std::string_view record) {
  std::string_view id = get_str(record);
  Row r;
  r.shard = get_u32(record);
  r.docid = get_u32(record);
  std::string_view f = get_str(record);
  if (f.size() == sizeof(Fingerprint)) {
    std::memcpy(&r.fingerprint, f.data(), f.size());
    r.has_fingerprint = 1;
  }
  std::string_view authority = get_str(record), date = get_str(record), cluster = get_str(record);
  if (!authority.empty())
    r.authority = authorities.try_emplace(std::string(authority), authorities.size() + 1).first->second;
  r.date_length = static_cast<uint8_t>(std::min(date.size(), sizeof r.date));
  std::memcpy(r.date, date.data(), r.date_length);
  r.id_hash = fnv1a64(id);
  if (std::optional<uint64_t> h = cluster_hash(cluster)) r.stored_hash = *h, r.stored_is_hash = 1;
  r.id_length = static_cast<uint32_t>(id.size());
  r.id_offset = ids.append(id.data(), id.size());
  rows.append(&r, sizeof r);
  ++count;
}

// Within each bucket of equal keys, in passage order, each passage is checked against the bucket's first and
// the one before it: cluster_wording's rule (clusters.cc join_candidates), so the joins are the same. Each
// key carries its passage's root as the pass began (its label), found in passage order while the keys are
// made, so one page of the union-find's file after another; in the buckets, sets are found from the labels,
// which are few and stay cached once most passages have joined, rather than from passage numbers all over the
// file. A set found from a label is the passage's own (sets only merge), so the joins are the same.
void SpilledClusters::Impl::join_bands(size_t first_band, size_t last_band) {
  SpillSorter keys(bytes_less, run_bytes);
  std::string record;
  for_each_row([&](size_t n, const Row& r) {
    if (!r.has_fingerprint) return;
    uint32_t label = find(static_cast<uint32_t>(n));
    for (size_t band = first_band; band < last_band; ++band) {
      record.clear();
      put_be(record, band, 1);
      put_be(record, band_key(r.fingerprint, band), 8);
      put_be(record, n, 4);
      put_be(record, label, 4);
      keys.add(record);
    }
  });
  struct Member {
    uint32_t n = 0, label = 0;
    std::optional<Fingerprint> fingerprint;  // read when first needed
  };
  std::string bucket;  // band and key of the bucket being read
  Member first, previous;
  auto fingerprint_of = [&](Member& m) -> const Fingerprint& {
    if (!m.fingerprint) m.fingerprint = row(m.n).fingerprint;
    return *m.fingerprint;
  };
  auto join_if_alike = [&](Member& m, Member& other) {
    if (find(other.label) != find(m.label) &&
        wording_similarity(fingerprint_of(m), fingerprint_of(other)) >= kClusterThreshold)
      join(other.label, m.label);
  };
  keys.for_each([&](std::string_view k) {
    Member m{static_cast<uint32_t>(get_be(k, 9, 4)), static_cast<uint32_t>(get_be(k, 13, 4)), std::nullopt};
    if (k.substr(0, 9) != bucket) {
      bucket.assign(k.substr(0, 9));
      first = previous = m;
      return;
    }
    join_if_alike(m, first);
    join_if_alike(m, previous);
    previous = std::move(m);
  });
}

SpilledClusters::SpilledClusters(size_t run_bytes, size_t union_find_bytes)
    : impl_(new Impl(run_bytes, union_find_bytes)) {}
SpilledClusters::~SpilledClusters() = default;

void SpilledClusters::add(const StoredPassageRow& p) {
  std::string record;
  put_str(record, p.id);
  put_u32(record, p.shard);
  put_u32(record, p.docid);
  put_str(record, p.fingerprint
                      ? std::string_view(reinterpret_cast<const char*>(&*p.fingerprint), sizeof(Fingerprint))
                      : std::string_view());
  put_str(record, p.authority);
  put_str(record, p.date);
  put_str(record, p.cluster);
  impl_->by_id.add(record);
}

void SpilledClusters::cluster() {
  Impl& m = *impl_;
  m.by_id.for_each([&](std::string_view record) { m.number(record); });
  if (m.count > UINT32_MAX) throw std::runtime_error("too many passages to cluster");
  m.sets = std::make_unique<PagedUnionFind>(m.count, m.union_find_bytes);
  // The first band alone, so that the passes after it find most passages joined and their labels few.
  m.join_bands(0, 1);
  for (size_t band = 1; band < kBands; band += kBandsPerPass)
    m.join_bands(band, std::min(kBands, band + kBandsPerPass));
  m.keep_roots();
}

// Each passage's root to disk and the union-find let go (its cache and file), so that what follows, the
// index's rewriting, does not hold them; counts the clusters and marks the shared passages.
void SpilledClusters::Impl::keep_roots() {
  shared.assign(count, false);
  roots = 0;
  std::vector<uint32_t> block;
  block.reserve(kNumbersPerRead);
  for (uint32_t n = 0; n < count; ++n) {
    uint32_t root = find(n);
    if (root == n)
      ++roots;
    else
      shared[n] = shared[root] = true;
    block.push_back(root);
    if (block.size() == kNumbersPerRead || n + 1 == count) {
      root_of.append(block.data(), block.size() * sizeof(uint32_t));
      block.clear();
    }
  }
  sets.reset();
}

size_t SpilledClusters::passages() const { return impl_->count; }
size_t SpilledClusters::clusters() const { return impl_->roots; }

void SpilledClusters::for_each_shared(const std::function<void(const SharedCluster&)>& f) {
  Impl& m = *impl_;
  SpillSorter by_cluster(bytes_less, m.run_bytes);
  NumberReader root_of(m.root_of);
  std::string record;
  for (uint32_t n = 0; n < m.count; ++n) {
    if (!m.shared[n]) continue;
    record.clear();
    put_be(record, root_of(n), 4);
    put_be(record, n, 4);
    by_cluster.add(record);
  }
  // The members of the cluster being read, numbers [begin, end) of a file that holds those of the clusters
  // before it too: memory does not grow with a cluster's size (a boilerplate paragraph can be in millions).
  SpillFile members;
  NumberReader member(members);
  size_t begin = 0, end = 0;
  uint32_t root = 0;
  auto summarise = [&] {
    SharedCluster c;
    std::set<uint32_t> authorities;
    for (size_t k = begin; k < end; ++k) {
      Row r = m.row(member(k));
      if (r.authority) authorities.insert(r.authority);
      std::string d(r.date, r.date_length);
      if (d.empty()) continue;
      if (c.first.empty() || d < c.first) c.first = d;
      if (c.last.empty() || d > c.last) c.last = d;
    }
    c.id = cluster_of_hash(m.row(member(begin)).id_hash);  // the first is the smallest id
    c.size = end - begin;
    c.authorities = authorities.size();
    c.central = m.id_of(m.row(central_member(
        c.size, [&](size_t k) { return member(begin + k); },
        [&](size_t n) { return m.row(n).fingerprint; })));
    f(c);
    begin = end;
  };
  by_cluster.for_each([&](std::string_view k) {
    uint32_t of = static_cast<uint32_t>(get_be(k, 0, 4)), n = static_cast<uint32_t>(get_be(k, 4, 4));
    if (end > begin && of != root) summarise();
    root = of;
    members.append(&n, sizeof n);
    ++end;
  });
  if (end > begin) summarise();
}

void SpilledClusters::for_each_move(const std::function<void(uint32_t, uint32_t, const std::string&)>& f) {
  Impl& m = *impl_;
  std::unordered_map<uint32_t, uint64_t> root_hash;  // one per shared cluster
  NumberReader root_of(m.root_of);
  m.for_each_row([&](size_t n, const Row& r) {
    uint64_t h = r.id_hash;
    if (m.shared[n]) {
      uint32_t root = root_of(n);
      auto [it, fresh] = root_hash.try_emplace(root, 0);
      if (fresh) it->second = root == n ? r.id_hash : m.row(root).id_hash;
      h = it->second;
    }
    if (!r.stored_is_hash || r.stored_hash != h) f(r.shard, r.docid, cluster_of_hash(h));
  });
}

}  // namespace foi
