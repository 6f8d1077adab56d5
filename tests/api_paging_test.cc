// Deep paging over real HTTP on a real index: pages past the end, and cursors walking a whole match.
#include <doctest/doctest.h>

#include <set>

#include "searchd_fixture.h"

namespace {

foi::test::FixtureIndex& fixture() {
  static foi::test::FixtureIndex f;
  return f;
}

// The ids of an answer's hits (/api/search) or passages (/api/passages).
std::vector<std::string> listed(const nlohmann::json& j) {
  std::vector<std::string> ids;
  for (const auto& h : j.contains("hits") ? j.at("hits") : j.at("passages")) ids.push_back(h.at("id"));
  return ids;
}

std::string with(const std::string& route, const std::string& params, const std::string& more) {
  return route + "?" + params + (params.empty() ? "" : "&") + more;
}

// Follows next_cursor from page 1 to its end; every answer must keep page 1's total and facets.
std::vector<std::string> walk(const foi::test::Searchd& sd, const std::string& route, const std::string& params,
                              unsigned size) {
  nlohmann::json first = sd.json(with(route, params, "size=" + std::to_string(size)));
  std::vector<std::string> ids = listed(first);
  nlohmann::json at = first;
  for (int requests = 0; !at.at("next_cursor").is_null(); ++requests) {
    REQUIRE(requests < 200);  // a cursor that never ends is a failure, not a hang
    std::string cursor = at.at("next_cursor");
    at = sd.json(with(route, params, "size=" + std::to_string(size) + "&cursor=" + cursor));
    CHECK(at.at("page").is_null());
    CHECK(at.at("total") == first.at("total"));
    CHECK(at.at("facets") == first.at("facets"));
    CHECK(listed(at).size() <= size);
    for (const std::string& id : listed(at)) ids.push_back(id);
  }
  return ids;
}

// Searches of every order: relevance (the keyset of weight and id), newest and oldest (keysets of the sort key),
// relevance without words (newest), passages by relevance and by date, collapsed passages (by offset).
const std::vector<std::pair<std::string, std::string>> kWalks = {
    {"/api/search", "q=police"},
    {"/api/search", "q=widget+OR+decoy+OR+section"},
    {"/api/search", ""},
    {"/api/search", "sort=oldest"},
    {"/api/search", "q=police&sort=newest"},
    {"/api/search", "force=Kent+Police&sort=oldest"},
    {"/api/passages", "q=information"},
    {"/api/passages", "sort=oldest"},
    {"/api/passages", "collapse=cluster"},
};

}  // namespace

TEST_CASE("paging: a cursor walks the whole match once, in the order the page numbers give it") {
  foi::test::Searchd sd(fixture().db);
  for (const auto& [route, params] : kWalks) {
    CAPTURE(route);
    CAPTURE(params);
    nlohmann::json all = sd.json(with(route, params, "size=100"));
    std::vector<std::string> expected = listed(all);
    REQUIRE(all.at("total") == expected.size());  // the whole match fits one reference page
    REQUIRE(expected.size() >= 3);  // a walk of several pages at every size
    CHECK(all.at("next_cursor").is_null());
    for (unsigned size : {1u, 2u, 3u}) {
      CAPTURE(size);
      std::vector<std::string> walked = walk(sd, route, params, size);
      CHECK(walked == expected);
      CHECK(std::set<std::string>(walked.begin(), walked.end()).size() == walked.size());
    }
  }
}

TEST_CASE("paging: a page past the end answers 200 with no hits, the true total and page 1's facets") {
  foi::test::Searchd sd(fixture().db);
  for (const auto& [route, params] : kWalks) {
    nlohmann::json first = sd.json(with(route, params, "size=2"));
    unsigned pages = (first.at("total").get<unsigned>() + 1) / 2;
    for (std::string page : {std::to_string(pages + 1), std::string("1001"), std::string("4294967297"),
                             std::string("99999999999999999999999999")}) {
      CAPTURE(route);
      CAPTURE(params);
      CAPTURE(page);
      nlohmann::json past = sd.json(with(route, params, "size=2&page=" + page));
      CHECK(listed(past).empty());
      CHECK(past.at("total") == first.at("total"));
      CHECK(past.at("facets") == first.at("facets"));
      CHECK(past.at("next_cursor").is_null());
    }
    nlohmann::json last = sd.json(with(route, params, "size=2&page=" + std::to_string(pages)));
    CHECK_FALSE(listed(last).empty());
    CHECK(last.at("next_cursor").is_null());  // the last page has nothing after it
  }
}

TEST_CASE("paging: a cursor is taken only by its own search, and never with page") {
  foi::test::Searchd sd(fixture().db);
  std::string cursor = sd.json("/api/search?q=police&size=1").at("next_cursor");
  struct Case {
    std::string path;
    int status;
    std::string code;
  };
  for (const Case& c : std::vector<Case>{
           {"/api/search?q=police&size=1&cursor=" + cursor, 200, ""},
           {"/api/search?q=police&size=5&cursor=" + cursor, 200, ""},  // a walk may change its page size
           {"/api/search?q=widget&size=1&cursor=" + cursor, 400, "bad_cursor"},
           {"/api/search?q=police&sort=oldest&size=1&cursor=" + cursor, 400, "bad_cursor"},
           {"/api/search?q=police&force=Kent+Police&cursor=" + cursor, 400, "bad_cursor"},
           {"/api/passages?q=police&size=1&cursor=" + cursor, 400, "bad_cursor"},
           {"/api/search?q=police&size=1&page=2&cursor=" + cursor, 400, "bad_cursor"},
           {"/api/search?q=police&size=1&cursor=" + cursor.substr(0, cursor.size() - 3), 400, "bad_cursor"},
       }) {
    CAPTURE(c.path);
    nlohmann::json j = sd.json(c.path, c.status);
    if (!c.code.empty()) CHECK(j.at("error").at("code") == c.code);
  }
}

TEST_CASE("paging: a cursor from before the indexer's last commit answers 409 stale_cursor") {
  foi::test::TempDir corpus, out;
  for (const char* name : {"a", "b", "c"})
    foi::test::write_file(corpus / (std::string(name) + ".txt"), std::string("Durham Constabulary quokka ") + name);
  std::string db = out / "db", index = foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus.path() + "'";
  REQUIRE(foi::test::run(index).status == 0);
  foi::test::Searchd sd(db);
  for (std::string params : {"q=quokka", "sort=oldest"}) {
    std::string cursor = sd.json("/api/search?size=1&" + params).at("next_cursor");
    CHECK(sd.json("/api/search?size=1&" + params + "&cursor=" + cursor).at("hits").size() == 1);
  }
  std::string before = sd.json("/api/search?q=quokka&size=1").at("next_cursor");
  foi::test::write_file(corpus / "d.txt", "Durham Constabulary quokka d");
  REQUIRE(foi::test::run(index).status == 0);
  nlohmann::json stale = sd.json("/api/search?q=quokka&size=1&cursor=" + before, 409);
  CHECK(stale.at("error").at("code") == "stale_cursor");
  CHECK(sd.json("/api/search?q=quokka&size=1&page=4").at("hits").size() == 1);  // page numbers start afresh
}
