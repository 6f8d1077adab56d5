// The indexer's limits, with the real foi-index: nothing outside a root is read through a symlink, files and
// extracted texts over the size limits are rejected with the flag to change, and deeply nested HTML keeps its
// text.
#include <doctest/doctest.h>
#include <xapian.h>
#include <zip.h>

#include <filesystem>
#include <string>
#include <vector>

#include "foi/formats/reader.h"
#include "foi/formats/sandbox.h"
#include "foi/index/indexer.h"
#include "test_util.h"

namespace fs = std::filesystem;
using foi::test::run;
using foi::test::TempDir;
using foi::test::write_file;

namespace {

std::string index_cmd(const std::string& db, const std::string& paths) {
  return foi::test::bin_path("foi-index") + " --db '" + db + "' " + paths;
}

std::string letter(const std::string& word) {
  return "Kent Police\nDate: 01/02/2019\nA note about the " + word + " data, which is exempt under Section 31(3).\n";
}

// Distinct words, so that neither a zip nor the binary-file check sees a run of one byte.
std::string words(size_t bytes) {
  std::string out;
  unsigned x = 12345;
  while (out.size() < bytes) {
    x = x * 1103515245u + 12345u;
    out += "word" + std::to_string(x % 100000) + ((x >> 8) % 12 == 0 ? ".\n" : " ");
  }
  out.resize(bytes);
  out.back() = '\n';
  return out;
}

// A DOCX whose one paragraph per line holds `text`: a file smaller than the text it expands to.
std::string make_docx(const std::string& text) {
  std::string body;
  for (size_t at = 0; at < text.size();) {
    size_t nl = text.find('\n', at);
    if (nl == std::string::npos) nl = text.size();
    body += "<w:p><w:r><w:t>" + text.substr(at, nl - at) + "</w:t></w:r></w:p>";
    at = nl + 1;
  }
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document "
                    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
                    body + "</w:body></w:document>";
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  REQUIRE(buffer);
  zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  REQUIRE(zip);
  zip_source_keep(buffer);
  zip_int64_t index = zip_file_add(zip, "word/document.xml", zip_source_buffer(zip, xml.data(), xml.size(), 0), 0);
  REQUIRE(index >= 0);
  zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 0);
  REQUIRE(zip_close(zip) == 0);
  zip_stat_t st;
  zip_stat_init(&st);
  REQUIRE(zip_source_stat(buffer, &st) == 0);
  std::string out(st.size, '\0');
  REQUIRE(zip_source_open(buffer) == 0);
  REQUIRE(zip_source_read(buffer, out.data(), out.size()) == static_cast<zip_int64_t>(out.size()));
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return out;
}

}  // namespace

TEST_CASE("indexer: a symlink is followed only while its real path stays inside the root it was found under") {
  TempDir base, out;
  std::string corpus = base / "corpus", outside = base / "outside";
  write_file(corpus + "/inside.txt", letter("aardvark"));
  write_file(corpus + "/sub/plain.txt", letter("bandicoot"));
  write_file(outside + "/secret.txt", "root:x:0:0:root:/root:/bin/bash zanzibar\n");
  write_file(outside + "/dir/more.txt", letter("yakword"));
  fs::create_symlink(base / "corpus", base / "root-link");  // a root given as a symlink: its real path is the root
  struct Link {
    const char* link;    // under the corpus
    std::string target;  // as the link holds it
    bool indexed;        // else rejected as outside the root
    std::string real;    // what it resolves to, for the reason
  };
  const Link links[] = {
      {"inside-link.txt", "inside.txt", true, ""},
      {"sub/up-link.txt", "../inside.txt", true, ""},
      {"passwd.txt", outside + "/secret.txt", false, outside + "/secret.txt"},
      {"sub/escape.txt", "../../outside/secret.txt", false, outside + "/secret.txt"},
      {"sub/via-root-link.txt", base / "root-link/inside.txt", true, ""},
      {"dir-out", outside + "/dir", false, outside + "/dir"},
  };
  for (const Link& l : links) fs::create_symlink(l.target, corpus + "/" + l.link);
  fs::create_symlink("sub", corpus + "/dir-in");  // a directory inside: not followed, as before

  for (const std::string& root : {corpus, base / "root-link"}) {
    CAPTURE(root);
    std::string db = out / ("db-" + fs::path(root).filename().string());
    foi::test::RunResult r = run(index_cmd(db, "'" + root + "'"));
    CHECK(r.status == 0);
    CHECK(r.out.find("indexed 5, unchanged 0, removed 0, rejected 3 in ") == 0);
    Xapian::Database x(db);
    CHECK_FALSE(x.term_exists("zanzibar"));  // the file outside was never read
    CHECK_FALSE(x.term_exists("yakword"));
    CHECK(x.term_exists("Qinside.txt"));
    CHECK(x.term_exists("Qsub/plain.txt"));
    CHECK_FALSE(x.term_exists("Qdir-in/plain.txt"));
    CHECK(r.err.find("dir-in") == std::string::npos);
    for (const Link& l : links) {
      CAPTURE(l.link);
      CHECK(x.term_exists(std::string("Q") + l.link) == l.indexed);
      std::string line = "rejected " + root + "/" + l.link + ": outside the root: " + root + "/" + l.link + " -> " +
                         fs::canonical(l.real.empty() ? corpus : l.real).string() + "\n";
      CHECK((r.err.find(line) != std::string::npos) == !l.indexed);
    }
  }
}

TEST_CASE("indexer: a file over --max-file-mb is rejected with its size and the limit; the rest is indexed") {
  TempDir corpus, out;
  constexpr size_t kMb = 1 << 20;
  write_file(corpus / "under.txt", letter("aardvark") + words(kMb - letter("aardvark").size()));  // exactly 1 MB
  write_file(corpus / "over.txt", letter("bandicoot") + words(kMb + 1 - letter("bandicoot").size()));
  write_file(corpus / "small.txt", letter("capybara"));
  std::string db = out / "db";
  foi::test::RunResult r = run(index_cmd(db, "--max-file-mb 1 '" + corpus.path() + "'"));
  CHECK(r.status == 0);  // a rejection, like any other: listed, and the run goes on
  CHECK(r.out.find("indexed 2, unchanged 0, removed 0, rejected 1 in ") == 0);
  CHECK(r.err.find("rejected " + (corpus / "over.txt") + ": too large: 1.1 MB, the limit is 1 MB (--max-file-mb)\n") !=
        std::string::npos);
  CHECK(r.out.find("rejected: 1 too large") != std::string::npos);
  Xapian::Database x(db);
  CHECK(x.term_exists("Qunder.txt"));
  CHECK(x.term_exists("Qsmall.txt"));
  CHECK_FALSE(x.term_exists("Qover.txt"));
  CHECK(run(index_cmd(db, "--max-file-mb 0 '" + corpus.path() + "'")).status == 2);
  CHECK(run(index_cmd(db, "--max-file-mb 1x '" + corpus.path() + "'")).status == 2);
}

TEST_CASE("indexer: a small file whose extracted text is over --max-text-mb is rejected; the defaults are 64 and 16 MB") {
  TempDir corpus, out;
  constexpr size_t kMb = 1 << 20;
  std::string text = words(kMb + kMb / 2);
  std::string docx = make_docx(text);
  REQUIRE(docx.size() < kMb);  // the file is under the file limit, its text is not under the text limit
  write_file(corpus / "expands.docx", docx);
  write_file(corpus / "fits.docx", make_docx(letter("aardvark")));
  std::string db = out / "db";
  foi::test::RunResult r = run(index_cmd(db, "--max-file-mb 1 --max-text-mb 1 '" + corpus.path() + "'"));
  CAPTURE(r.err);  // the rejection's reason, should it ever be another (seen once in an ASan run)
  CHECK(r.status == 0);
  CHECK(r.out.find("indexed 1, unchanged 0, removed 0, rejected 1 in ") == 0);
  size_t line = r.err.find("rejected " + (corpus / "expands.docx") + ": too much text: 1.");
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  // Under a sanitizer on a loaded machine the reader has been seen to reach its 60 s limit first (CI, stop 23):
  // the file is still rejected with a reason and the rest indexed; the text limit's own wording is checked in
  // the plain build.
  if (line == std::string::npos) line = r.err.find("rejected " + (corpus / "expands.docx") + ": reader timed out");
  CHECK(line != std::string::npos);
#else
  CHECK(line != std::string::npos);
  CHECK(r.err.find(" MB extracted, the limit is 1 MB (--max-text-mb)\n", line) != std::string::npos);
#endif
  Xapian::Database x(db);
  CHECK(x.term_exists("Qfits.docx"));

  foi::IndexerOptions defaults;
  CHECK(defaults.max_file_bytes == 64 * kMb);
  CHECK(defaults.max_text_bytes == 16 * kMb);
}

TEST_CASE("formats: 100,000 nested <div>s keep their text, in the process and in the sandbox") {
  std::string html = "<html><head><title>Deep</title></head><body><p>Surface words aardvark.</p>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "Deep words quagga.";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "<p>After words zorilla.</p></body></html>";
  for (bool sandboxed : {false, true}) {
    CAPTURE(sandboxed);
    std::vector<foi::formats::ReadText> docs = sandboxed ? foi::formats::read_sandboxed("deep.html", html, {})
                                                         : foi::formats::read_document("deep.html", html);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].text.find("Surface words aardvark.") != std::string::npos);
    CHECK(docs[0].text.find("Deep words quagga.") != std::string::npos);
    CHECK(docs[0].text.find("After words zorilla.") != std::string::npos);
    CHECK(docs[0].hints.title == "Deep");
  }
}

TEST_CASE("indexer: sizes in reasons are whole mebibytes or rounded up to a tenth, never down to the limit") {
  constexpr size_t kMb = 1 << 20;
  const std::pair<size_t, const char*> cases[] = {
      {64 * kMb, "64 MB"}, {kMb + 1, "1.1 MB"}, {kMb + kMb / 2, "1.5 MB"}, {200 * kMb + 1, "200.1 MB"}, {1, "0.1 MB"}};
  for (const auto& [bytes, text] : cases) CHECK(foi::formats::megabytes(bytes) == text);
}
