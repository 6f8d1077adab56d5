// Decision outcomes: a tribunal's result and a regulator's finding, in our own words shaped as real decisions
// write them, with the traps (a statute quoted, a condition, "struck out" discussed but not ordered).
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "foi/extract/decision_outcomes.h"

namespace {
std::optional<std::string> tribunal(const char* text) {
  auto r = foi::tribunal_outcome(text);
  return r ? std::optional<std::string>(r->outcome) : std::nullopt;
}
std::optional<std::string> notice(const char* text) {
  auto r = foi::notice_outcome(text);
  return r ? std::optional<std::string>(r->outcome) : std::nullopt;
}
}  // namespace

TEST_CASE("decision outcomes: a tribunal's result, from its Decision line or its first statement of it") {
  struct Case {
    const char* text;
    std::optional<std::string> outcome;
  };
  const Case cases[] = {
      {"IN THE FIRST-TIER TRIBUNAL\nDecision: Appeal Refused.\nDate of Promulgation: 28 July 2015", "dismissed"},
      {"Decision: The appeal is allowed in part.\n", "partly allowed"},
      {"DECISION\n1. The appeal is dismissed.\nREASONS", "dismissed"},
      {"DECISION\nThe Tribunal allows the appeal and substitutes the following Decision Notice.", "allowed"},
      {"The Tribunal allows the appeal in part and substitutes a decision notice.", "partly allowed"},
      {"For these reasons the appeal is therefore allowed. The Council must respond.", "allowed"},
      {"4. This appeal is, accordingly, struck out.", "struck out"},
      {"The Appellant's notice of withdrawal was received; the Tribunal consents.", "withdrawn"},
      {"The appeal succeeds in part, as to the names only.", "partly allowed"},
      {"The application is refused.", "dismissed"},
      {"(iv) Appeal number EA/2019/0058 (Enforcement Notice) is dismissed.", "dismissed"},
      // A statute quoted: "must allow the appeal or substitute" is the Tribunal's power, not its result.
      {"Under s.58, if the notice is not in accordance with the law, the Tribunal must allow the appeal or "
       "substitute such other notice. We find it is. The appeal is dismissed.",
       "dismissed"},
      // A strike-out asked for, then refused; the appeal itself fails later.
      {"The Commissioner asked for the appeal to be struck out. We decline. The appeal fails.", "dismissed"},
      {"We would dismiss this appeal if the information were held. Having seen it, the appeal is allowed.", "allowed"},
      {"Section 58 entitles the Tribunal to allow the appeal if the notice is wrong. The appeal is dismissed.",
       "dismissed"},
      {"The hearing took place on 3 May 2015 at Field House.", std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(tribunal(c.text) == c.outcome);
  }
}

TEST_CASE("decision outcomes: a decision notice, from the complainant's side, read from its summary") {
  struct Case {
    const char* text;
    std::optional<std::string> outcome;
  };
  const Case cases[] = {
      {"Decision notice\nThe Commissioner's decision is that the Council was entitled to rely on section 31(1)(a). "
       "The Commissioner does not require any steps.",
       "not upheld"},
      {"Decision notice\nThe Commissioner's decision is that the Trust was not entitled to rely on section 43(2). "
       "The Commissioner requires the public authority to take the following steps.",
       "upheld"},
      {"Decision notice\nThe Commissioner finds the Department was entitled to withhold the names under section "
       "40(2), but failed to comply with section 10(1) by responding late.",
       "partly upheld"},
      {"Decision 045/2021\nThe Commissioner finds that the Authority partially failed to comply with Part 1.",
       "partly upheld"},
      {"Decision notice\nThe complainant asked for minutes of meetings.", std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(notice(c.text) == c.outcome);
  }
}
