// Refusal grounds typed as words in a query: what they read as, and (over HTTP, on a real index) that the
// documents citing them come first while the words still find the rest.
#include "foi/search/query_citations.h"

#include <doctest/doctest.h>

#include <set>

#include "searchd_fixture.h"

using foi::test::ids_of;

namespace {
foi::test::FixtureIndex& fixture() { return foi::test::shared_fixture(); }

std::vector<std::string> exemptions_read(const std::string& q) {
  std::vector<std::string> out;
  for (const foi::CitationReading& r : foi::read_query_citations(q))
    out.push_back(r.text + " = " + r.exemption);
  return out;
}
}  // namespace

TEST_CASE(
    "query citations: the forms people type read as one canonical ground; other queries read as words") {
  struct Case {
    const char* q;
    std::vector<std::string> read;
  };
  const Case cases[] = {
      {"section 30", {"section 30 = s30"}},
      {"section 30(1)(a) grooming", {"section 30(1)(a) = s30(1)(a)"}},
      {"s.40(2)", {"s.40(2) = s40(2)"}},
      {"s 31(1)(a)", {"s 31(1)(a) = s31(1)(a)"}},
      {"regulation 12(4)(b)", {"regulation 12(4)(b) = EIR r12(4)(b)"}},
      {"FOISA s35", {"s35 = FOISA s35"}},
      {"s40(2) and s31(3) decoy", {"s40(2) and s31(3) = s31(3)", "s40(2) and s31(3) = s40(2)"}},
      {"section 1 request", {}},  // not a refusal ground
      {"s17 refusal notice", {}},
      {"\"section 30\"", {}},       // a phrase is the user's exact words
      {"exemption:s30 decoy", {}},  // a field says what it means already
      {"section 30 OR decoy", {}},  // operators: no split that keeps their meaning
      {"section 30 (decoy widget)", {}},
      {"-section 30", {}},
      {"30 days", {}},
      {"decoy", {}},
  };
  for (const Case& c : cases) {
    std::string q = c.q, got;
    for (const std::string& r : exemptions_read(c.q)) got += r + "; ";
    CAPTURE(q);
    CAPTURE(got);
    CHECK(exemptions_read(c.q) == c.read);
  }
}

TEST_CASE(
    "query citations: documents citing the ground come first, the words find the rest, words_only reads "
    "words") {
  foi::test::Searchd sd(fixture().db);
  nlohmann::json cited = sd.json("/api/search?exemption=s40(2)&size=100");
  std::set<std::string> citing;
  for (const std::string& id : ids_of(cited)) citing.insert(id);
  REQUIRE(citing.size() >= 2);

  nlohmann::json words = sd.json("/api/search?q=s.40(2)&words_only=1&size=100");
  CHECK(words.at("read_as").empty());
  nlohmann::json j = sd.json("/api/search?q=s.40(2)&size=100");
  CHECK(j.at("read_as") == nlohmann::json::parse(R"j([{"text": "s.40(2)", "exemption": "s40(2)"}])j"));
  std::vector<std::string> ids = ids_of(j);
  std::set<std::string> all(ids.begin(), ids.end());
  std::set<std::string> expected = citing;
  for (const std::string& id : ids_of(words)) expected.insert(id);
  CHECK(all == expected);  // the citers and what the words find, each once
  CHECK(static_cast<size_t>(j.at("total").get<int>()) == expected.size());
  for (size_t i = 0; i < ids.size(); ++i) {  // every citer before any document found by its words alone
    CAPTURE(ids[i]);
    CHECK((citing.count(ids[i]) > 0) == (i < citing.size()));
  }
  // The facets count the same set.
  int sum = 0;
  for (const auto& v : j.at("facets").at("doc_type")) sum += v.at("count").get<int>();
  CHECK(sum == j.at("total").get<int>());
}
