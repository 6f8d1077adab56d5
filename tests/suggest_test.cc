// Spelling suggestions change misspelt words only, on a real index (the fixture corpus), and over HTTP they
// come whenever a query finds few documents and the respelt one finds more.
#include "foi/search/suggest.h"

#include <doctest/doctest.h>

#include "searchd_fixture.h"

namespace {
foi::test::FixtureIndex& fixture() { return foi::test::shared_fixture(); }
}  // namespace

TEST_CASE(
    "suggest: only misspelt plain words change; numbers, citations, fields, operators and wildcards stay") {
  Xapian::Database db(fixture().db);
  struct Case {
    const char* typed;
    std::optional<std::string> suggested;
  };
  const Case cases[] = {
      {"decoyz", "decoy"},
      {"exemtion section 31", "exemption section 31"},    // the number is not respelt ("13")
      {"decoyz s.40(2) s31(3)", "decoy s.40(2) s31(3)"},  // nor a citation
      {"doc_type:thred decoyz", "doc_type:thred decoy"},  // nor a field or its value
      {"authority:\"Kent Polise\" decoyz", "authority:\"Kent Polise\" decoy"},
      {"decoyz AND widget NOT gizmo", "decoy AND widget NOT gizmo"},
      {"-decoyz \"child decoyz\"", "-decoy \"child decoy\""},
      {"decoyz*", std::nullopt},       // a wildcard is the user's own pattern
      {"decoy widget", std::nullopt},  // words the index holds
      {"31 40", std::nullopt},
      {"xq", std::nullopt},  // too short to respell
      {"", std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.typed);
    CHECK(foi::suggest_query(db, c.typed) == c.suggested);
  }
}

TEST_CASE("suggest: a query that finds few documents offers a respelling that finds more, and only then") {
  foi::test::Searchd sd(fixture().db);
  nlohmann::json few = sd.json("/api/search?q=widgetz+OR+decoy");  // the three decoy threads
  CHECK(few.at("total") == 3);
  CHECK(few.at("suggestion") == "widget OR decoy");
  nlohmann::json none = sd.json("/api/search?q=decoyz");
  CHECK(none.at("total") == 0);
  CHECK(none.at("suggestion") == "decoy");
  nlohmann::json cited = sd.json("/api/search?q=exemtion+section+31");
  CHECK(cited.at("suggestion") == "exemption section 31");
  // Under a filter that the respelt query cannot satisfy either, nothing is offered.
  CHECK(sd.json("/api/search?q=decoyz&force=Kent+Police").at("suggestion").is_null());
  // A field value is never respelt: the query stays as typed, with no suggestion.
  CHECK(sd.json("/api/search?q=doc_type:thread+decoy").at("suggestion").is_null());
  CHECK(sd.json("/api/search?q=decoy").at("suggestion").is_null());
}
