// Sorting on disk, and clustering with the passages on disk: the same clusters as in memory.
#include "foi/precedents/cluster_spill.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "foi/base/spill_sort.h"
#include "foi/precedents/clusters.h"
#include "foi/precedents/paged_union_find.h"
#include "foi/precedents/union_find.h"

namespace {

bool less_bytes(std::string_view a, std::string_view b) { return a < b; }

std::vector<std::string> random_records(size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    std::string s(rng() % 40, '\0');
    for (char& c : s)
      c = static_cast<char>(rng() % 7);  // few distinct bytes: many shared prefixes and equal records
    out.push_back(s);
  }
  return out;
}

// Paragraphs of letter-only words (digits would all read as "#"): `families` bases, each passage a base with
// some words replaced, so some pairs are alike, some nearly, some not; a few too short to fingerprint.
std::vector<foi::StoredPassageRow> generated_passages(size_t n, size_t families, unsigned seed) {
  std::mt19937 rng(seed);
  auto word = [&] {
    std::string w;
    for (int k = 0; k < 5; ++k) w += static_cast<char>('a' + rng() % 26);
    return w;
  };
  std::vector<std::vector<std::string>> bases(families);
  for (auto& b : bases)
    for (int k = 0; k < 30; ++k) b.push_back(word());
  const char* authorities[] = {"", "Essex Police", "Kent Police", "Avon and Somerset Constabulary"};
  std::vector<foi::StoredPassageRow> out;
  for (size_t i = 0; i < n; ++i) {
    std::vector<std::string> words = bases[rng() % families];
    for (size_t m = rng() % 14; m > 0; --m) words[rng() % words.size()] = word();
    if (rng() % 25 == 0) words.resize(3);
    std::string text;
    for (const std::string& w : words) text += w + " ";
    foi::StoredPassageRow p;
    p.id = "doc" + std::to_string(rng() % 100000) + "#p" + std::to_string(i);
    p.fingerprint = foi::fingerprint(text);
    p.authority = authorities[rng() % 4];
    p.date = rng() % 3 ? "20" + std::to_string(10 + rng() % 15) + "-0" + std::to_string(1 + rng() % 9) + "-15"
                       : "";
    p.cluster = rng() % 2 ? foi::cluster_id_for(p.id) : "";
    p.shard = static_cast<uint32_t>(rng() % 3);
    p.docid = static_cast<uint32_t>(i + 1);
    out.push_back(p);
  }
  return out;
}

}  // namespace

TEST_CASE("spill sort: records come back in order, from memory or merged from many runs on disk") {
  // Runs hold ~7 records at 256 bytes (a record and its index entry take ~36), ~28 at 1024: 20,000 records
  // make ~2,800 runs, more than may be on disk at once; 5,000 at 1,024, more than one merge reads.
  struct Case {
    size_t records, run_bytes;
    bool spills;
    size_t most_runs;  // runs() never passes it
  };
  using S = foi::SpillSorter;
  const Case cases[] = {{5000, S::kDefaultRunBytes, false, 0},
                        {5000, 1024, true, S::kMaxRuns},
                        {20000, 256, true, S::kMaxRuns},
                        {1, 8, true, 1},
                        {0, 8, false, 0}};
  for (const Case& c : cases) {
    CAPTURE(c.records);
    CAPTURE(c.run_bytes);
    std::vector<std::string> in = random_records(c.records, 7);
    S sorter(less_bytes, c.run_bytes);
    size_t most = 0;
    for (const std::string& r : in) {
      sorter.add(r);
      most = std::max(most, sorter.runs());
    }
    CHECK((sorter.runs() > 0) == c.spills);
    CHECK(most <= c.most_runs);
    std::vector<std::string> out;
    sorter.for_each([&](std::string_view r) { out.emplace_back(r); });
    CHECK(sorter.widest_merge() <= S::kMergeWidth);
    CHECK(sorter.runs() == 0);
    std::sort(in.begin(), in.end());
    CHECK(out == in);
  }
}

TEST_CASE("paged union-find: the same roots as the union-find in memory, its parents paged through a file") {
  // n and cache: everything in memory; pages evicted and read back (the cache's fewest, 4 pages, against 12
  // or 40); a last page that is not full.
  struct Case {
    size_t n, cache_bytes, joins;
    bool pages;  // the file is used
  };
  const Case cases[] = {{3000, foi::PagedUnionFind::kDefaultCacheBytes, 2000, false},
                        {12 * 1024, 0, 9000, true},
                        {40 * 1024 + 17, 0, 30000, true},
                        {40 * 1024 + 17, 16 * 4096, 60000, true}};
  for (const auto& [n, cache_bytes, joins, pages] : cases) {
    CAPTURE(n);
    CAPTURE(cache_bytes);
    std::mt19937 rng(static_cast<unsigned>(n + joins));
    foi::UnionFind<uint32_t> plain(n);
    foi::PagedUnionFind paged(n, cache_bytes);
    for (size_t k = 0; k < joins; ++k) {
      // joins between neighbours and far apart, so that sets span many pages
      uint32_t a = static_cast<uint32_t>(rng() % n);
      uint32_t b = k % 3 ? static_cast<uint32_t>(rng() % n)
                         : static_cast<uint32_t>(std::min<size_t>(n - 1, a + 1 + rng() % 50));
      plain.join(a, b);
      paged.join(a, b);
    }
    size_t differ = 0, roots = 0;
    for (uint32_t x = 0; x < n; ++x) {
      differ += plain.find(x) != paged.find(x);
      roots += plain.find(x) == x;
    }
    CHECK(differ == 0);
    CHECK(roots < n);
    CHECK(roots > 1);
    CHECK((paged.page_reads() > 0) == pages);
  }
}

TEST_CASE("cluster spill: the same clusters, summaries and rewrites as cluster_wording, in any input order") {
  // 9,000 passages: more than two of the blocks in which the passages' roots are read back from disk.
  // union_find_bytes 0: the union-find's cache holds the fewest pages it can (4 of 1,024 passages), so the
  // 9,000 passages' parents go back and forth to its file.
  struct Case {
    size_t passages, run_bytes, union_find_bytes;
  };
  const Case cases[] = {{1500, 512, foi::PagedUnionFind::kDefaultCacheBytes},
                        {1500, foi::SpillSorter::kDefaultRunBytes, foi::PagedUnionFind::kDefaultCacheBytes},
                        {9000, 4096, foi::PagedUnionFind::kDefaultCacheBytes},
                        {9000, 4096, 0}};
  for (const auto& [passages, run_bytes, union_find_bytes] : cases) {
    CAPTURE(passages);
    CAPTURE(run_bytes);
    CAPTURE(union_find_bytes);
    std::vector<foi::StoredPassageRow> rows = generated_passages(passages, 40, 11);
    foi::SpilledClusters spilled(run_bytes, union_find_bytes);
    for (const foi::StoredPassageRow& p : rows) spilled.add(p);  // not in id order
    spilled.cluster();

    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    std::vector<foi::ClusterMember> members;
    std::map<std::string, std::string> expected_cluster;  // passage id -> cluster
    for (const foi::StoredPassageRow& p : rows)
      if (p.fingerprint)
        members.push_back({p.id, *p.fingerprint, p.authority, p.date});
      else
        expected_cluster[p.id] = foi::cluster_id_for(p.id);
    std::vector<foi::Cluster> clusters = foi::cluster_wording(members);
    std::vector<foi::SharedCluster> expected_shared;
    for (const foi::Cluster& c : clusters) {
      for (size_t i : c.members) expected_cluster[members[i].id] = c.id;
      if (c.members.size() > 1)
        expected_shared.push_back(
            {c.id, c.members.size(), c.authorities, c.first, c.last, members[c.central].id});
    }
    REQUIRE(expected_shared.size() > 10);  // the generator makes real clusters, large and small
    CHECK(spilled.passages() == rows.size());
    CHECK(spilled.clusters() == clusters.size() + (rows.size() - members.size()));

    std::vector<foi::SharedCluster> shared;
    spilled.for_each_shared([&](const foi::SharedCluster& c) { shared.push_back(c); });
    REQUIRE(shared.size() == expected_shared.size());
    for (size_t k = 0; k < shared.size(); ++k) {
      CAPTURE(k);
      CHECK(shared[k].id == expected_shared[k].id);
      CHECK(shared[k].size == expected_shared[k].size);
      CHECK(shared[k].authorities == expected_shared[k].authorities);
      CHECK(shared[k].first == expected_shared[k].first);
      CHECK(shared[k].last == expected_shared[k].last);
      CHECK(shared[k].central == expected_shared[k].central);
    }

    std::map<std::pair<uint32_t, uint32_t>, std::string> moved, expected_moves;
    for (const foi::StoredPassageRow& p : rows)
      if (p.cluster != expected_cluster[p.id]) expected_moves[{p.shard, p.docid}] = expected_cluster[p.id];
    spilled.for_each_move([&](uint32_t shard, uint32_t docid, const std::string& c) {
      moved[{shard, docid}] = c;
    });
    CHECK(moved == expected_moves);
  }
}

TEST_CASE(
    "clusters: the assigner's memory is bounded, and it keeps recognising boilerplate it has seen shared") {
  const std::string harm =
      "As you may be aware, disclosure under FOIA is a release to the public at large. Whilst not "
      "questioning the "
      "motives of the applicant, confirming or denying that any information is held by Essex Police would "
      "show "
      "areas of police vulnerability. The public expect police forces to use all powers and tactics "
      "available.";
  foi::ClusterAssigner assigner(16);
  std::string first = assigner.assign("a#p1", foi::fingerprint(harm));
  CHECK(assigner.assign("b#p1", foi::fingerprint(harm + " Thank you.")) == first);
  std::vector<foi::StoredPassageRow> others = generated_passages(200, 200, 5);
  for (const foi::StoredPassageRow& p : others) {
    assigner.assign(p.id, p.fingerprint);
    CHECK(assigner.remembered() <= 16);
  }
  CHECK(assigner.assign("z#p1", foi::fingerprint(harm + " We are sorry.")) == first);
  // a passage seen once and long ago is forgotten: its like starts a cluster of its own (the regrouping joins
  // them)
  std::string lone =
      "Our publication scheme lists the reports we routinely publish each quarter about police powers.";
  foi::ClusterAssigner small(4);
  small.assign("l#p1", foi::fingerprint(lone));
  for (size_t k = 0; k < 8; ++k) small.assign(others[k].id, others[k].fingerprint);
  CHECK(small.assign("m#p1", foi::fingerprint(lone)) == foi::cluster_id_for("m#p1"));
}
