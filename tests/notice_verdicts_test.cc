// The "Decision(s)" list an ICO decision notice's web page opens with: each ground's verdict, and the
// notice's outcome from them. Texts in our own words, laid out as those pages are.
#include "foi/extract/notice_verdicts.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>

namespace {

std::string listed(std::string_view text) {
  std::string out;
  for (const foi::ListedVerdict& v : foi::listed_verdicts(text)) out += v.ground + "=" + v.verdict + ";";
  return out;
}

}  // namespace

TEST_CASE("notice verdicts: each 'LAW GROUND: VERDICT' of the page's Decision(s) line, and the outcome") {
  struct Case {
    const char* text;
    const char* verdicts;
    std::optional<std::string> outcome;
  };
  const Case cases[] = {
      {"Anytown Borough Council\nDate 4 May 2031\nSector Local government\nDecision(s) FOI 12: Upheld\nThe "
       "complainant asked.",
       "12=upheld;", "upheld"},
      {"Riverside NHS Trust\nDate 4 May 2031\nDecision(s) FOI 40(2): Not upheld, FOI 21: Not upheld\n",
       "40(2)=not upheld;21=not upheld;", "not upheld"},
      {"A University\nDecision(s) FOI 1(1): Partly upheld, FOI 21: Not upheld, FOI 40(2): Not upheld\n",
       "1(1)=partly upheld;21=not upheld;40(2)=not upheld;", "partly upheld"},
      {"A Force\nDecisions: EIR 12(4)(b): Upheld; FOI 31: Not upheld\n", "12(4)(b)=upheld;31=not upheld;",
       "partly upheld"},
      {"A Council\nDecision(s) EIR 12(5)(e): Partially upheld\n", "12(5)(e)=partly upheld;", "partly upheld"},
      // The page's lines as a list, and a ground written with dots.
      {"A Council\n- Date 1 May 2031\n- Decision(s) EIR 12.4.b: Not upheld, EIR 5.2: Upheld\n",
       "12.4.b=not upheld;5.2=upheld;", "partly upheld"},
      {"A Force\n  \u2022 Decision(s) FOI 24: Not upheld\n", "24=not upheld;", "not upheld"},
      // The list stops at the first item of another shape; a list that starts with one is none.
      {"A Council\nDecision(s) FOI 14: Upheld, and costs awarded\n", "14=upheld;", "upheld"},
      {"A Council\nDecision(s) pending\n", "", std::nullopt},
      // A digest's line without the label: each verdict is on a complaint, and says so.
      {"A Trust: ICO 7 Apr 2031\nFOI 17: Complaint upheld FOI 12: Complaint not upheld\n",
       "17=upheld;12=not upheld;", "partly upheld"},
      {"A Trust\nFOI 12: upheld by the council on review\n", "", std::nullopt},
      {"Review outcomes\nFOI 2031/114: Complaint upheld\n", "", std::nullopt},  // a case number, no ground
      // Unlabelled, one verdict a line is a round-up of several rulings, not one notice's list.
      {"Rulings this month\nFOI 40: Complaint upheld\nEIR 12: Complaint not upheld\n", "", std::nullopt},
      {"A Council\nDecision: FOI 17: Complaint upheld\n", "17=upheld;", "upheld"},
      // Prose about a decision, a tribunal's "Decision:" line and a reply's heading are no list.
      {"Decision: the appeal is dismissed. FOI 40: upheld by the Tribunal.\n", "", std::nullopt},
      {"The decision was that FOI 40: Upheld\n", "", std::nullopt},
      {"Decision notice\nThe Commissioner's decision is that the Council was entitled to rely on section "
       "40(2).\n",
       "", std::nullopt},
      {"Decision(s) FOI: Upheld\n", "", std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(listed(c.text) == c.verdicts);
    CHECK(foi::combined_verdict(foi::listed_verdicts(c.text)) == c.outcome);
  }
}
