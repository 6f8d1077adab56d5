// Decisions headed by a title rather than labelled parties (foi/extract/court_judgments.h): a European
// court's judgment, an old tribunal's "APPEAL DECISION", a ruling under the tribunal's name, a ruling signed
// for the tribunal with no heading; and the prose, news and office letters that must not read as one.
#include "foi/extract/court_judgments.h"

#include <doctest/doctest.h>

#include <string>

#include "foi/extract/doc_types.h"
#include "tests/doc_type_cases.h"

namespace {

// Short texts in our own words, shaped as the real documents are.
const foi_test::DocTypeCase kCases[] = {
    {"a European court's judgment, headed by its title and date", "",
     "JUDGMENT OF THE COURT (Second Chamber)\n\n4 June 2031 (1)\n\n(Access to documents - Regulation "
     "1049/2001)\n\nIn Case T-1/31,\nA Person, applicant,\nv\nEuropean Commission, defendant,",
     "tribunal_decision"},
    {"a judgment's title on one line with its date", "",
     "Judgment of the Court of 3 May 2031.\nA State v Council of the European Union.\nAction for annulment - "
     "access to documents.",
     "tribunal_decision"},
    {"a news story that quotes a judgment of the Court mid-text is no judgment", "",
     "Transparency win for campaigners\nReporters covering the case said on Monday that the\njudgment of the "
     "Court of 3 May 2031 had changed how documents are released. More follows.",
     "other"},
    {"an old appeal titled 'APPEAL DECISION' under its parties", "",
     "ACME DIRECT LIMITED\nv\nTHE DATA PROTECTION REGISTRAR\nAPPEAL DECISION\nMembers of the Tribunal: A "
     "Person (Chairman)\n1. This is an appeal against an enforcement notice.",
     "tribunal_decision"},
    {"a tribunal's ruling on permission, titled 'RULING' under its name", "",
     "Case no: EA/2031/0042\nIN THE FIRST TIER TRIBUNAL\n(INFORMATION RIGHTS)\nRULING on an APPLICATION "
     "for PERMISSION to APPEAL\nBy\nA PERSON\n1. This ruling concerns an application.",
     "tribunal_decision"},
    {"'Ruling on' heading a news line, with no tribunal named, is no decision", "",
     "Ruling on parking fines expected next week\nThe council said it would publish the figures after the "
     "court has ruled.",
     "other"},
    {"a ruling with no heading, signed by its chairman for the tribunal", "",
     "Background.\nThe appeal will be decided on the papers. The bundles were sent to us late.\nThe "
     "dispute over bundle content.\nWe direct that the closed bundle be served.\n\nDeputy Chairman"
     "                        9 June 2031\nInformation Tribunal\n",
     "tribunal_decision"},
    {"a tribunal office's letter, signed by its clerk, is no decision", "",
     "Dear Ms Brown\nThank you for your letter about your appeal. We have listed it for hearing in June.\n"
     "Yours sincerely\nA Person, Clerk\nInformation Tribunal\n",
     "other"},
};

}  // namespace

TEST_CASE("court judgments: decisions known by their titles or their tribunal's signature") {
  foi_test::check_doc_type_cases(kCases);
}

TEST_CASE("court judgments: the title line and its date, or nothing") {
  struct DateCase {
    const char* text;
    const char* date;  // "" for none
  };
  const DateCase cases[] = {
      {"JUDGMENT OF THE GENERAL COURT (Ninth Chamber)\n\n2 February 2032 (1)\n", "2032-02-02"},
      {"Judgment of the Court of 30 April 2031.\n", "2031-04-30"},
      // the title's date is under it within three lines, not further down
      {"JUDGMENT OF THE COURT (Sixth Chamber)\n(Access to documents)\nIn Case C-1/31\nA Person\n"
       "v\n9 September 2031\n",
       ""},
      // a title further down than the sixth line is no heading
      {"One\nTwo\nThree\nFour\nFive\nSix\nJUDGMENT OF THE COURT\n9 September 2031\n", ""},
      {"The judgment of the Court of 3 May 2031 is reported.\n", ""},
      // EUR-Lex's one-line forms, the parties after the date; a title in capitals with its date
      {"Judgment of the Court of 30 April 2031. - A State v Council of the European Union.\n", "2031-04-30"},
      {"Judgment of the Court (Fifth Chamber) of 12 July 2031. - A Person v Council.\n", "2031-07-12"},
      {"JUDGMENT OF THE COURT OF 30 APRIL 2031\n", "2031-04-30"},
  };
  for (const DateCase& c : cases) {
    CAPTURE(c.text);
    std::optional<foi::Date> d = foi::court_judgment_date(c.text);
    CHECK((d ? d->iso() : std::string()) == std::string(c.date));
  }
  CHECK(foi::court_judgment_title("x\nJUDGMENT OF THE COURT (Sixth Chamber)\n") ==
        std::string_view("JUDGMENT OF THE COURT (Sixth Chamber)"));
  CHECK_FALSE(foi::court_judgment_title("Judgment of the Court was given today in Luxembourg.\n"));
}

TEST_CASE("court judgments: letters, headlines and replies that only look like a titled decision") {
  const char* texts[] = {
      // a headline that opens with a judgment's title and goes on in prose
      "Judgment of the Court of First Instance in the lager case: Commission must release names\nThe court "
      "said on Tuesday ...",
      "Judgment of the Court (Grand Chamber) changes the rules on documents, campaigners say\n",
      // a news page: a ruling named under a headline, the tribunal in the story's body
      "Ruling on royal letters\nReporters were told that the\nparking case is over and\nthe Upper Tribunal "
      "ruled today that the letters must be published.",
      // a letter addressed to the tribunal, and one from its office
      "The Chairman\nInformation Tribunal\nArnhem House\nDear Sir, I wish to appeal against the notice.\n",
      "Your appeal has been listed.\nYours sincerely\nClerk to Judge Smith\nFirst-tier Tribunal\n",
      "Your appeal has been listed for June.\n\nClerk to Judge Smith\nFirst-tier Tribunal\n",
      // a school admission appeal's decision letter
      "APPEAL DECISION\nDear Mrs Jones\nThe independent appeal panel met on 3 May 2031 and upheld your "
      "appeal for a place.",
  };
  for (const char* text : texts) {
    CAPTURE(text);
    CHECK(foi::classify_doc_type(text, "").type != "tribunal_decision");
  }
  // and the real shapes next to them: "RULING" alone under the tribunal's name
  CHECK(foi::classify_doc_type("IN THE FIRST-TIER TRIBUNAL\n(INFORMATION RIGHTS)\nRULING\n1. This is a "
                               "ruling on an application to strike out.",
                               "")
            .type == "tribunal_decision");
}
