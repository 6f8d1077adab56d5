// Shapes a held-out set of real pages brought (eval/README.md, held-out 11), each rule with the near miss it
// must leave alone: a refusal with no letter around it, pages that explain the process to any requester, a
// law report's line of verdicts with no label, a decision's body written short in lower case, parties set in
// capitals with their role on the same line, a tribunal's oral decision, a blog's "Last updated on" and a
// committee's meeting date, and bodies of Wales and Northern Ireland. Short texts in our own words.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>

#include "foi/extract/authorities.h"
#include "foi/extract/dates.h"
#include "foi/extract/decision_dates.h"
#include "foi/extract/decision_outcomes.h"
#include "foi/extract/decision_parties.h"
#include "foi/index/extract_record.h"
#include "tests/doc_type_cases.h"

namespace {

const foi_test::DocTypeCase kKinds[] = {
    {"a cost refusal published with no letter around it", "",
     "Vehicle thefts:\nI can confirm that Anyshire Police holds the information requested. Reviewing the "
     "3,000 "
     "reports would exceed the appropriate cost limit of £450 under s12(1) Freedom of Information Act "
     "2000.\nPlease accept this as a Refusal Notice as per s17(1) of the Act.",
     "response"},
    {"a page on reviews for every requester", "",
     "Reviews of information requests\nAll requesters have the right to complain about the handling of a "
     "request made under the Freedom of Information Act 2000.\nThe review will be conducted by an officer "
     "who took no part in the first decision.",
     "guidance"},
    {"a page on what follows a request", "",
     "What happens after I make my request?\nWe aim to acknowledge all FOI requests within 2 working days.\n"
     "We may:\n- provide the information\n- tell you we do not hold it",
     "guidance"},
    // A log entry that never names the Act: its request number and labelled result; a fire service's
    // "Ref: FOI/..." heading; a reply that says what its search established.
    {"a log entry's request number and labelled result", "",
     "Request Number: 003101/31\nDate of Decision: 31 March 2031\nSubject Area: Operational\nDecision: "
     "Disclosed\nWhy is the appendix not published?\nThe appendix is now attached.",
     "response"},
    {"a reply under its 'Ref: FOI' heading", "",
     "Ref: FOI/31001\nRE: FREEDOM OF INFORMATION ACT 2000 REQUEST\nAnyshire Fire Service has now completed "
     "its "
     "search. Please find below a summary of our findings.\nCalls on 5 November: 412",
     "response"},
    {"a reply that says what its search established", "",
     "Widget disclosures\n6 August 2031\nThank you for your email of 2 May 2031 under the Freedom of "
     "Information (Scotland) Act 2002 asking how often widgets were disclosed.\nFollowing a search of our "
     "records, I have established that there is one such instance.",
     "response"},
    // Near misses: a reply that offers a review in its closing lines is still the reply; a tribunal's
    // "Decision:" line is no log entry's result.
    {"guidance that tells requesters to write 'Ref: FOI'", "How to follow up a request",
     "How to follow up a request\nWhen you write again, put Ref: FOI and your number in the subject line. "
     "This guidance explains how we handle follow-ups under the Freedom of Information Act.",
     "guidance"},
    {"a news story with a line of verdicts", "",
     "Council loses at the Commissioner\nThe watchdog ruled on the town's refusal last week.\nFOI 10: Upheld "
     "FOI 17: Upheld\nThe council said it would comply.",
     "other"},
    {"a requester's note calling a reply a refusal notice", "",
     "Anna Person left an annotation\nI read this as a refusal notice, though the council never says so. I "
     "will ask for an internal review of the Freedom of Information reply.",
     "other"},
    {"a tribunal decision's 'Decision:' line", "",
     "Request Number: EA/2031/0001\nDecision: The appeal is dismissed.\nThe Tribunal heard the appeal on the "
     "papers.",
     "other"},
    {"a reply offering its review", "",
     "Dear Ms Field,\nFreedom of Information request FOI 31/77\nPlease find attached the figures you asked "
     "for.\nIf you are unhappy with this response you can request an internal review.\nYours sincerely,\n"
     "Information Team",
     "response"},
};

struct DateCase {
  const char* text;
  std::optional<std::string> iso;
};

std::optional<std::string> iso(const std::optional<foi::Date>& d) {
  return d ? std::optional<std::string>(d->iso()) : std::nullopt;
}

}  // namespace

TEST_CASE("page shapes: kinds read from a refusal without a letter and from pages for every requester") {
  foi_test::check_doc_type_cases(kKinds);
}

TEST_CASE("page shapes: a page's date after 'Last updated on' or a committee's 'Meeting:'") {
  const DateCase cases[] = {
      {"Policing, mostly\n\nA match for the request\n\nLast updated on May 8th, 2031 at 11:37 am\n",
       "2031-05-08"},
      {"Policing, mostly\nLast updated on: 9 May 2031\n", "2031-05-09"},
      // A meeting's date is no page's own date: a reply may print one ("Meeting: 20/10/2031").
      {"Issue - items at meetings\nMeeting: 20/10/2031 - Scrutiny Committee (Item 52)\n", std::nullopt},
      {"Last updated: 3 March 2031\n", "2031-03-03"},
      {"Last updated on the website in due course\n", std::nullopt},  // no date after "on"
  };
  for (const DateCase& c : cases) {
    CAPTURE(c.text);
    CHECK(iso(foi::page_date(c.text)) == c.iso);
  }
}

TEST_CASE("page shapes: a tribunal decision given orally and then in writing is dated by the oral decision") {
  const DateCase cases[] = {
      {"First-tier Tribunal\nHeard on: 24 October 2031\nDecision given orally on: 20 December 2031\nDecision "
       "given in writing on: 21 December 2031\n",
       "2031-12-20"},
      {"First-tier Tribunal\nDecision given in writing on: 21 December 2031\n", "2031-12-21"},
  };
  for (const DateCase& c : cases) {
    CAPTURE(c.text);
    std::optional<foi::DateReading> r = foi::tribunal_decision_date(c.text);
    CHECK((r ? std::optional<std::string>(r->date.iso()) : std::nullopt) == c.iso);
  }
}

TEST_CASE("page shapes: a decision's authority written short in lower case, or set in capitals by its role") {
  struct Case {
    const char* text;
    std::optional<std::string> authority;
  };
  const Case cases[] = {
      {"2 March 2031, Local government\nThe complainant asked about a school roof and talks between the "
       "school "
       "and Anyshire County Council (the council). The council refused part of it. The council later gave "
       "some of it.\n",
       "Anyshire County Council"},
      {"Between:\nJANE PERSON Appellant\nand\nTHE INFORMATION COMMISSIONER\nLITTLE ANYTON PARISH COUNCIL "
       "Respondents\n\nDecision: The appeal is dismissed.\n",
       "Little Anyton Parish Council"},
      // Held-out 12: an office holder with the department in brackets; a consortium among the parties.
      {"Secretary of State for Widgets (Department for Education)\n- Date 26 March 2031\n- Sector Central "
       "government\n- Decision(s) FOI 23: Not upheld\nThe complainant asked for a file.\n",
       "Department for Education"},
      {"Between\nJOHN PERSON\nAppellant\nand\nTHE INFORMATION COMMISSIONER\nFirst Respondent\nTHE ANYSHIRE "
       "CONSORTIUM OF GRAMMAR SCHOOLS\nSecond Respondent\nDecision: The appeal is allowed.\n",
       "Anyshire Consortium of Grammar Schools"},
      {"Between:\nJANE PERSON Appellant\nand\nTHE INFORMATION COMMISSIONER First Respondent\nANYTOWN CITY "
       "COUNCIL Second Respondent\n\nDecision: The appeal is dismissed.\n",
       "Anytown City Council"},
      // Near misses: a short name used once is no short name; a role in a sentence is no parties line.
      {"2 March 2031, Local government\nThe complainant wrote about Anyshire County Council (the council) "
       "and "
       "a school.\n",
       std::nullopt},
      {"The complainant, who was the appellant in an earlier case, wrote to nobody in particular.\n",
       std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    std::optional<foi::DecisionAuthority> r = foi::decision_authority(c.text);
    CHECK((r ? std::optional<std::string>(r->authority) : std::nullopt) == c.authority);
  }
}

TEST_CASE(
    "page shapes: a digest's line of verdicts, weighed with its summary when it lists some grounds only") {
  struct Case {
    const char* text;
    std::optional<std::string> outcome;
  };
  const Case cases[] = {
      {"20 March 2031, Local government\nThe complainant asked Anyton District Council about enforcement. "
       "The "
       "council has correctly withheld parts 2 to 6 under regulation 12(5)(b) but breached regulation "
       "5(2).\nEIR 5(1): Not upheld EIR 5(2): Upheld EIR 12(5)(b): Not upheld\n",
       "partly upheld"},
      {"7 July 2031, Local government\nThe Commissioner's decision is that the council has correctly relied "
       "on "
       "12(5)(b) but has breached regulation 5(2) of the EIR.\nEIR 5: Upheld EIR 11: Upheld\n",
       "partly upheld"},
      {"7 July 2031, Central government\nThe Commissioner's decision is that the department failed to "
       "respond "
       "in time.\nFOI 10: Upheld FOI 17: Upheld\n",
       "upheld"},
      {"Decision 031/2031\nThe Commissioner found that the Council had failed to deal with the requests in "
       "accordance with the EIRs.\n",
       "upheld"},
      // A law report's digest labels its list "Section of Act/EIR & Finding", a dash for the colon.
      {"Summary: The complainant asked the University of Anytown for job details. The Commissioner finds "
       "that "
       "the University has failed to respond.\nSection of Act/EIR & Finding: FOI 1 - Complaint Upheld, FOI "
       "10 - "
       "Complaint Upheld\n",
       "upheld"},
      {"Summary: The complainant asked the University of Anytown for job details.\nSection of Act/EIR and "
       "Finding: FOI 1 \xE2\x80\x93 Complaint Upheld\n",
       "upheld"},
      // Near miss: a sentence that goes on after the verdicts is no digest line.
      {"Ten notices this month. FOI 10: Upheld FOI 17: Upheld, said the round-up, and more to come.\n",
       std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    std::optional<foi::OutcomeReading> r = foi::notice_outcome(c.text);
    CHECK((r ? std::optional<std::string>(r->outcome) : std::nullopt) == c.outcome);
  }
}

TEST_CASE("page shapes: bodies of Wales, Northern Ireland and the Crown under one name each") {
  const std::pair<const char*, const char*> cases[] = {
      {"His Majesty's Treasury", "HM Treasury"},
      {"His Majesty’s Revenue and Customs", "HM Revenue and Customs"},
      {"Southern Health & Social Care Trust", "Southern Health and Social Care Trust"},
      {"Belfast HSC Trust", "Belfast Health and Social Care Trust"},
      {"Northern Ireland Assembly Commission", "Northern Ireland Assembly Commission"},
      {"Swansea Bay UHB", "Swansea Bay University Health Board"},
      {"Belfast Trust", "Belfast Health and Social Care Trust"},
      {"Transport Scotland", "Transport Scotland"},
      {"Cardiff & Vale University Health Board", "Cardiff and Vale University Health Board"},
      {"Velindre NHS Trust", "Velindre University NHS Trust"},
  };
  for (const auto& [name, canonical] : cases) {
    CAPTURE(name);
    CHECK(foi::canonical_authority(name) == std::optional<std::string>(canonical));
  }
  // The legislatures themselves are named in passing by many replies ("passed by the Scottish Parliament"):
  // not the bodies that answer for them.
  for (const char* name : {"Scottish Parliament", "Northern Ireland Assembly"}) {
    CAPTURE(name);
    CHECK(foi::canonical_authority(name) !=
          std::optional<std::string>("Scottish Parliamentary Corporate Body"));
    CHECK(foi::canonical_authority(name) !=
          std::optional<std::string>("Northern Ireland Assembly Commission"));
  }
}

TEST_CASE("page shapes: a review that upholds the first answer in part is not read as giving; cost words") {
  struct Case {
    const char* text;
    const char* outcome;
    bool cost_refusal;
  };
  const Case cases[] = {
      // "Partially upheld" on its lateness alone, the exemption kept: still a refusal.
      {"Dear Mr Person\nFreedom of Information Act 2000 (FOIA) - Review\nI have now conducted a review. Your "
       "complaint is partially upheld: the reply was late. The exemption at section 43(2) still applies and "
       "the information is withheld.\nYours sincerely\nLegal Services",
       "refused", false},
      {"Dear Mr Person\nFreedom of Information Act 2000 (FOIA) - Review\nI have now conducted a review and "
       "the "
       "decision is upheld. The request was refused citing the costs exemption set out in section 12 of "
       "FOIA.\nYours sincerely\nLegal Services",
       "refused", true},
      {"Dear Mr Person\nFreedom of Information Act 2000 (FOIA) - Review\nI have now conducted a review. We "
       "decided not to apply the costs exemption and the information is attached.\nYours "
       "sincerely\nLegal Services",
       "disclosed", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    foi::Record r = foi::extract_record({c.text, "review.txt", "review.txt"});
    CHECK(r.doc_type == "internal_review");
    CHECK(r.outcome == std::optional<std::string>(c.outcome));
    CHECK((std::find(r.exemptions.begin(), r.exemptions.end(), "s12(1)") != r.exemptions.end()) ==
          c.cost_refusal);
  }
}

TEST_CASE("page shapes: a log entry read by its 'Decision:' line, not dated by its 'Date of Decision'") {
  const char* text =
      "Request Number: 003101/31\nDate of Decision: 31 March 2031\nSubject Area: Operational\nDecision: "
      "Disclosed\nWhy is the appendix not published?\nThe appendix is now attached.\n";
  foi::Record r = foi::extract_record({text, "log.txt", "log.txt"});
  CHECK(r.doc_type == "response");
  CHECK(!r.date);  // "Date of decision" may head an answer's table: not read as the entry's date
  CHECK(r.outcome == std::optional<std::string>("disclosed"));
}
