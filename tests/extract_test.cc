// Extraction over whole documents: each seed gives what a careful reader of it would list.
#include <doctest/doctest.h>

#include "foi/extract/doc_types.h"
#include "foi/index/extract_record.h"
#include "foi/formats/reader.h"
#include "foi/formats/wdtk.h"
#include "test_util.h"

using V = std::vector<std::string>;

namespace {

foi::Record explain_seed(const std::string& name) {
  std::string path = foi::test::source_path("corpus/" + name);
  foi::formats::ReadText t = foi::formats::read_document(path, foi::test::read_file(path)).at(0);
  return foi::extract_record({t.text, name, path});
}

struct Expected {
  const char* file;
  const char* authority;
  V force, exemptions, offences;
  std::optional<std::string> date, reference;
  const char* doc_type;
  const char* title;
};

}  // namespace

TEST_CASE("extract: each seed document yields its force, exemptions, offences, date and reference") {
  const Expected seeds[] = {
      {"000_7c431f6c32de453a.txt", "Avon and Somerset Constabulary", {"Avon and Somerset Constabulary"},
       {"s23(5)", "s30(1)(a)", "s30(1)(b)", "s30(1)(c)", "s31(3)", "s38(1)", "s40(2)", "s40(5)", "s40(5A)",
        "s40(5B)(a)(i)"},
       {"CA 2003 s127", "SCA 2015 s69", "SOA 2003 s4", "SOA 2003 s8", "SOA 2003 s10", "SOA 2003 s12", "SOA 2003 s13",
        "SOA 2003 s14", "SOA 2003 s15", "SOA 2003 s15A", "SOA 2003 s48"},
       "2021-01-22", "006/21", "thread", "Paedophile hunters and online grooming offences"},
      {"001_b455801c96e30f6e.txt", "West Mercia Police", {"West Mercia Police"}, {"s23(5)", "s31(3)", "s40(5)"},
       {"CA 2003 s127", "SOA 2003 s8", "SOA 2003 s10", "SOA 2003 s12", "SOA 2003 s14", "SOA 2003 s15"},
       std::nullopt, "50766", "thread", "Paedophile hunters and online grooming"},
      {"002_8945b82075d5d1a2.txt", "Essex Police", {"Essex Police"},
       {"s23(5)", "s31(3)", "s40(5)", "s40(5A)", "s40(5B)(a)(i)"},  // not the s14 it said "may be engaged"
       {"CA 2003 s127", "SOA 2003 s8", "SOA 2003 s10", "SOA 2003 s12", "SOA 2003 s14", "SOA 2003 s15"},
       "2021-01-04", "FOI 15167", "thread", "Paedophile hunters and online grooming"},
      {"003_b8f8d31a9d1c8c2e.txt", "West Yorkshire Police", {"West Yorkshire Police"}, {"s31(1)(a)", "s31(1)(b)"},
       {"SOA 2003 s9", "SOA 2003 s10", "SOA 2003 s11", "SOA 2003 s12", "SOA 2003 s13", "SOA 2003 s14",
        "SOA 2003 s15"},
       std::nullopt, "6152/17", "response", nullptr},
      {"004_aaea4b360a23c9d5.txt", "West Midlands Police", {"West Midlands Police"},
       {"s23(5)", "s31(1)(a)", "s31(1)(b)", "s31(3)"}, {"SOA 2003 s15"}, std::nullopt, "5619_14", "response",
       "Sexual Grooming (5619_14)"},
  };
  for (const Expected& e : seeds) {
    CAPTURE(e.file);
    foi::Record r = explain_seed(e.file);
    CHECK(r.authority == std::optional<std::string>(e.authority));
    CHECK(r.force == e.force);
    CHECK(r.exemptions == e.exemptions);
    CHECK(r.offences == e.offences);
    CHECK(r.date == e.date);
    CHECK(r.reference == e.reference);
    CHECK(r.doc_type == e.doc_type);
    if (e.title) CHECK(r.title == e.title);
    CHECK(r.id == e.file);
  }
}

TEST_CASE("extract: a Police Scotland response reads its sections as FOISA") {
  const char* text =
      "Police Scotland\nOur ref: IM-FOI-2023-0101\nDate: 14 March 2023\n\nDear Sir,\n"
      "Your request has been considered under the Freedom of Information (Scotland) Act 2002. The information is "
      "exempt under s.35(1)(a) and (b) - Law Enforcement, and s.38(1)(b) - Personal Information. We neither confirm "
      "nor deny under section 18(1).";
  foi::Record r = foi::extract_record({text, "ps.txt", "ps.txt"});
  CHECK(r.authority == std::optional<std::string>("Police Scotland"));
  CHECK(r.exemptions == V{"FOISA s18(1)", "FOISA s35(1)(a)", "FOISA s35(1)(b)", "FOISA s38(1)(b)"});
  CHECK(r.date == std::optional<std::string>("2023-03-14"));
  CHECK(r.reference == std::optional<std::string>("IM-FOI-2023-0101"));
}

TEST_CASE("extract: titles skip WhatDoTheyKnow status lines, letterhead labels and salutations") {
  CHECK(foi::extract_title("We don't know whether the most recent response...\n\nCCTV in Sheffield\n", "x.txt") ==
        "CCTV in Sheffield");
  CHECK(foi::extract_title("**Our ref: 123/21**\n\nDear Sir,\n\n## Drones over Kent\n", "x.txt") == "Drones over Kent");
  CHECK(foi::extract_title("\n\n", "dir/response_42.txt") == "response_42");
}

TEST_CASE("extract: a Scottish authority's document that names only the UK Act reads bare sections as FOIA") {
  const char* text =
      "Police Scotland\nDate: 2 May 2022\n\nDear Sir,\nAs a UK-wide request this was handled under the Freedom of "
      "Information Act 2000. The names are withheld under section 40(2).";
  foi::Record r = foi::extract_record({text, "ps-uk.txt", "ps-uk.txt"});
  CHECK(r.authority == std::optional<std::string>("Police Scotland"));
  CHECK(r.exemptions == V{"s40(2)"});
}

TEST_CASE("extract: a decision carries its own number, a letter the authority's reference") {
  const char* tribunal =
      "FIRST-TIER TRIBUNAL\nGENERAL REGULATORY CHAMBER\n\n                 EA/2016/0321\n\n"
      "A PERSON                 Appellant\nTHE INFORMATION COMMISSIONER     Respondent\n\n"
      "Decision Notice Ref: FS50600700\n\nDECISION\n1. The appeal is dismissed.\n";
  foi::Record t = foi::extract_record({tribunal, "t.txt", "t.txt"});
  REQUIRE(t.doc_type == "tribunal_decision");
  CHECK(t.reference == std::optional<std::string>("EA/2016/0321"));
  CHECK(t.reasons["reference"] == "an appeal number opening a line of the heading");

  // With no appeal number in it, a tribunal decision is not known by the notice it reviews.
  const char* unnumbered =
      "FIRST-TIER TRIBUNAL\nA PERSON                 Appellant\nDecision Notice Ref: FS50600700\n"
      "DECISION\n1. The appeal is dismissed.\n";
  foi::Record u = foi::extract_record({unnumbered, "u.txt", "u.txt"});
  REQUIRE(u.doc_type == "tribunal_decision");
  CHECK(u.reference == std::nullopt);

  const char* letter =
      "Our ref: 2020/0456\nDate: 2 March 2020\n\nDear Sir,\nThank you for your request under the Freedom of "
      "Information Act 2000. The information is attached.\nYours faithfully";
  foi::Record l = foi::extract_record({letter, "l.txt", "l.txt"});
  CHECK(l.reference == std::optional<std::string>("2020/0456"));
  CHECK(l.reasons["reference"] == "after a label such as 'Our ref:' or 'Reference No:'");
}

TEST_CASE("extract: a decision that prints no date has none; a letter falls back to its file's date") {
  foi::formats::ReadText read;
  read.format = "pdf";
  read.hints.date = "2013-07-29";  // a file's creation date, as a PDF's metadata gives it
  read.text =
      "FIRST-TIER TRIBUNAL\nGENERAL REGULATORY CHAMBER\n\nEA/2013/0999\n\nA PERSON          Appellant\n"
      "Withdrawal Notice\nThe Tribunal consents to the appeal being withdrawn.\n";
  foi::Record d = foi::extract_record({read.text, "w.pdf", "w.pdf", &read});
  REQUIRE(d.doc_type == "tribunal_decision");
  CHECK(d.date == std::nullopt);

  read.text =
      "Dear Sir,\nThank you for your request under the Freedom of Information Act 2000. The information is "
      "attached.\nYours faithfully\nA Council";
  foi::Record l = foi::extract_record({read.text, "l.pdf", "l.pdf", &read});
  REQUIRE(!foi::is_decision(l.doc_type));
  CHECK(l.date == std::optional<std::string>("2013-07-29"));
}

TEST_CASE("extract: a log entry that prints no letter's date is dated by the page's 'Published' line") {
  const std::string text =
      "Widget depot survey\n\nWe hold the survey and have decided to release it in full.\n\nCase reference "
      "FOI2031/00417\n\nPublished 24 January 2031\n\nPlease provide the depot survey of 2030.\n\nThank you "
      "for "
      "your request under the Freedom of Information Act 2000. The survey is attached.";
  foi::Record r = foi::extract_record({text, "log.txt", "log.txt", nullptr});
  REQUIRE(r.doc_type == "response");
  CHECK(r.date == std::optional<std::string>("2031-01-24"));
  CHECK(r.reasons["date"].find("Published") != std::string::npos);
}

TEST_CASE("extract: a letter laid out as Request and Response sections keeps its letterhead date") {
  const char* text =
      "Anyshire Police\nHeadquarters\nOur ref:\nHQ/77/31\n9th July 2031\nDear Ms Smith,\nI write in response "
      "to your Freedom of Information Act request submitted on the 19th June 2031, repeated below:\nRequest\n"
      "How many cameras do you own?\nResponse\nThis request is refused under Section 12(1) of the FOIA.\n"
      "Yours sincerely\n";
  foi::Record r = foi::extract_record({text, "l.txt", "l.txt"});
  CHECK(r.doc_type == "response");
  CHECK(r.date == std::optional<std::string>("2031-07-09"));
}

TEST_CASE("extract: a WhatDoTheyKnow export nobody has answered is a request, dated the day it was sent") {
  const char* json = R"({"title": "Wards", "events": [
      {"created_at": "2024-03-04T09:00:00Z", "type": "outgoing", "content": ["Dear Council,\nPlease provide the ward figures."]},
      {"created_at": "2024-04-09T09:00:00Z", "type": "outgoing", "content": ["Dear Council,\nThis request is now overdue."]}]})";
  foi::formats::ReadText read = foi::formats::read_wdtk_json(json);
  foi::Record r = foi::extract_record({read.text, "wards.json", "wards.json", &read});
  CHECK(r.doc_type == "request");
  CHECK(r.date == std::optional<std::string>("2024-03-04"));
  CHECK(r.reasons.at("date").find("request was sent") != std::string::npos);
  CHECK_FALSE(r.outcome.has_value());
}

TEST_CASE("extract: exemptions are the grounds a reply relied on; guidance and a request only cite them") {
  struct Case {
    const char* text;
    const char* doc_type;
    V exemptions;
  };
  const Case cases[] = {
      {"Our ref: 55/24\n\nDear Ms Smith,\n\nThe information is withheld under section 31(1)(a) of the "
       "Freedom "
       "of Information Act 2000.\n\nYours sincerely,\nInformation Rights Unit\n",
       "response",
       {"s31(1)(a)"}},
      {"Guidance on the law enforcement exemption\n\nThis guidance explains when public authorities may rely "
       "on section 31(1)(a) and when section 31(3) lets them neither confirm nor deny.\n",
       "guidance",
       {}},
      // a cost-limit refusal is s12(1) whether or not it names the section, once
      {"Our ref: 56/24\n\nDear Ms Smith,\n\nFinding the widget files would exceed the appropriate limit of "
       "18 "
       "hours set under the Freedom of Information Act 2000, so we cannot answer.\n\nYours sincerely,\n"
       "Information Rights Unit\n",
       "response",
       {"s12(1)"}},
      {"Our ref: 57/24\n\nDear Ms Smith,\n\nUnder section 12(1) of the Freedom of Information Act 2000 we "
       "are not obliged to answer: it would exceed the cost limit.\n\nYours sincerely,\nInformation Rights "
       "Unit\n",
       "response",
       {"s12(1)"}},
      {"Our ref: 57/25\n\nDear Ms Smith,\n\nWe refuse your request under section 12 of the Freedom of "
       "Information Act 2000, as finding it would exceed the appropriate limit.\n\nYours sincerely,\n"
       "Information Rights Unit\n",
       "response",
       {"s12(1)"}},
      {"Our ref: 57/26\n\nDear Ms Smith,\n\nWe considered section 12 of the Freedom of Information Act "
       "2000 and found it does not apply. Please find attached the list.\n\nYours sincerely,\n"
       "Information Rights Unit\n",
       "response",
       {"s12"}},
      // the EIR have no cost limit: a manifestly unreasonable request is their ground
      {"Our ref: 58/24\n\nDear Ms Smith,\n\nThe request is manifestly unreasonable under regulation 12(4)(b) "
       "of the Environmental Information Regulations 2004: it would exceed the appropriate limit.\n\nYours "
       "sincerely,\nInformation Rights Unit\n",
       "response",
       {"EIR r12(4)(b)"}},
      // the EIR's exceptions named by what they protect, never by number
      {"Our ref: 59/24\n\nDear Ms Smith,\n\nWe have handled your request under the Environmental "
       "Information Regulations 2004. The draft plans are withheld under the exceptions for internal "
       "communications and for material still in the course of completion.\n\nYours sincerely,\n"
       "Information Rights Unit\n",
       "response",
       {"EIR r12(4)(d)", "EIR r12(4)(e)"}},
      // a Scottish notice's list of provisions: the ground the first reply dropped is not the decision's
      {"Decision 301/2030: Ms A and Widget Council\n\nScottish Information Commissioner\n\nSummary\n\n"
       "The Applicant asked the Authority for the widget report.\n\nRelevant statutory provisions\n\n"
       "Freedom of Information (Scotland) Act 2002 (FOISA) sections 1(1) (General entitlement); 30(c) "
       "(Prejudice to effective conduct of public affairs); 47(1) (Application for decision by "
       "Commissioner)\n\nBackground\n\n1. The Authority first refused the request under section 25(1) "
       "and section 30(c) of FOISA, then gave up section 25(1).\n\nDecision\n\nThe Commissioner finds "
       "that the Authority was wrong to withhold the report under section 30(c).\n",
       "decision_notice",
       {"FOISA s30(c)"}},
      {"Widget memo\nKent Police\nA widget note citing Section 31(3).\n", "other", {"s31(3)"}},
      // a page of another kind that counts four grounds is a survey of them, not a reliance on them
      {"Widget requests in 2031\n\nRequests answered: 412\nGrounds used: section 12 - 9 times; section 21 - "
       "4 "
       "times; section 40(2) - 31 times; section 43(2) - twice.\n",
       "other",
       {}},
      {"Widget requests in 2031\n\nRequests answered: 412\nGrounds used: section 12 - 9 times; section 21 - "
       "4 "
       "times; section 40(2) - 31 times.\n",
       "other",
       {"s12", "s21", "s40(2)"}},
      // a disclosure-log page: the sections in the restated request are the requester's
      {"Widget figures: FOI release\n\nInformation requested\n\nI think section 36(2)(b) was applied "
       "wrongly to my last request.\n\nResponse\n\nDear Mr Jones,\n\nThe names are withheld under "
       "section 40(2) of the Freedom of Information Act 2000.\n\nYours sincerely,\nInformation Rights Unit\n",
       "response",
       {"s40(2)"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    foi::Record r = foi::extract_record({c.text, "t.txt", "t.txt"});
    CHECK(r.doc_type == c.doc_type);
    CHECK(r.exemptions == c.exemptions);
  }
}

TEST_CASE("extract: the text of an Act has no author among the bodies it empowers") {
  struct Case {
    const char* text;
    std::optional<std::string> authority;
  };
  const Case cases[] = {
      {"12 Time for compliance\n(1) A body must comply within twenty days.\n(2) Subsection (1) does not "
       "apply "
       "where the Home Office so directs.\n",
       std::nullopt},
      // A memo that names a body and numbers its points, with no cross-reference to a subsection, keeps it.
      {"Widget memo\nKent Police\n(1) Widgets.\n(2) Gadgets.\n", "Kent Police"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    foi::Record r = foi::extract_record({c.text, "t.txt", "t.txt"});
    CHECK(r.doc_type == "other");
    CHECK(r.authority == c.authority);
  }
}

TEST_CASE("extract: a reply's outcome is read from its own words, and a cost refusal is refused") {
  struct Case {
    const char* what;
    const char* text;
    const char* outcome;
    bool ncnd;
  };
  const Case cases[] = {
      {"the cost limit alone, with 'please find below' around it",
       "Widget Council\nOur ref: FOI 2031/77\nDear Mr Smith\nPlease find below our answer to your request "
       "for "
       "information.\nSection 12 of the Freedom of Information Act 2000 - the cost of compliance exceeds the "
       "appropriate limit.\nWe will not be providing the widget ledgers.\nYours sincerely\nInformation "
       "Governance\n",
       "refused", false},
      {"the cost limit beside another ground, with a disclosure",
       "Widget Council\nOur ref: FOI 2031/78\nDear Mr Smith\nPlease find attached the widget ledgers. The "
       "names "
       "of staff are withheld under section 40(2), and the supplier ledgers are refused under section 12 of "
       "the "
       "Freedom of Information Act 2000 as the cost would exceed the limit.\nYours sincerely\nInformation "
       "Governance\n",
       "partly disclosed", false},
      {"a log entry: the requester's words above its 'Response' line are not the answer",
       "FOI 2031/79: widget patrols\n\nDate of request: 2 March 2031\n\nI would like to request the number "
       "of "
       "widget patrols. If you hold none, please neither confirm nor deny, I do not "
       "mind.\n\nResponse\n\nPlease "
       "find attached the number of widget patrols in each month of 2030.\n",
       "disclosed", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    foi::Record r = foi::extract_record({c.text, "t.txt", "t.txt"});
    CHECK(r.doc_type == "response");
    CHECK(r.outcome == std::optional<std::string>(c.outcome));
    CHECK(r.ncnd == c.ncnd);
  }
}
