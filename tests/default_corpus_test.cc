// The default corpus's tribunal decisions (real PDFs, with their decisions.csv rows in corpus/.sources.csv)
// through the real indexer and server: what a newcomer's first searches over them answer.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "searchd_fixture.h"

namespace {

// corpus/tribunal and its sidecar, indexed once for this file.
struct TribunalIndex {
  foi::test::TempDir out;
  std::string db;
  TribunalIndex() : db(out / "db") {
    foi::test::RunResult r = foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db +
                                            "' --sidecar '" + foi::test::source_path("corpus/.sources.csv") +
                                            "' '" + foi::test::source_path("corpus/tribunal") + "'");
    REQUIRE(r.status == 0);
  }
};

TribunalIndex& tribunal() {
  static TribunalIndex t;
  return t;
}

bool cites_under(const nlohmann::json& hit, const std::string& ground) {
  for (const auto& e : hit.at("exemptions")) {
    std::string v = e.get<std::string>();
    if (v == ground || (v.rfind(ground + "(", 0) == 0)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("default corpus: 'section 30' typed as words lists the tribunal decisions that cite s30 first") {
  foi::test::Searchd sd(tribunal().db);
  int citers = sd.json("/api/search?exemption=s30&size=1").at("total").get<int>();
  // The decisions about investigations and police appeals; 1296 quotes s31(1)'s text ("not exempt information
  // by virtue of section 30") without relying on s30, so it is not one.
  REQUIRE(citers >= 4);
  nlohmann::json j = sd.json("/api/search?q=section+30&size=20");
  REQUIRE(j.at("total").get<int>() > citers);  // the words find decisions that do not cite it too
  const auto& hits = j.at("hits");
  for (int i = 0; i < std::min(citers, 10); ++i) {
    CAPTURE(hits[i].at("id"));
    CHECK(cites_under(hits[i], "s30"));
  }
  // Read as words alone, the order is the words' own: some decision that does not cite s30 climbs into the
  // citers' places (otherwise the citation reading would not be what puts them first).
  nlohmann::json words = sd.json("/api/search?q=section+30&words_only=1&size=20");
  int uncited_early = 0;
  for (int i = 0; i < citers; ++i) uncited_early += cites_under(words.at("hits")[i], "s30") ? 0 : 1;
  CHECK(uncited_early > 0);
}

TEST_CASE("default corpus: the tribunal decisions' facets carry the tribunal's own outcomes and links") {
  foi::test::Searchd sd(tribunal().db);
  nlohmann::json j = sd.json("/api/search?size=100");
  CHECK(j.at("total").get<int>() == 36);
  CHECK(foi::test::counts_of(j, "doc_type") == std::map<std::string, int>{{"tribunal_decision", 36}});
  // decisions.csv's "Part Allowed" and "Struck Out" reach the outcome vocabulary, nothing else appears.
  CHECK(foi::test::counts_of(j, "outcome") ==
        std::map<std::string, int>{
            {"allowed", 9}, {"dismissed", 9}, {"partly allowed", 9}, {"struck out", 8}, {"withdrawn", 1}});
  nlohmann::json doc = sd.json("/api/doc?id=" + j.at("hits")[0].at("id").get<std::string>());
  std::string url = doc.at("url").get<std::string>();
  CHECK(url.rfind("http://informationrights.decisions.tribunals.gov.uk/", 0) == 0);
}
