// Shapes held-out 13 and 14 brought (eval/README.md): decisions whose authority the tables do not know and
// which only the narrative or a respondent's line names; a sentence's opening word before a council's name;
// guidance that names the Commissioner only as where to complain; pages titled as a response, a question or a
// model letter; figures given beside a refusal. Each rule beside the near miss it must leave alone. Short
// texts in our own words.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "foi/extract/authorities.h"
#include "foi/extract/decision_outcomes.h"
#include "foi/extract/decision_parties.h"
#include "foi/extract/outcomes.h"
#include "foi/index/extract_record.h"
#include "tests/doc_type_cases.h"

namespace {

std::optional<std::string> decided_by(const char* text) {
  std::optional<foi::DecisionAuthority> r = foi::decision_authority(text);
  return r ? std::optional<std::string>(r->authority) : std::nullopt;
}

const foi_test::DocTypeCase kKinds[] = {
    {"a council's published answer under its title", "",
     "Freedom of information response\n\nBus shelters\n\nPublication date:\nMonday 3 March 2031\n\n1. How "
     "many shelters were repaired?\n\nThe council have applied Section 22 of the Freedom of Information Act: "
     "the figures will be published in May. Section 22 provides an exemption for such information.",
     "response"},
    {"a cost refusal printed with the request and no letter", "",
     "I kindly request the number of bins emptied late in each of the last three years.\nCompliance with "
     "this request would exceed the appropriate cost limit under Section 12 of the Freedom of Information "
     "Act 2000.",
     "response"},
    {"a model reply with its date left blank", "",
     "Standard reply 4: information withheld\nNotes for staff: seek advice before using this reply.\n[name]\n"
     "[date]\nDear [applicant]\nThank you for your request under the Freedom of Information Act. We hold the "
     "information but it is exempt under section 43(2).\nYours sincerely",
     "guidance"},
    {"a help page asking a question for its title", "When may the Council refuse a request?",
     "When may the Council refuse a request?\n\nThe Freedom of Information Act lists 23 exemptions, which "
     "public bodies can apply when deciding what to release.\n- s21 Information accessible by other means\n"
     "- s40 Personal information",
     "guidance"},
    {"a page titled for the exemptions", "Refusals and exemptions",
     "Refusals and exemptions\n\nThe law allows public authorities to refuse requests in certain "
     "circumstances, under the Freedom of Information Act (FOI) and the Environmental Information "
     "Regulations (EIR).",
     "guidance"},
    {"a page titled for the exceptions", "The Exceptions",
     "The Exceptions\nRegulation 12 of the Regulations lays down the exceptions. A request for information "
     "can be refused if the information is not held.",
     "guidance"},
    {"a help page on making a request", "Making a request",
     "Making a request\nFor a request to be valid under the FOIA, it must be made in writing. Public "
     "authorities are not obliged to comply with a vexatious request.",
     "guidance"},
    {"a law report headed by its neutral citation", "",
     "Upper Tribunal\nSmith v Information Commissioner\n[2031] UKUT 261 (AAC)\nUpper Tribunal Judge Person\n"
     "Freedom of information - Information Commissioner upholding complaint and issuing decision notice "
     "requiring responses to the public authority's outstanding requests",
     "tribunal_decision"},
    {"a blog's copy of a notice, its paragraphs numbered", "",
     "On 29 November we published the trust's response to our request.\nDecision (including any steps "
     "ordered).\n1. The complainant has requested from Anytown Hospitals NHS Foundation Trust (the Trust) "
     "information about referrals.\n2. The Commissioner's decision is that the Trust breached section 16.",
     "decision_notice"},
    {"a news story on a tribunal's decision", "",
     "Tribunal dismisses appeal in information rights case\nThe First-tier Tribunal struck out an appeal "
     "concerning information rights.\nThe ruling serves as a reminder to appellants to ensure that the "
     "necessary steps are taken.",
     "other"},
    // Near misses: a reply whose subject line asks a question is still the reply; a news headline's
    // question and a topic's exemptions head no guidance.
    {"a news story asking about spending", "Why did the council spend £2m on consultants?",
     "Why did the council spend £2m on consultants?\nThe council has published figures showing the cost of "
     "consultants last year.",
     "other"},
    {"a news story on a scheme's exemptions", "ULEZ exemptions extended",
     "ULEZ exemptions extended\nDrivers of older vans will not pay the charge until 2032, the mayor said.",
     "other"},
    {"a signed reply under a question for its subject", "Why was the bridge closed?",
     "Why was the bridge closed?\nDear Mr Person\nThank you for your request under the Freedom of "
     "Information Act 2000. Please find attached the inspection report.\nYours sincerely\nFOI Team",
     "response"},
};

}  // namespace

TEST_CASE("written bodies: kinds read from a response's title, a cost refusal, a model letter, a help page") {
  foi_test::check_doc_type_cases(kKinds);
}

TEST_CASE(
    "written bodies: a decision's authority the tables do not know, read from its narrative or parties") {
  struct Case {
    const char* text;
    std::optional<std::string> authority;
  };
  const Case cases[] = {
      {"Decision\n1. The Tribunal's notice is substituted with regard to the requests for information made "
       "to Millbrook Surgery in Ashford by Jane Person dated 1 March 2031.\n",
       "Millbrook Surgery"},
      {"Background\n3. On 2 March 2031 the Appellant made a request for information under the Freedom of "
       "Information Act 2000 (\"FOIA\") to The Governing Body of Hollowfield Academy (\"HA\"). HA's reply "
       "was that the information was exempt.\n",
       "Hollowfield Academy"},
      {"Between:\nJane Person\nAppellant\n- v -\nThe Information Commissioner\nFirst Respondent\nHomes for "
       "Barsetshire\nSecond Respondent\nDECISION\nThe appeal is allowed.\n",
       "Homes for Barsetshire"},
      {"The complainant has asked for a report. The Department for Transport (DfT) initially refused the "
       "request under section 35.\n",
       "Department for Transport"},
      // Near misses: a body's kind alone, a possessive, an instrument, a person as respondent, a company.
      {"4. The Appellant asked the Parish Council for its minutes and wrote again in May.\n", std::nullopt},
      {"4. The Appellant asked the Council's officers for the file.\n", std::nullopt},
      {"5. The Member State asked the Commission not to disclose it. The request to Council Regulation 1049 "
       "was withdrawn.\n",
       std::nullopt},
      {"Between:\nAnytown Widgets Limited\nAppellant\nand\nThe Information Commissioner\nFirst Respondent\n"
       "Jane Mary Person\nSecond Respondent\nDECISION\nThe appeal is dismissed.\n",
       std::nullopt},
      {"1. For some time the Telephone Widget Service (TWS) kept a register. TWS wrote to members.\n",
       std::nullopt},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    CHECK(decided_by(c.text) == c.authority);
  }
}

TEST_CASE("written bodies: a sentence's first word is no part of a council's name") {
  CHECK(foi::extract_authority("Response:\nUnfortunately Anytown Borough Council are unable to provide the "
                               "information.\n") == std::optional<std::string>("Anytown Borough Council"));
  CHECK(foi::extract_authority("Whilst Anytown Borough Council holds some records, they are old.\n") ==
        std::optional<std::string>("Anytown Borough Council"));
  CHECK(foi::extract_authority("While Council recognises the public interest in openness, it is "
                               "outweighed.\n") == std::nullopt);
}

TEST_CASE("written bodies: guidance that names the Commissioner only as where to complain is not the ICO's") {
  struct Case {
    const char* text;
    std::optional<std::string> publisher;
  };
  const Case cases[] = {
      {"Freedom of information exemptions\nIf you are unhappy with our response, you can ask the Information "
       "Commissioner to review our decision.\n",
       std::nullopt},
      {"Exemptions\nGuidance from the Information Commissioner on the public interest test can be seen "
       "here.\n"
       "Information Commissioner guidelines on this exemption can be found here.\n",
       std::nullopt},
      {"Manifestly unreasonable requests\nThis follows Dransfield v Information Commissioner and another.\n",
       std::nullopt},
      {"Internal reviews\nThe ICO exists to empower you through information.\n",
       "Information Commissioner's Office"},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    std::optional<foi::DecisionAuthority> r = foi::guidance_publisher(c.text, std::nullopt);
    CHECK((r ? std::optional<std::string>(r->authority) : std::nullopt) == c.publisher);
  }
}

TEST_CASE("written bodies: figures given beside a refusal make it partly disclosed; 'this information'") {
  struct Case {
    const char* text;
    std::optional<std::string> outcome;
  };
  const Case cases[] = {
      {"Request 31001\n1. How many claims were paid?\n2. How much was paid?\nResponse 30-07-2031\nQuestion | "
       "2029 | 2030 | 2031 |\n1. | 58 | 20 | 71 |\n2. | <5* | <5* | 6 |\n3. | £1,067.79 | £85.50 | £648.59 "
       "|\n*Due to the low numbers this is exempt under section 38(1)(b) of the Freedom of Information "
       "(Scotland) Act 2002.\n",
       "partly disclosed"},
      {"I kindly request the number of claims and the amount paid.\n1. Compliance with this request would "
       "exceed the appropriate cost limit under Section 12 of the Freedom of Information Act 2000, which is "
       "£450.\n2. Amounts paid:\n2029 - £38,819 paid\n2030 - £51,799 paid\n2031 - £48,745 paid\n",
       "partly disclosed"},
      // Near miss: the cost limit's own figures are no answer.
      {"I kindly request the number of claims.\nCompliance with this request would exceed the appropriate "
       "cost limit under Section 12 of the Freedom of Information Act 2000, which is £450.\nThe limit is "
       "£450, or 18 hours at £25 per hour.\n",
       "refused"},
      {"I kindly request the number of claims.\nCompliance with this request would exceed the appropriate "
       "cost limit under Section 12 of the Freedom of Information Act 2000.\nLocating files: 30 hours = "
       "£750\nReading files: 40 hours = £1,000\n| Extracting | 12 | £300 |\n",
       "refused"},
      {"Freedom of information response\n\nRoads\n\nResponse:\nUnfortunately Anytown Council are unable to "
       "provide the information you have requested. This is because we do not hold this information.\n",
       "not held"},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    foi::Record r = foi::extract_record({c.text, "reply.txt", "reply.txt"});
    CHECK(r.doc_type == "response");
    CHECK(r.outcome == c.outcome);
  }
}

TEST_CASE(
    "written bodies: a notice's procedural breach beside a ground upheld; a letterhead's squeezed date") {
  const char* notice =
      "Decision notice\nDate: 2 March 2031\nPublic Authority: Anytown Council\nSummary\nThe complainant "
      "asked for emails. The Commissioner's decision is that the council correctly withheld the information "
      "under section 40(2). However, the council replied after 20 working days and therefore breached "
      "section 10(1).\n";
  std::optional<foi::OutcomeReading> o = foi::notice_outcome(notice);
  CHECK((o ? o->outcome : "") == "partly upheld");
  foi::Record r = foi::extract_record(
      {"Room 1\nDate / 12July 2031\nOur ref / FOI2031/00266\nDear Mr Person\nFreedom of Information Act "
       "2000 (FOIA) Outcome of Internal Review\nI have completed my review and the information is attached.\n"
       "Yours sincerely\n",
       "review.txt", "review.txt"});
  CHECK(r.date == std::optional<std::string>("2031-07-12"));
}

TEST_CASE("written bodies: a Scottish EIR decision rests on the EISR exceptions it lists, not FOISA s39(2)") {
  const char* text =
      "Decision 313/2031: Information about planning\n\nAuthority: Anytown Council\nCase Ref: 203100551\n\n"
      "Summary\n\nThe Applicants asked the Authority for information. The Commissioner found that the "
      "Authority was entitled to withhold most of it.\n\nRelevant statutory provisions\n\nFreedom of "
      "Information (Scotland) Act 2002 (FOISA) sections 1(1) (General entitlement); 39(2) (Health, safety "
      "and "
      "the environment)\n\nThe Environmental Information (Scotland) Regulations 2004 (the EIRs) regulations "
      "2(1) (definition of the words) (Interpretation); 5(1) (Duty); 10(3), (4)(e) and (5)(d) (exceptions)"
      ".\n\nBackground\n\n1. On 10 December 2030 the Applicants made a request.\n";
  foi::Record r = foi::extract_record({text, "decision.txt", "decision.txt"});
  CHECK(r.doc_type == "decision_notice");
  CHECK(r.exemptions == std::vector<std::string>{"EISR r10(4)(e)", "EISR r10(5)(d)"});
}
