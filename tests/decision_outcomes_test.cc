// Decision outcomes: a tribunal's result and a regulator's finding, in our own words shaped as real decisions
// write them, with the traps (a statute quoted, a condition, "struck out" discussed but not ordered).
#include "foi/extract/decision_outcomes.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>

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
      {"IN THE FIRST-TIER TRIBUNAL\nDecision: Appeal Refused.\nDate of Promulgation: 28 July 2015",
       "dismissed"},
      {"Decision: The appeal is allowed in part.\n", "partly allowed"},
      {"DECISION\n1. The appeal is dismissed.\nREASONS", "dismissed"},
      {"15. The Commissioner erred in law.\n16. The decision notice is set aside and this decision stands in "
       "its place.\n",
       "allowed"},
      {"If the decision notice is set aside, the Council must disclose.\n", std::nullopt},
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
      {"We would dismiss this appeal if the information were held. Having seen it, the appeal is allowed.",
       "allowed"},
      {"Section 58 entitles the Tribunal to allow the appeal if the notice is wrong. The appeal is "
       "dismissed.",
       "dismissed"},
      {"The hearing took place on 3 May 2015 at Field House.", std::nullopt},
      // A month's name is not the modal verb: the sentence is the result.
      {"The Tribunal upholds the decision notice dated 4 May 2016 and dismisses the appeal.", "dismissed"},
      {"On that basis, we would dismiss this appeal.", "dismissed"},
      {"The appeal is unanimously dismissed.", "dismissed"},
      {"For these reasons we dismiss the Appellant's appeal.", "dismissed"},
      {"The Tribunal dismisses Mr Smith's appeal and upholds the notice.", "dismissed"},
      // A line of a chronology, a party's request, the statute's fallback: none is the result.
      {"Chronology\n2 March 2016      FTT allows the appeal\n\nDecision\nThe appeal is dismissed.",
       "dismissed"},
      {"The Council applied to have the appeal struck out. We refused that. The appeal succeeds.", "allowed"},
      {"The Commissioner invites the Tribunal to dismiss the appeal. We allow the appeal.", "allowed"},
      {"Otherwise, the Tribunal must dismiss the appeal. We find the notice wrong. The appeal is allowed.",
       "allowed"},
      {"The Commissioner's response upholds the decision notice. We allow the appeal.", "allowed"},
      {"Letting it continue would help nobody to allow the appeal to go on; I therefore strike it out.",
       "struck out"},
      // Qualified in its own sentence: partly allowed.
      {"To that extent, this appeal is allowed.", "partly allowed"},
      {"The Tribunal allows the appeal to the extent set out below and substitutes a notice.",
       "partly allowed"},
      {"We refuse the appeal as to request 1 and allow the appeal as to request 2.", "partly allowed"},
      {"The appeal is allowed. The Council must disclose the list within 35 days.", "allowed"},
  };
  for (const Case& c : cases) {
    std::string text = c.text, got = tribunal(c.text).value_or("none");
    CAPTURE(text);
    CAPTURE(got);
    CHECK(tribunal(c.text) == c.outcome);
  }
}

TEST_CASE("decision outcomes: a decision notice, from the complainant's side, read from its summary") {
  struct Case {
    const char* text;
    std::optional<std::string> outcome;
  };
  const Case cases[] = {
      {"Decision notice\nSummary The Council refused the request under sections 36(2)(c) and 40(2). The "
       "Commissioner has found that they are not engaged and accordingly has ordered release of the "
       "information.\nBackground\n",
       "upheld"},
      {"Decision notice\nThe Commissioner's decision is that the Council was entitled to rely on section "
       "31(1)(a). "
       "The Commissioner does not require any steps.",
       "not upheld"},
      {"Decision notice\nThe Commissioner's decision is that the Trust was not entitled to rely on section "
       "43(2). "
       "The Commissioner requires the public authority to take the following steps.",
       "upheld"},
      {"Decision notice\nThe Commissioner finds the Department was entitled to withhold the names under "
       "section "
       "40(2), but failed to comply with section 10(1) by responding late.",
       "partly upheld"},
      {"Summary: The complainant requested hoax figures. The Commissioner concludes that none of the "
       "exemptions relied upon are engaged. The public authority is required to confirm or deny.",
       "upheld"},
      // The duty stated as law is no finding.
      {"Summary: The complainant requested plans. A public authority is required to respond within 20 "
       "working "
       "days. The Commissioner's decision is that the council was entitled to rely on section 43(2).",
       "not upheld"},
      {"Decision 045/2021\nThe Commissioner finds that the Authority partially failed to comply with Part 1.",
       "partly upheld"},
      // A Scottish decision prints no status: its summary's findings decide, and a negated finding is not
      // one.
      {"Decision 010/2020\nSummary\nThe Commissioner found that the Council had dealt with the request in "
       "accordance "
       "with Part 1 of FOISA. She did not require the Council to take any action.\nRelevant statutory "
       "provisions\n"
       "FOISA section 30(c). The Council failed to comply elsewhere.",
       "not upheld"},
      {"Decision 011/2020\nSummary\nThe Commissioner found that the Ministers were entitled to withhold the "
       "names, "
       "but had wrongly withheld the rest, and required them to disclose it.",
       "partly upheld"},
      {"Decision 012/2020\nSummary\nThe Commissioner was not satisfied that the searches were adequate and "
       "ordered the "
       "Authority to carry out new searches.",
       "upheld"},
      {"Decision 013/2020\nSummary\nThe Commissioner did not agree fully with the Authority's reasons.",
       "partly upheld"},
      {"Decision 014/2020\nSummary\nThe Commissioner found that the requests were vexatious, and so the "
       "Authority was not obliged to respond to them.",
       "not upheld"},
      {"Decision notice\nThe complainant asked for minutes of meetings.", std::nullopt},
  };
  for (const Case& c : cases) {
    std::string text = c.text, got = notice(c.text).value_or("none");
    CAPTURE(text);
    CAPTURE(got);
    CHECK(notice(c.text) == c.outcome);
  }
}
