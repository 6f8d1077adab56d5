// Regrouping passages into clusters survives a crash: a run killed after its last batch, or between the
// regrouping's commits (one per shard), is finished by the next run even when no file changed.
#include <doctest/doctest.h>
#include <xapian.h>

#include <map>

#include "foi/index/extract_record.h"
#include "foi/index/index_writer.h"
#include "foi/index/schema.h"
#include "test_util.h"

using foi::test::run;
using foi::test::RunResult;
using foi::test::TempDir;

namespace {

// The seeds: four police letters share the security-bodies paragraph; 000 (Avon and Somerset) also shares its
// harm text with Essex. Its passage ids are the smallest, so adding it renames the clusters it joins.
const char* kLater = "000_7c431f6c32de453a.txt";
const char* kFirst[] = {"001_b455801c96e30f6e.txt", "002_8945b82075d5d1a2.txt", "003_b8f8d31a9d1c8c2e.txt",
                        "004_aaea4b360a23c9d5.txt"};

void copy_seed(const std::string& dir, const std::string& seed) {
  foi::test::write_file(dir + "/" + seed, foi::test::read_file(foi::test::source_path("corpus/") + seed));
}

std::string index_cmd(const std::string& db, const std::string& corpus, const std::string& extra = "") {
  return foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus + "'" + extra;
}

// The test-only crash point in cluster_index.cc: exit (status 86) once the regrouping has committed `commits`
// times.
std::string crash_after(int commits) {
  return "FOI_TEST_EXIT_AFTER_REGROUP_COMMITS=" + std::to_string(commits) + " ";
}
constexpr int kCrashed = 86;

// Every passage's cluster by passage id, and every cluster summary by key: what a reader of the index sees.
struct Clusters {
  std::map<std::string, std::string> of_passage, summaries;
};

// How many passages' clusters and summaries differ between two indexes (0: the same).
size_t differences(const Clusters& a, const Clusters& b) {
  auto count = [](const std::map<std::string, std::string>& x, const std::map<std::string, std::string>& y) {
    size_t n = 0;
    for (const auto& [key, value] : x) {
      auto other = y.find(key);
      n += other == y.end() || other->second != value;
    }
    for (const auto& [key, value] : y) n += !x.count(key);
    return n;
  };
  return count(a.of_passage, b.of_passage) + count(a.summaries, b.summaries);
}

Clusters clusters_of(const std::string& db) {
  Xapian::Database x(db);  // a sharded index through its stub: summaries come from the first shard
  Clusters c;
  std::string passage = std::string(foi::schema::kKindPrefix) + std::string(foi::schema::kPassageKind);
  for (auto p = x.postlist_begin(passage); p != x.postlist_end(passage); ++p) {
    Xapian::Document d = x.get_document(*p);
    c.of_passage[d.get_value(foi::schema::kIdSlot)] = d.get_value(foi::schema::kClusterSlot);
  }
  std::string prefix(foi::schema::kClusterMetadataPrefix);
  for (auto k = x.metadata_keys_begin(prefix); k != x.metadata_keys_end(prefix); ++k)
    c.summaries[*k] = x.get_metadata(*k);
  return c;
}

// The clusters of a from-scratch index of `corpus` with the same layout.
Clusters from_scratch(const std::string& corpus, const std::string& extra) {
  TempDir out;
  REQUIRE(run(index_cmd(out / "db", corpus, extra)).status == 0);
  return clusters_of(out / "db");
}

std::string regroup_flag(const std::string& db) {
  return Xapian::Database(db).get_metadata(std::string(foi::schema::kRegroupDueKey));
}

// Indexes kFirst whole, then adds kLater in a run killed after the regrouping's `commits`-th commit. Returns
// that run's result.
RunResult crash_adding_later(const std::string& corpus, const std::string& db, const std::string& extra,
                             int commits) {
  for (const char* s : kFirst) copy_seed(corpus, s);
  REQUIRE(run(index_cmd(db, corpus, extra)).status == 0);
  copy_seed(corpus, kLater);
  return run(crash_after(commits) + index_cmd(db, corpus, extra));
}

}  // namespace

TEST_CASE("regroup: a batch's commit marks regrouping due and the regrouping clears it in its own one commit") {
  TempDir dir;
  foi::Record r;
  r.id = "a.txt";
  r.title = "Decoys";
  r.doc_type = "response";
  foi::IndexWriter w(dir.path());
  w.put(r, {"the harm test for decoys", "text", "UTF-8"}, "sig1", "/root", "a.txt");
  w.commit();
  CHECK(regroup_flag(dir.path()) == "1");
  Xapian::rev before = Xapian::Database(dir.path()).get_revision();
  w.recluster();
  CHECK(regroup_flag(dir.path()) == "");
  CHECK(Xapian::Database(dir.path()).get_revision() == before + 1);  // one commit: no half regroup to read
  w.recluster();  // nothing due, nothing changed: no write
  CHECK(Xapian::Database(dir.path()).get_revision() == before + 1);
}

TEST_CASE("regroup: a run killed after its last batch, before regrouping, is finished by the next run") {
  for (std::string layout : {"", " --shards 2"}) {
    CAPTURE(layout);
    TempDir corpus, out;
    std::string db = out / "db";
    RunResult killed = crash_adding_later(corpus.path(), db, layout, 0);
    REQUIRE(killed.status == kCrashed);
    Clusters want = from_scratch(corpus.path(), layout);
    CHECK(differences(clusters_of(db), want) > 0);  // the crash left clusters to repair: the test can tell

    RunResult next = run(index_cmd(db, corpus.path()));
    CHECK(next.status == 0);
    CHECK(next.out.find("indexed 0, unchanged 5, removed 0") == 0);
    CHECK(differences(clusters_of(db), want) == 0);
  }
}

TEST_CASE("regroup: a run killed between the shards' regrouping commits is finished by the next run") {
  const std::string layout = " --shards 2";
  bool seen_half = false;  // some crash point left one shard regrouped and the other not
  for (int commits = 1; commits <= 3; ++commits) {  // a regrouping of two shards commits at most three times
    CAPTURE(commits);
    TempDir corpus, out;
    std::string db = out / "db";
    RunResult killed = crash_adding_later(corpus.path(), db, layout, commits);
    CHECK((killed.status == kCrashed || killed.status == 0));
    Clusters want = from_scratch(corpus.path(), layout);
    if (killed.status == kCrashed && differences(clusters_of(db), want) > 0) seen_half = true;

    RunResult next = run(index_cmd(db, corpus.path()));
    CHECK(next.status == 0);
    CHECK(next.out.find("indexed 0, unchanged 5, removed 0") == 0);
    CHECK(differences(clusters_of(db), want) == 0);
    // nothing is left due: a further run writes nothing to either shard
    Xapian::rev rev0 = Xapian::Database(out / "db/shard-0").get_revision();
    Xapian::rev rev1 = Xapian::Database(out / "db/shard-1").get_revision();
    CHECK(run(index_cmd(db, corpus.path())).status == 0);
    CHECK(Xapian::Database(out / "db/shard-0").get_revision() == rev0);
    CHECK(Xapian::Database(out / "db/shard-1").get_revision() == rev1);
  }
  CHECK(seen_half);
}

TEST_CASE(
    "regroup: committed in parts (a staged build's way) it writes the same clusters as in one transaction") {
  const char* seeds[] = {kLater, kFirst[0], kFirst[1], kFirst[2], kFirst[3]};
  auto index_seeds = [&](foi::IndexWriter& w) {
    for (const char* s : seeds) {
      std::string text = foi::test::read_file(foi::test::source_path("corpus/") + s);
      foi::Extracted e = foi::extract_document({text, s, s});
      w.put(e.record, {text, "text", "UTF-8"}, s, "/root", s, e.passages);
    }
    w.commit();
  };
  TempDir whole, parts;
  foi::IndexWriter a(whole.path()), b(parts.path());
  index_seeds(a);
  index_seeds(b);
  Xapian::rev before = Xapian::Database(parts.path()).get_revision();
  foi::ClusterStats one = a.recluster();
  foi::ClusterStats in_parts = foi::IndexWriter::recluster({&b}, foi::RegroupOptions{1});
  REQUIRE(one.shared > 0);  // the seeds share wording: some passages move, so there are parts to commit
  REQUIRE(in_parts.rewritten > 1);
  CHECK(in_parts.rewritten == one.rewritten);
  CHECK(Xapian::Database(parts.path()).get_revision() == before + in_parts.rewritten + 1);
  CHECK(regroup_flag(parts.path()) == "");
  CHECK(differences(clusters_of(whole.path()), clusters_of(parts.path())) == 0);
}
