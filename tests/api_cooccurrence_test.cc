// /api/cooccurrence over a corpus this test writes, whose grounds are known by hand: exact pair counts at
// both levels, under filters and a query, each pair's count equal to the search for documents citing both.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <utility>

#include "searchd_fixture.h"

namespace {

struct CoIndex {
  foi::test::TempDir corpus, out;
  std::string db;
  CoIndex() : db(out / "db") {
    const std::pair<const char*, const char*> docs[] = {
        {"d1",
         "Kent Police\nDate: 01/02/2019\nThe lorry log is exempt under Section 30(1)(a) and Section "
         "40(2).\n"},
        {"d2",
         "Kent Police\nDate: 02/02/2019\nThe lorry list is exempt under Section 30(1)(b) and Section "
         "40(2).\n"},
        {"d3",
         "Essex Police\nDate: 03/02/2019\nThe lorry plan is exempt under Section 30 and Section 31(3).\n"},
        {"d4", "Essex Police\nDate: 04/02/2019\nThe lorry names are exempt under Section 40(2).\n"},
        {"d5",
         "Kent Police\nDate: 05/02/2019\nWe neither confirm nor deny lorry files: Section 23(5) and Section "
         "24(2).\n"},
        {"d6",
         "Essex Police\nDate: 06/02/2019\nWe neither confirm nor deny lorry files: Section 23(5), Section "
         "24(2) and Section 40(2).\n"},
        {"d7", "Essex Police\nDate: 07/02/2019\nThe lorry figures are attached in full.\n"},
        // Guidance explains grounds without relying on them: no pair.
        {"d8", "Lorry policy\nThis policy explains when Section 30 and Section 40(2) may be relied on.\n"},
    };
    for (const auto& [name, text] : docs) foi::test::write_file(corpus / (std::string(name) + ".txt"), text);
    REQUIRE(foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus.path() + "'")
                .status == 0);
  }
};

CoIndex& co() {
  static CoIndex c;
  return c;
}

using PairCounts = std::map<std::pair<std::string, std::string>, int>;

PairCounts pairs_of(const nlohmann::json& j) {
  PairCounts m;
  for (const auto& p : j.at("pairs")) m[{p.at("a"), p.at("b")}] = p.at("count").get<int>();
  return m;
}

}  // namespace

TEST_CASE("api cooccurrence: sections cited together, counted exactly, under filters and a query") {
  foi::test::Searchd sd(co().db);
  struct Case {
    const char* params;
    int total, citing_two;
    PairCounts pairs;
  };
  const Case cases[] = {
      {"level=section",
       8,
       5,
       {{{"s23", "s24"}, 2},
        {{"s23", "s40"}, 1},
        {{"s24", "s40"}, 1},
        {{"s30", "s31"}, 1},
        {{"s30", "s40"}, 2}}},
      {"level=section&force=Kent+Police", 3, 3, {{{"s23", "s24"}, 1}, {{"s30", "s40"}, 2}}},
      {"level=section&q=exemption:s23",
       2,
       2,
       {{{"s23", "s24"}, 2}, {{"s23", "s40"}, 1}, {{"s24", "s40"}, 1}}},
      {"level=section&q=lorry+figures", 1, 0, {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.params);
    nlohmann::json j = sd.json(std::string("/api/cooccurrence?") + c.params);
    CHECK(j.at("total") == c.total);
    CHECK(j.at("citing_two") == c.citing_two);
    CHECK(pairs_of(j) == c.pairs);
    CHECK(j.at("pairs_total") == c.pairs.size());
  }
}

TEST_CASE("api cooccurrence: every level's pair is the documents a search for both grounds finds") {
  foi::test::Searchd sd(co().db);
  nlohmann::json j = sd.json("/api/cooccurrence?limit=1000");
  PairCounts pairs = pairs_of(j);
  CHECK(pairs.at({"s30", "s40(2)"}) == 2);
  CHECK(pairs.at({"s30(1)", "s40"}) == 2);
  CHECK(pairs.at({"s23(5)", "s24(2)"}) == 2);
  CHECK(pairs.count({"s30(1)(a)", "s30(1)(b)"}) == 0);  // never in one document
  CHECK(pairs.count({"s40", "s40(2)"}) == 0);           // one under the other: no pair
  for (const auto& [ab, n] : pairs) {
    CAPTURE(ab.first);
    CAPTURE(ab.second);
    nlohmann::json s = sd.json("/api/search?size=1&q=exemption:" + ab.first + "+AND+exemption:" + ab.second);
    CHECK(s.at("total") == n);
  }
  // A parent counts the documents citing it or anything under it, as the facet does.
  std::map<std::string, int> grounds;
  for (const auto& e : j.at("exemptions")) grounds[e.at("value")] = e.at("count").get<int>();
  CHECK(grounds.at("s30") == 3);
  CHECK(grounds.at("s30(1)") == 2);
  CHECK(grounds.at("s40") == 4);
  CHECK(grounds.at("s40(2)") == 4);
}

TEST_CASE("api cooccurrence: limit keeps the most cited pairs; bad limits and levels are 400s") {
  foi::test::Searchd sd(co().db);
  nlohmann::json all = sd.json("/api/cooccurrence?level=section");
  nlohmann::json two = sd.json("/api/cooccurrence?level=section&limit=2");
  REQUIRE(two.at("pairs").size() == 2);
  CHECK(two.at("pairs_total") == all.at("pairs_total"));
  for (const auto& p : two.at("pairs")) CHECK(p.at("count") == 2);  // the two pairs of two documents
  for (const char* bad : {"limit=0", "limit=1001", "limit=-1", "limit=x", "limit=", "level=subsection"}) {
    CAPTURE(bad);
    nlohmann::json e = sd.json(std::string("/api/cooccurrence?") + bad, 400);
    CHECK(e.at("error").at("code").get<std::string>().rfind("bad_l", 0) == 0);
  }
  CHECK(sd.json("/api/cooccurrence?page=0", 400).at("error").at("code") == "bad_page");
  CHECK(sd.json("/api/cooccurrence?nonsense=1", 400).at("error").at("code") == "unknown_parameter");
}
