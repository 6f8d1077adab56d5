// Decision dates: which of the several dates a tribunal decision or a Commissioner's notice prints is its
// own, in our own words shaped as decisions lay them out, with the dates that must not be taken.
#include "foi/extract/decision_dates.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>

namespace {
std::optional<std::string> tribunal(const std::string& text) {
  auto r = foi::tribunal_decision_date(text);
  return r ? std::optional<std::string>(r->date.iso()) : std::nullopt;
}
std::optional<std::string> notice(const std::string& text) {
  auto r = foi::notice_decision_date(text);
  return r ? std::optional<std::string>(r->date.iso()) : std::nullopt;
}
struct Case {
  std::string text;
  std::optional<std::string> date;
};
}  // namespace

TEST_CASE("decision dates: a tribunal decision's labels, its two-column heading and its signature") {
  const Case cases[] = {
      {"Appeal EA/2030/0001\nDate of hearing: 3 March 2021\nDate of decision: 19 March 2021\n", "2021-03-19"},
      {"Decision Date:      2 May 2019\nDate Promulgated:   9 May 2019\n", "2019-05-02"},
      {"Decision given on 14 July 2016\n", "2016-07-14"},
      // A label alone on its line, the date on the next.
      {"Date of Decision\n\n  4 February 2015\n", "2015-02-04"},
      // Older decisions: the heading in two columns, the promulgation date under its label on the right.
      {"Heard at a hearing centre                       Decision Promulgated\n"
       "On 2nd. October, 2007                           6th. November, 2007\n",
       "2007-11-06"},
      {"Considered on the papers                   Decision Promulgated on:\n"
       "12 March 2010\n"
       "                                           19 March 2010\n",
       "2010-03-19"},
      // The judge's signed date above the office's promulgation stamp is when it was decided.
      {"Judge A Person\nDate: 3 June 2020\nDate Promulgated: 5 June 2020\n", "2020-06-03"},
      {"28. We dismiss the appeal.\n\nA Person QC\n\n11 May 2017\nPromulgated: 19 May 2017\n", "2017-05-11"},
      // The signatory's title below the stamp still signs the date above it.
      {"The appeal is dismissed.\n\n(Signed)\n\nA Person                    DATE: 17 September 2030\n"
       "PROMULGATION DATE: 27 September 2030\nChamber President\n",
       "2030-09-17"},
      // Both on the signature's line, the decision's date first.
      {"9. The appeal is dismissed.\n\nJudge A Person\n"
       "   Date: 10 March 2020 \xE2\x80\x93 Promulgated: 11 March 2020\n",
       "2020-03-10"},
      // A date far above the stamp, or not under a signatory, is not the signature's.
      {"Heard on 2 May 2017\n\nBefore\nA Person\nB Person\n\nDate Promulgated: 19 May 2017\n", "2017-05-19"},
      {"The hearing was on\n2 May 2017\nPromulgation date: 19 May 2017\n", "2017-05-19"},
      // A correction note between the signature and the stamp, dated under its own signature, is passed over.
      {"The appeal is struck out.\n\nJudge A Person\nDated 7 April 2016\n\nAmended under rule 40 of the "
       "Rules\n(paragraph 2).\nJudge A Person\n14 April 2016\n\nPromulgated 15th April 2016\n",
       "2016-04-07"},
      {"Promulgation date: 30th October 2019\n", "2019-10-30"},
      {"Date of Promulgation:\xEF\x80\xA0\xEF\x80\xA0 11 August 2014\n", "2014-08-11"},
      // No label: the signature's date at the end.
      {"1. The appeal is dismissed.\n\nSigned\nJudge A Person\nJudge of the First-tier Tribunal\nDate: 21 "
       "April "
       "2020\n",
       "2020-04-21"},
      {"22. We dismiss the appeal.\n\nA Person QC                                         8 April 2015.\n",
       "2015-04-08"},
      {"12. The appeal fails.\n\nDated this 6th day of May 2015\nA Person\nTribunal Judge\n", "2015-05-06"},
      {"For these reasons the appeal is allowed.\n\nA Person\nDeputy Chairman\n\nFriday 2 April 2007\n",
       "2007-04-02"},
      // A law report's title: the date after the neutral citation, not the decision under appeal's label.
      {"Doe v The Information Commissioner [2031] UKUT 12 (AAC) (21 March 2031)\n\nAppeal No. "
       "UA-2030-000123\n"
       "\nThe decision under appeal:\nDecision Date: 4 September 2030\n",
       "2031-03-21"},
      {"Neutral Citation Number: [2031] UKUT 12 (AAC)\n\nDecision Date: 4 September 2030\n", "2030-09-04"},
      // A European court's judgment: the date under its title (a footnote mark after it, the title over two
      // lines) or in the title itself; not the date it was delivered in open court at the end.
      {"JUDGMENT OF THE COURT OF FIRST INSTANCE (Fourth\nChamber, Extended Composition)\n\n17 June 2031 (1)\n"
       "\nIn Case T-9/31 ...\n\nDelivered in open court in Luxembourg on 20 June 2031.\n",
       "2031-06-17"},
      {"Judgment of the Court of 30 April 2031.\nA State v Council.\n", "2031-04-30"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(tribunal(c.text) == c.date);
  }
}

TEST_CASE(
    "decision dates: a tribunal decision's hearing, quoted notice and correction dates are not its own") {
  const Case cases[] = {
      // The hearing date alone, or the notice under appeal "Dated:" in the heading.
      {"Heard at Field House\nOn 26 November 2019\n\nBefore\nJUDGE A PERSON\n", std::nullopt},
      {"Date of hearing: 6 October 2014\nThe appeal is dismissed.\n", std::nullopt},
      {"Appeal against Decision Notice FS50000000\nDated: 12th. June, 2013\n\nThe appeal is dismissed.\n",
       std::nullopt},
      // Prose about promulgation is not a label.
      {"The earlier decision was promulgated on 8 August 2008 and dealt with stage 1.\n", std::nullopt},
      // A left column that runs into the promulgation date's column is not the date.
      {"Heard at a hearing centre on several days      Decision Promulgated\n"
       "On 5 November 2008 and subsequently on the 10 March 2009\n",
       std::nullopt},
      // A correction after the signature with no date on its own line: the signature's date stands.
      {"The appeal is allowed.\n\nA Person\nTribunal Judge\n13 May 2013\n\nCorrected under the slip rule "
       "(rule "
       "40)\n15 May 2013\n",
       "2013-05-13"},
      // Issued again, corrected: the later date it was sent again, not a date before the words.
      {"Date of decision: 16 October 2014\n\nRe-promulgated 20 October 2014\n", "2014-10-20"},
      {"Signed A Person\nJudge\nDate: 1 March 2019\nAs amended under rule 40 on 9 March 2019\n",
       "2019-03-09"},
      // A correction noted, not issued again: the decision's own date.
      {"Signed A Person\nJudge\nDate: 1 March 2019\nAmended under rule 40 on 9 March 2019\n", "2019-03-01"},
      {"Date of decision: 5 June 2012\n\nParagraph 9 amended on 18 June 2012 under rule 40\n", "2012-06-05"},
      {"Judge A Person\nDATE: 17 July 2019\n\nRe-issued on 2 August 2019, amended under rule 40\n",
       "2019-08-02"},
      {"Date of decision: 16 October 2014\nOn 1 October 2014 the decision was re-issued to fix a typo.\n",
       "2014-10-16"},
      // The words must open their line: history and a request "as amended" are no re-issue.
      {"Date of decision: 14 December 2030\nThe council has amended its scheme, as amended on 1 April "
       "2031.\n",
       "2030-12-14"},
      {"Date of decision: 14 December 2030\nThe Commissioner re-issued the notice on 3 June 2031.\n",
       "2030-12-14"},
      // Nothing to replace: no re-issue date stands alone.
      {"The request, as amended on 12 May 2031, sought the files.\nAs amended on 12 May 2031\n",
       std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(tribunal(c.text) == c.date);
  }
}

TEST_CASE("decision dates: a file that binds several rulings on one appeal") {
  // Each ruling ends with its judge's signature and the next opens with the tribunal's heading.
  const std::string decided =
      "IN THE FIRST-TIER TRIBUNAL\nAppeal No: EA/2030/0001\n\n1. We strike out the appeal.\n\n"
      "A Person                                      3 May 2030\nTribunal Judge\n\n  7\n";
  const std::string permission =
      "IN THE MATTER OF AN APPEAL TO THE FIRST-TIER TRIBUNAL\nAppeal No: EA/2030/0001\n\n"
      "RULING ON AN APPLICATION FOR PERMISSION TO APPEAL\n\n1. Permission to appeal is refused.\n\n"
      "A Person\nTribunal Judge\nDated: 20 June 2030\n";
  const std::string earlier_ruling =
      "IN THE FIRST TIER TRIBUNAL\nAppeal No: EA/2030/0001\n\nRuling on an application to strike out\n\n"
      "1. The application is refused for now, and permission to appeal is a matter for later.\n\n"
      "A Person                                      2 February 2030\nTribunal Judge\n";
  const std::string strike_out =
      "IN THE FIRST TIER TRIBUNAL\nAppeal No: EA/2030/0001\n\nSTRIKE OUT UNDER RULE 8(3)\n\n"
      "1. I refused permission to appeal on 20 June 2030; the appeal is now struck out.\n\n"
      "A Person                                      9 August 2030\nTribunal Judge\n";
  const Case cases[] = {
      // A later ruling on permission to appeal is about the decision, not the decision.
      {decided + permission, "2030-05-03"},
      // An earlier ruling bound after the final decision: the decision is the latest.
      {decided + earlier_ruling, "2030-05-03"},
      // The final strike-out after a ruling on permission: the latest that decides the appeal; the words
      // "permission to appeal" in its paragraphs do not make it a ruling on permission.
      {earlier_ruling + "\n" + permission + "\n" + strike_out, "2030-08-09"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(tribunal(c.text) == c.date);
  }
}

TEST_CASE("decision dates: a Commissioner's notice, from its Decision Date, its heading or its signature") {
  const Case cases[] = {
      {"Decision 001/2030 Someone and the Council\nDecision Date: 26 June 2013\n", "2013-06-26"},
      {"Freedom of Information Act 2000 (FOIA)\nDecision notice\n\nDate:        28 January 2015\n"
       "Public Authority: A Council\n",
       "2015-01-28"},
      {"Summary\n\nThe authority failed to respond.\n\nDated the 2nd day of March 2010\n\nSigned\n",
       "2010-03-02"},
      {"The Commissioner requires no steps.\n\nA Person\nScottish Information Commissioner\n14 January "
       "2008\n",
       "2008-01-14"},
      // A copy that ran the heading's lines together still labels the date with "Date:".
      {"1 Freedom of Information Act 2000 (Section 50) Decision Notice Date: 2 March 2030 Public Authority: "
       "A "
       "Council Address: 1 High Street. Summary The complainant asked.\n",
       "2030-03-02"},
      // An ICO decision page's lines as a list: "- Date", "• Date".
      {"A Council\n- Date 19 September 2030\n- Sector Local government\n", "2030-09-19"},
      {"A Force\n  \u2022 Date 26 June 2031\n  \u2022 Sector Police\n", "2031-06-26"},
      // The ICO's list of notices opens each summary with its date and sector.
      {"3 July 2030, Local government (Borough council)\nThe complainant asked for plans.\n", "2030-07-03"},
      // A browser's print header is no summary's date.
      {"21/11/2031, 09:14 Decision 045/2016 - Scottish Information Commissioner\nThe applicant asked.\n",
       std::nullopt},
      // "Date of request" labels another date; "Update:" is no "Date:".
      {"Date of request: 3 March 2012\nThe council refused the request.\n", std::nullopt},
      {"Notice heading. Update: 3 March 2012 the council replied.\n", std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(notice(c.text) == c.date);
  }
}

TEST_CASE("decision dates: the reason names the label or rule that decided") {
  auto r = foi::tribunal_decision_date("Date of decision: 19 March 2021\n");
  REQUIRE(r);
  CHECK(r->reason == "'Date of decision' label");
  r = foi::tribunal_decision_date("The appeal fails.\n\nA Person\nTribunal Judge\nDated: 2 May 2019\n");
  REQUIRE(r);
  CHECK(r->reason == "the signature's 'Dated' at the end");
}
