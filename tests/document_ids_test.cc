// Document and passage ids over the real foi-index and foi-searchd: no file name can take a passage's id, and
// every file name, UTF-8 or not, gives an id that the API shows and opens.
#include <doctest/doctest.h>
#include <xapian.h>

#include <string>
#include <vector>

#include "foi/index/corpus_walk.h"
#include "searchd_fixture.h"

using foi::test::run;
using foi::test::TempDir;
using foi::test::write_file;

namespace {

// Percent-encodes everything but unreserved characters and '/', as a URL's query value.
std::string url_encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string index_into(const std::string& db, const std::string& corpus) {
  foi::test::RunResult r = run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus + "'");
  REQUIRE(r.status == 0);
  return r.err;
}

std::string seed() { return foi::test::read_file(foi::test::source_path("corpus/000_7c431f6c32de453a.txt")); }

}  // namespace

TEST_CASE("ids: a file named 'letter#p1' does not take the id of passage 1 of 'letter'; both stay reachable") {
  TempDir alone, both, out;
  write_file(alone / "letter", seed());
  index_into(out / "alone", alone.path());
  Xapian::doccount passages = Xapian::Database(out / "alone").get_termfreq("XQ:letter");
  REQUIRE(passages > 1);

  write_file(both / "letter", seed());
  write_file(both / "letter#p1", "Kent Police\nA note about zebracrossing figures, exempt under Section 31(3).\n");
  std::string db = out / "both";
  CHECK(index_into(db, both.path()).empty());
  {
    Xapian::Database x(db);
    CHECK(x.get_termfreq("XD:document") == 2);
    CHECK(x.get_termfreq("XQ:letter") == passages);  // passage 1 was not replaced by the file
    CHECK(x.get_termfreq("Qletter#p1") == 1);
  }
  foi::test::Searchd sd(db);
  nlohmann::json hits = sd.json("/api/search?q=zebracrossing");
  REQUIRE(hits.at("hits").size() == 1);
  std::string id = hits.at("hits")[0].at("id");
  CHECK(id != "letter#p1");
  nlohmann::json file = sd.json("/api/doc?id=" + url_encode(id));
  CHECK(file.at("id") == id);
  CHECK(file.at("text").get<std::string>().find("zebracrossing") != std::string::npos);
  nlohmann::json doc = sd.json("/api/doc?id=letter");
  REQUIRE(doc.at("passages").size() == passages);
  CHECK(doc.at("passages")[0].at("id") == "letter#p1");
  nlohmann::json similar = sd.json("/api/similar?passage=letter%23p1");  // the passage, not the file
  CHECK(similar.contains("passages"));
  sd.json("/api/doc?id=letter%23p1", 404);  // a passage is not a document
}

TEST_CASE("ids: every file name, UTF-8 or not, gives an id that a search shows and /api/doc opens") {
  struct Name {
    std::string file;
    const char* word;
  };
  const Name names[] = {
      {"\xff\xfe.txt", "quokka"},         // not UTF-8 at all
      {"%FF%FE.txt", "wombat"},           // what an escaped \xff\xfe might look like: a different file
      {"caf\xe9.txt", "numbat"},          // Latin-1
      {"caf\xc3\xa9.txt", "bilby"},       // the same name in UTF-8
      {"50% off.txt", "dingo"},           // a percent sign
      {"sub/a#b \xc3\x28.txt", "echidna"},  // a hash, a space, a broken sequence, in a directory
  };
  TempDir corpus, out;
  for (const Name& n : names)
    write_file(corpus / n.file, "Kent Police\nA note about " + std::string(n.word) + " figures.\n");
  std::string db = out / "db";
  CHECK(index_into(db, corpus.path()).empty());
  foi::test::Searchd sd(db);
  std::set<std::string> ids;
  for (const Name& n : names) {
    CAPTURE(n.word);
    nlohmann::json hits = sd.json(std::string("/api/search?q=") + n.word);
    REQUIRE(hits.at("hits").size() == 1);
    std::string id = hits.at("hits")[0].at("id");
    CAPTURE(id);
    ids.insert(id);
    CHECK(id.find("\xef\xbf\xbd") == std::string::npos);  // no U+FFFD: nothing of the name was lost
    nlohmann::json doc = sd.json("/api/doc?id=" + url_encode(id));
    CHECK(doc.value("id", "") == id);
    CHECK(doc.value("text", "").find(n.word) != std::string::npos);
  }
  CHECK(ids.size() == std::size(names));
  CHECK(ids.count("caf\xc3\xa9.txt") == 1);  // a UTF-8 name is its own id
}

TEST_CASE("ids: a relative path keeps its UTF-8 and writes '%', '#' and bytes that are not UTF-8 as %XX") {
  struct Case {
    std::string path, id;
  };
  const Case cases[] = {
      {"letters/2021/006.pdf", "letters/2021/006.pdf"},
      {"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x93\x84.txt", "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x93\x84.txt"},
      {"\xff\xfe.txt", "%FF%FE.txt"},
      {"%FF%FE.txt", "%25FF%25FE.txt"},  // not the same id as the one above
      {"letter#p1", "letter%23p1"},      // not passage 1 of "letter"
      {"box.mbox#3", "box.mbox%233"},    // not message 3 of "box.mbox"
      {"caf\xe9.txt", "caf%E9.txt"},      // Latin-1
      {"\xc3\x28", "%C3("},              // a lead byte without its continuation
      {"\xe2\x82", "%E2%82"},            // a sequence cut short by the end
      {"\xc0\xaf", "%C0%AF"},            // an overlong '/'
      {"\xed\xa0\x80", "%ED%A0%80"},     // a UTF-16 surrogate
      {"\xf4\x90\x80\x80", "%F4%90%80%80"},  // past U+10FFFF
      {"\x80", "%80"},                    // a stray continuation byte
  };
  for (const Case& c : cases) {
    CAPTURE(c.path);
    CHECK(foi::file_id(c.path) == c.id);
  }
}
