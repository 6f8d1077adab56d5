// A build from empty ends compacted (foi/index/compaction.h): the real foi-index, real glass databases.
#include <doctest/doctest.h>
#include <xapian.h>

#include <filesystem>
#include <string>
#include <vector>

#include "searchd_fixture.h"
#include "test_util.h"

namespace fs = std::filesystem;
using foi::test::run;
using foi::test::RunResult;
using foi::test::TempDir;

namespace {

RunResult index(const std::string& db, const std::string& corpus, const std::string& extra = "") {
  RunResult r = run(foi::test::bin_path("foi-index") + extra + " --db '" + db + "' '" + corpus + "'");
  CAPTURE(r.err);
  CHECK(r.status == 0);
  return r;
}

// Bytes in the glass tables of every database under `dir` (shards included).
uintmax_t table_bytes(const std::string& dir) {
  uintmax_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.path().extension() == ".glass") n += e.file_size();
  return n;
}

// Every entry's data and terms, by docid: equal for two databases holding the same entries under the same
// ids.
std::vector<std::string> entries(const std::string& db) {
  Xapian::Database x(db);
  std::vector<std::string> out;
  for (auto d = x.postlist_begin(""); d != x.postlist_end(""); ++d) {
    Xapian::Document doc = x.get_document(*d);
    std::string e = std::to_string(*d) + ":" + doc.get_data();
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
      e += "|" + *t + "/" + std::to_string(t.get_wdf()) + "/" + std::to_string(t.positionlist_count());
    out.push_back(e);
  }
  return out;
}

void check_no_staging(const std::string& db) {
  CHECK_FALSE(fs::exists(db + ".building"));
  CHECK_FALSE(fs::exists(db + ".compacting"));
  CHECK_FALSE(fs::exists(db + ".removing"));
}

}  // namespace

TEST_CASE("compaction: a build from empty ends compacted, smaller than in place, with the same entries") {
  TempDir corpus, out;
  foi::test::write_fixture_corpus(corpus.path());
  struct Case {
    std::string name, db_arg;  // db_arg: how the directory is named on the command line
    bool make_empty_dir;
  };
  for (const Case& c :
       {Case{"missing", "db", false}, Case{"slash", "db/", false}, Case{"empty dir", "db", true}}) {
    CAPTURE(c.name);
    TempDir where;
    std::string db = where / "db";
    if (c.make_empty_dir) fs::create_directories(db);
    RunResult built = index(where / c.db_arg, corpus.path(), " --batch 1");
    CHECK(built.out.find("; compacted (") != std::string::npos);
    CHECK(fs::exists(db + "/iamglass"));
    check_no_staging(db);
    CHECK(run("xapian-check '" + db + "'").status == 0);

    std::string plain = where / "plain";
    RunResult in_place = index(plain, corpus.path(), " --batch 1 --no-compact");
    CHECK(in_place.out.find("compacted") == std::string::npos);
    CHECK(table_bytes(db) < table_bytes(plain));  // a batch of one leaves most of each block empty
    CHECK(entries(db) == entries(plain));         // the same entries under the same docids
    Xapian::Database x(db), y(plain);
    CHECK(x.get_metadata("regroup_due") == y.get_metadata("regroup_due"));
    CHECK(x.get_spelling_suggestion("widgt") == "widget");
  }
}

TEST_CASE("compaction: an existing index is updated in place, never restaged") {
  TempDir corpus, out;
  foi::test::write_fixture_corpus(corpus.path());
  std::string db = out / "db";
  index(db, corpus.path());
  std::string uuid = Xapian::Database(db).get_uuid();
  foi::test::write_file(corpus / "widgets/new.txt",
                        "Widget news\nKent Police\nDate: 01/03/2021\nNothing held.\n");
  RunResult again = index(db, corpus.path());
  CHECK(again.out.find("indexed 1, ") == 0);
  CHECK(again.out.find("compacted") == std::string::npos);
  CHECK(Xapian::Database(db).get_uuid() == uuid);  // the same database, written in place
  CHECK(Xapian::Database(db).term_exists("Qwidgets/new.txt"));
  check_no_staging(db);
}

TEST_CASE(
    "compaction: a staged build a killed run left is picked up where it stopped, then moved into place") {
  TempDir part, corpus, out;
  foi::test::write_fixture_corpus(corpus.path());
  foi::test::write_fixture_corpus(part.path());
  fs::remove_all(part / "widgets");
  std::string db = out / "db";
  // What a run killed after some batches leaves: the staging directory with the documents committed so far.
  index(db + ".building", part.path(), " --no-compact");
  unsigned staged = Xapian::Database(db + ".building").get_termfreq("XD:document");
  REQUIRE(staged > 0);
  RunResult finish = index(db, corpus.path());
  CHECK(finish.out.find("unchanged " + std::to_string(staged) + ",") != std::string::npos);
  CHECK(finish.out.find("; compacted (") != std::string::npos);
  CHECK(Xapian::Database(db).term_exists("Qwidgets/kent-2019.txt"));
  check_no_staging(db);
}

TEST_CASE("compaction: a staged build Xapian cannot open, as a power cut can leave it, is built again") {
  // A staged build's commits are not synced (index_writer.h Durability): what the machine stopping can leave.
  struct Case {
    std::string name, file;
    bool truncate;  // else overwritten with zeros of the same size
  };
  for (const Case& c :
       {Case{"version file zeroed", "iamglass", false}, Case{"version file empty", "iamglass", true},
        Case{"record table zeroed", "docdata.glass", false}}) {
    CAPTURE(c.name);
    TempDir corpus, out;
    foi::test::write_fixture_corpus(corpus.path());
    std::string db = out / "db", staged = db + ".building";
    index(staged, corpus.path(), " --no-compact");
    fs::path file = fs::path(staged) / c.file;
    REQUIRE(fs::exists(file));
    std::string bytes = c.truncate ? "" : std::string(fs::file_size(file), '\0');
    foi::test::write_file(file.string(), bytes);
    RunResult again = index(db, corpus.path());
    CHECK(again.out.find("indexed 0,") == std::string::npos);  // nothing counted as already indexed
    CHECK(again.out.find(", unchanged 0,") != std::string::npos);
    CHECK(again.out.find("; compacted (") != std::string::npos);
    CHECK(run("xapian-check '" + db + "'").status == 0);
    CHECK(Xapian::Database(db).term_exists("Qwidgets/kent-2019.txt"));
    check_no_staging(db);
  }
}

TEST_CASE("compaction: a sharded build from empty is compacted shard by shard under its stub") {
  TempDir corpus, out;
  foi::test::write_fixture_corpus(corpus.path());
  std::string sharded = out / "sharded", single = out / "single";
  RunResult r = index(sharded, corpus.path(), " --shards 2");
  CHECK(r.out.find("; compacted (") != std::string::npos);
  index(single, corpus.path());
  CHECK(fs::exists(sharded + "/XAPIANDB"));
  for (const char* shard : {"/shard-0", "/shard-1"}) {
    CAPTURE(shard);
    CHECK(run("xapian-check '" + sharded + shard + "'").status == 0);
    CHECK(Xapian::Database(sharded + shard).get_doccount() > 0);
  }
  CHECK(Xapian::Database(sharded).get_doccount() == Xapian::Database(single).get_doccount());
  check_no_staging(sharded);
  RunResult again = index(sharded, corpus.path());  // the stub is the index's own: incremental from now on
  CHECK(again.out.find("indexed 0, unchanged ") == 0);
}
