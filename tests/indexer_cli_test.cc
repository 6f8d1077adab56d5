// foi-index, the real binary, over real corpora on disk: incremental runs, bad input, locks, kill -9.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>
#include <tuple>

#include "foi/index/index_writer.h"
#include "test_util.h"

namespace fs = std::filesystem;
using foi::test::run;
using foi::test::TempDir;
using foi::test::write_file;

namespace {

const char* kSeeds[] = {"000_7c431f6c32de453a.txt", "001_b455801c96e30f6e.txt", "002_8945b82075d5d1a2.txt",
                        "003_b8f8d31a9d1c8c2e.txt", "004_aaea4b360a23c9d5.txt"};

std::string index_cmd(const std::string& db, const std::string& paths) {
  return foi::test::bin_path("foi-index") + " --db '" + db + "' " + paths;
}

void copy_seeds(const std::string& dir) {
  for (const char* s : kSeeds) write_file(dir + "/" + s, foi::test::read_file(foi::test::source_path("corpus/") + s));
}

// A corpus of the seeds plus the three awkward files the brief names.
void make_awkward_corpus(const std::string& dir) {
  copy_seeds(dir);
  write_file(dir + "/long_token.txt", "Gwent Police response. " + std::string(300, 'x') + " zebracrossing\n");
  std::string bin;
  for (int i = 0; i < 4096; ++i) bin += static_cast<char>((i * 7919) % 256);
  write_file(dir + "/nested/binary.txt", bin);
  write_file(dir + "/nested/latin1.txt",
             "Caf\xE9 licensing: Gwent Police refused under Section 40(2) on 3 March 2019.\nDate: 03/03/2019\n");
}

bool xapian_check_ok(const std::string& db) { return run("xapian-check '" + db + "'").status == 0; }

}  // namespace

TEST_CASE("indexer: a 300-byte token, a binary file and a Latin-1 file lose none of the other documents") {
  TempDir corpus, out;
  make_awkward_corpus(corpus.path());
  std::string db = out / "db";
  foi::test::RunResult r = run(index_cmd(db, corpus.path()));
  CHECK(r.status == 0);
  CHECK(r.out.find("indexed 7, unchanged 0, removed 0, rejected 1 in ") == 0);
  CHECK(r.err.find("rejected " + corpus.path() + "/nested/binary.txt: binary file") != std::string::npos);
  CHECK(xapian_check_ok(db));
  Xapian::Database x(db);
  CHECK(x.get_termfreq("XD:document") == 7);
  CHECK(x.term_exists("Qnested/latin1.txt"));
  CHECK(x.term_exists("caf\xC3\xA9"));           // decoded from Latin-1, not mojibake
  CHECK(x.term_exists("zebracrossing"));         // the words around the long token are there
  CHECK(x.term_exists("XE:s40(2)"));
  CHECK(x.term_exists("XF:Gwent Police"));
  CHECK_FALSE(x.term_exists("Qnested/binary.txt"));
  for (auto t = x.allterms_begin(); t != x.allterms_end(); ++t) CHECK((*t).size() <= 245);
}

TEST_CASE("indexer: a second run over an unchanged corpus writes nothing; changes and deletions are applied") {
  TempDir corpus, out;
  copy_seeds(corpus.path());
  std::string db = out / "db";
  REQUIRE(run(index_cmd(db, corpus.path())).status == 0);
  Xapian::rev rev = Xapian::Database(db).get_revision();
  auto listing = [&] {
    std::map<std::string, std::pair<uintmax_t, fs::file_time_type>> m;
    for (const auto& e : fs::directory_iterator(db))  // the lock file is touched by every open; data files are not
      if (e.path().filename() != "flintlock") m[e.path().string()] = {e.file_size(), e.last_write_time()};
    return m;
  };
  auto before = listing();

  foi::test::RunResult again = run(index_cmd(db, corpus.path()));
  CHECK(again.out.find("indexed 0, unchanged 5, removed 0, rejected 0") == 0);
  CHECK(Xapian::Database(db).get_revision() == rev);
  CHECK(listing() == before);

  fs::remove(corpus / kSeeds[1]);
  write_file(corpus / kSeeds[4], "Sexual Grooming (5619_14)\nNow refused under Section 12(1).\n");
  foi::test::RunResult changed = run(index_cmd(db, corpus.path()));
  CHECK(changed.out.find("indexed 1, unchanged 3, removed 1, rejected 0") == 0);
  Xapian::Database x(db);
  CHECK(x.get_termfreq("XD:document") == 4);
  CHECK_FALSE(x.term_exists(std::string("Q") + kSeeds[1]));
  CHECK_FALSE(x.term_exists(std::string("XQ:") + kSeeds[1]));  // its passages went with it
  CHECK_FALSE(x.term_exists(std::string("XQ:") + kSeeds[4]));  // the two-line rewrite has no passage left
  CHECK(x.get_termfreq(std::string("XQ:") + kSeeds[0]) > 10);  // the unchanged thread keeps its own
  CHECK(x.term_exists("XE:s12(1)"));
  CHECK(xapian_check_ok(db));
}

TEST_CASE("indexer: documents are removed only under the roots given in that run") {
  TempDir a, b, out;
  write_file(a / "one.txt", "Kent Police response");
  write_file(b / "two.txt", "Essex Police response");
  std::string db = out / "db";
  REQUIRE(run(index_cmd(db, a.path())).status == 0);
  CHECK(run(index_cmd(db, b.path())).out.find("indexed 1, unchanged 0, removed 0") == 0);
  CHECK(Xapian::Database(db).get_doccount() == 2);
  write_file(b / "one.txt", "same id under another root");
  foi::test::RunResult both = run(index_cmd(db, a.path() + " " + b.path()));
  CHECK(both.err.find("duplicate id 'one.txt'") != std::string::npos);
  CHECK(both.status == 0);
}

TEST_CASE("indexer: --explain prints the record the index stores, from the same extraction") {
  TempDir corpus, out;
  copy_seeds(corpus.path());
  std::string db = out / "db";
  REQUIRE(run(index_cmd(db, corpus.path())).status == 0);
  Xapian::Database x(db);
  for (const char* seed : kSeeds) {
    CAPTURE(seed);
    foi::test::RunResult e = run(foi::test::bin_path("foi-index") + " --explain '" + (corpus / seed) + "'");
    REQUIRE(e.status == 0);
    nlohmann::json explained = nlohmann::json::parse(e.out);
    Xapian::PostingIterator p = x.postlist_begin(std::string("Q") + seed);
    REQUIRE(p != x.postlist_end(std::string("Q") + seed));
    nlohmann::json data = nlohmann::json::parse(x.get_document(*p).get_data());
    nlohmann::json stored = data.at("record");
    nlohmann::json stored_passages = nlohmann::json::array();
    std::string parent = std::string("XQ:") + seed;
    for (auto q = x.postlist_begin(parent); q != x.postlist_end(parent); ++q) {
      nlohmann::json kept = nlohmann::json::parse(x.get_document(*q).get_data()).at("passage");
      CHECK(!kept.contains("body"));  // where its words are in the document's text, not a copy of them
      foi::Passage passage = kept.get<foi::Passage>();
      passage.heading_spans = kept.value("heading_spans", decltype(passage.heading_spans){});
      passage.body_spans = kept.value("body_spans", decltype(passage.body_spans){});
      auto words = foi::passage_words(data.at("text").get<std::string>(), passage);
      REQUIRE(words);
      std::tie(passage.heading, passage.body) = *words;
      stored_passages.push_back(passage);
    }
    CHECK(explained.at("passages") == stored_passages);
    CHECK(!stored_passages.empty());
    explained.erase("passages");
    CHECK(!explained.at("reasons").at("doc_type").get<std::string>().empty());  // --explain says why; not stored
    CHECK(!stored.contains("reasons"));
    explained.erase("reasons");
    CHECK(explained == stored);
  }
}

TEST_CASE("indexer: a second indexer on a locked database exits 75 at once") {
  TempDir corpus, out;
  write_file(corpus / "a.txt", "Kent Police");
  std::string db = out / "db";
  foi::IndexWriter holder(db);
  foi::test::RunResult r = run(index_cmd(db, corpus.path()));  // returns: it does not wait for the lock
  CHECK(r.status == 75);
  CHECK(r.err.find("index is locked by another indexer") != std::string::npos);
  CHECK(r.out.empty());
}

TEST_CASE("indexer: a missing path or a bad flag stops the run before the index is touched") {
  TempDir out;
  std::string db = out / "db";
  foi::test::RunResult r = run(index_cmd(db, out / "no-such-dir"));
  CHECK(r.status == 2);
  CHECK(r.err.find("no such file or directory") != std::string::npos);
  CHECK_FALSE(fs::exists(db));
  CHECK(run(foi::test::bin_path("foi-index") + " --frobnicate").status == 2);
  CHECK(run(foi::test::bin_path("foi-index") + " --help").status == 0);
}

TEST_CASE("indexer: kill -9 at any moment leaves a database that checks clean and holds whole batches") {
  TempDir corpus;
  const int kDocs = 3000, kBatch = 100;
  for (int i = 0; i < kDocs; ++i)
    write_file(corpus / ("d" + std::to_string(i) + ".txt"),
               "Response " + std::to_string(i) + " from Kent Police citing Section 31(1)(a) and more words.\n");
  std::string bin = foi::test::bin_path("foi-index");
  for (int delay_ms : {3, 20, 60, 120, 200, 350, 800}) {
    CAPTURE(delay_ms);
    TempDir out;
    std::string db = out / "db";
    std::string batch = std::to_string(kBatch);
    const char* argv[] = {bin.c_str(), "--batch", batch.c_str(), "--db", db.c_str(), corpus.path().c_str(), nullptr};
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid;
    REQUIRE(posix_spawn(&pid, bin.c_str(), &fa, nullptr, const_cast<char**>(argv), environ) == 0);
    posix_spawn_file_actions_destroy(&fa);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    // A build from empty is staged beside the index and moved into place whole (compaction.h): the index is
    // there complete, or not at all and the staged build holds the committed batches.
    bool whole = fs::exists(out / "db/iamglass");
    std::string written = whole ? db : db + ".building";
    if (!fs::exists(written + "/iamglass")) continue;  // killed before the database existed
    CHECK(xapian_check_ok(written));
    unsigned count = Xapian::Database(written).get_doccount();
    CHECK(count % kBatch == 0);  // exactly the committed batches, never part of one
    if (whole) CHECK(count == static_cast<unsigned>(kDocs));
    foi::test::RunResult finish = run(index_cmd(db, corpus.path()));
    CHECK(finish.status == 0);
    CHECK(finish.out.find("indexed " + std::to_string(kDocs - count) + ", unchanged " + std::to_string(count)) == 0);
    CHECK(Xapian::Database(db).get_doccount() == static_cast<unsigned>(kDocs));
    CHECK(xapian_check_ok(db));
  }
}

TEST_CASE("indexer: the summary counts documents with text, scans and OCR pages, and groups rejections by reason") {
  TempDir corpus, out;
  for (const char* f : {"text.pdf", "scan.pdf", "scan_text.pdf", "encrypted.pdf", "truncated.pdf"})
    write_file(corpus / f, foi::test::read_file(foi::test::source_path("tests/fixtures/pdf/") + f));
  write_file(corpus / "page.html", "<html><head><title>Log</title></head><body><p>Essex Police log</p></body></html>");
  write_file(corpus / "sheet.xlsx", "PK not read");
  foi::test::RunResult plain = run(index_cmd(out / "plain", corpus.path()));
  CHECK(plain.status == 0);
  CHECK(plain.out.find("indexed 2, unchanged 0, removed 0, rejected 5") == 0);
  CHECK(plain.out.find("with text 2, scanned 2, OCR pages 0; rejected: 1 damaged or truncated PDF, "
                       "1 encrypted PDF, 2 scanned PDF, 1 unsupported format") != std::string::npos);
  foi::test::RunResult ocr = run(foi::test::bin_path("foi-index") + " --ocr --db '" + (out / "ocr") + "' " +
                                 corpus.path());
  CHECK(ocr.out.find("indexed 3, unchanged 0, removed 0, rejected 4") == 0);
  CHECK(ocr.out.find("with text 3, scanned 1, OCR pages 1;") != std::string::npos);
  Xapian::Database db(out / "ocr");
  CHECK(db.term_exists("Qscan_text.pdf"));
  CHECK(db.term_exists("XE:s31(1)(a)"));
}

TEST_CASE("indexer: files prepared on several threads give the same index as one thread, in the same order") {
  TempDir corpus, out;
  copy_seeds(corpus.path());
  for (int i = 0; i < 40; ++i)
    write_file(corpus / ("many/" + std::to_string(i) + ".txt"),
               "Letter " + std::to_string(i) + "\nKent Police\nDate: 0" + std::to_string(1 + i % 9) +
                   "/02/2020\nThe figures are exempt under Section 31(3).\n");
  write_file(corpus / "many/binary.txt", std::string("\x00\x01\x02\x03", 4) + std::string(500, '\0'));
  auto index = [&](const std::string& name, int threads) {
    foi::test::RunResult r = run(index_cmd(out / name, corpus.path()) + " --threads " + std::to_string(threads));
    CHECK(r.status == 0);
    return r.out.substr(0, r.out.find(" in "));
  };
  CHECK(index("one", 1) == index("four", 4));
  Xapian::Database a(out / "one"), b(out / "four");
  REQUIRE(a.get_doccount() == b.get_doccount());
  for (Xapian::docid d = 1; d <= a.get_lastdocid(); ++d) {  // the same documents under the same docids
    CAPTURE(d);
    Xapian::Document x = a.get_document(d), y = b.get_document(d);
    CHECK(x.get_data() == y.get_data());
    CHECK(std::vector<std::string>(x.termlist_begin(), x.termlist_end()) ==
          std::vector<std::string>(y.termlist_begin(), y.termlist_end()));
  }
}
