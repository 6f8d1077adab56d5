// A phrase or NEAR in /api/passages matches words inside one passage (its heading or its body), never
// words that meet only across two passages or across a heading and its body, though the document's text has
// them side by side. Real index by the real foi-index, real foi-searchd over HTTP. This is what any index
// layout for passage words must keep (bench/results/passage-positions.md).
#include <doctest/doctest.h>

#include <set>
#include <sstream>

#include "searchd_fixture.h"

namespace {

// One reply whose paragraphs are passages of their own. The first paragraph ends "... a quokka." and the
// second starts "Wombat burrows", so the document says "quokka wombat" where no passage does; each of the two
// has both words, far apart. The heading "Burrow survey" stands over a body that starts "Wombat".
const char* kLetter =
    "Kent Police\nFreedom of Information Request\nDate: 01/04/2021\n\nDear Applicant,\n\n"
    "Please find our response to your request below.\n\n"
    "Our quokka census ran through the spring, and the wombat colony by the river grew steadily over the\n"
    "year, so that the last animal the volunteers counted was a quokka.\n\n"
    "Wombat burrows were mapped by volunteers from the county, and the separate quokka sightings were\n"
    "logged by rangers on their rounds through the reserve.\n\n"
    "Rangers saw a quokka wombat pairing by the visitor centre twice this year, which was unexpected.\n\n"
    "Burrow survey\n\n"
    "Wombat tracks by the huts of the survey team were photographed every month of the year.\n\n"
    "Yours sincerely,\n\nDisclosure Officer\n";

struct LetterIndex {
  foi::test::TempDir corpus, out;
  std::string db;
  LetterIndex() : db(out / "db") {
    foi::test::write_file(corpus / "kent-quokkas.txt", kLetter);
    foi::test::RunResult r =
        foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus.path() + "'");
    REQUIRE(r.status == 0);
  }
};

LetterIndex& fixture() {
  static LetterIndex f;
  return f;
}

// Each passage found, by the first two words of its text.
std::set<std::string> passages_found(const foi::test::Searchd& sd, const std::string& q) {
  nlohmann::json j = sd.json("/api/passages?boilerplate=1&size=100&q=" + q);
  std::set<std::string> out;
  for (const auto& p : j.at("passages")) {
    std::istringstream words(p.at("text").get<std::string>());
    std::string a, b;
    words >> a >> b;
    out.insert(a + " " + b);
  }
  CHECK(j.at("total") == out.size());
  return out;
}

}  // namespace

TEST_CASE("api passages: a phrase or NEAR matches inside one passage, never across two or a heading") {
  foi::test::Searchd sd(fixture().db);
  using Found = std::set<std::string>;
  const Found rangers{"Rangers saw"}, burrows{"Wombat burrows"}, tracks{"Wombat tracks"};
  struct Case {
    const char* q;
    Found passages;
    bool document;  // whether /api/search finds the letter (the words meet in its text)
  };
  const Case cases[] = {
      {"%22quokka+wombat%22", rangers, true},        // across the first two paragraphs, and inside the third
      {"quokka-wombat", rangers, true},              // a hyphenated word is a phrase too
      {"quokka+NEAR%2F2+wombat", rangers, true},     // likewise NEAR
      {"exact:%22quokka+wombat%22", rangers, true},  // and the words as typed
      {"%22counted+was+a+quokka+wombat%22", {}, true},  // only across the paragraphs: no passage
      {"%22a+quokka+wombat+burrows%22", {}, true},
      {"quokka+NEAR%2F2+burrows", {}, true},  // "quokka. Wombat burrows" in the text only
      {"counted+NEAR%2F4+wombat", {}, true},
      {"%22burrows+were+mapped%22", burrows, true},  // inside one passage
      {"exact:%22quokka+sightings%22", burrows, true},
      {"wombat+NEAR%2F3+mapped", burrows, true},
      {"mapped+NEAR%2F3+wombat", burrows, true},  // NEAR in either order
      {"%22burrow+survey%22", tracks, true},      // inside a heading
      {"%22survey+wombat%22", {}, true},          // a heading's last word, its body's first
      {"survey+NEAR%2F1+wombat", {}, true},
      {"%22survey+team%22", tracks, true},
      {"quokka+wombat", {"Our quokka", "Wombat burrows", "Rangers saw"}, true},  // words alone: anywhere
  };
  for (const Case& c : cases) {
    std::string q = c.q;
    CAPTURE(q);
    CHECK(passages_found(sd, c.q) == c.passages);
    CHECK(sd.json(std::string("/api/search?q=") + c.q).at("total") == (c.document ? 1 : 0));
  }
}
