// searchd's answer cache (searchd/answer_cache.h): a repeated search gets the answer first computed, another
// question never does, and a commit moves every answer on.
#include <doctest/doctest.h>

#include <string>

#include "searchd/answer_cache.h"
#include "searchd_fixture.h"

namespace {

std::string body(const foi::test::Searchd& sd, const std::string& path) {
  httplib::Result r = sd.get(path);
  REQUIRE(r);
  CHECK(r->status == 200);
  return r->body;
}

void index_into(const std::string& db, const std::string& corpus) {
  REQUIRE(foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus + "'").status ==
          0);
}

}  // namespace

TEST_CASE(
    "answer cache: a repeat is the first answer, other questions are their own, a commit moves them all") {
  foi::test::TempDir corpus, out;
  std::string db = out / "db";
  foi::test::write_file(corpus / "a.txt",
                        "Durham Constabulary: the first quokka response. Section 40(2) applies.");
  foi::test::write_file(corpus / "b.txt", "Kent Police: a numbat response.");
  index_into(db, corpus.path());
  foi::test::Searchd cached(db), uncached(db, {"--answer-cache-mb", "0"});

  std::string first = body(cached, "/api/search?q=quokka");
  CHECK(body(cached, "/api/search?q=quokka") == first);
  CHECK(body(uncached, "/api/search?q=quokka") == first);  // the cache keeps exactly what was computed

  struct Other {
    std::string path;
    unsigned total;
  };
  for (const Other& o :
       {Other{"/api/search?q=quokka&force=Kent+Police", 0}, Other{"/api/search?q=numbat", 1},
        Other{"/api/search?q=quokka&page=2", 1}, Other{"/api/search?q=quokka&exemption=s31", 0},
        Other{"/api/search?q=quokka&size=5", 1}}) {
    CAPTURE(o.path);
    std::string answer = body(cached, o.path);
    CHECK(answer != first);
    CHECK(answer == body(uncached, o.path));
    CHECK(nlohmann::json::parse(answer).at("total") == o.total);
  }

  foi::test::write_file(corpus / "c.txt", "Durham Constabulary: a second quokka response.");
  index_into(db, corpus.path());
  nlohmann::json after = nlohmann::json::parse(body(cached, "/api/search?q=quokka"));
  CHECK(after.at("total") == 2);
  CHECK(after.dump() == nlohmann::json::parse(body(uncached, "/api/search?q=quokka")).dump());
}

TEST_CASE("answer cache: the least recently used answers go once the budget is spent; a hit keeps one") {
  auto answer = [](char c) { return std::make_shared<const std::string>(300, c); };
  foi::searchd::AnswerCache cache(1300);  // room for four answers of 301 bytes (key and body), not five
  for (char c : std::string("abcd")) cache.put(std::string(1, c), answer(c));
  REQUIRE(cache.get("a"));  // "a" is now the most recently used
  cache.put("e", answer('e'));
  CHECK(cache.get("a"));
  CHECK_FALSE(cache.get("b"));  // the least recently used went
  CHECK(cache.get("e"));
  CHECK(*cache.get("e") == std::string(300, 'e'));
  foi::searchd::AnswerCache off(0);
  off.put("a", answer('a'));
  CHECK_FALSE(off.get("a"));
}
