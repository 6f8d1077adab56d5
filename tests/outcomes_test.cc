// Outcomes: one canonical form from WhatDoTheyKnow statuses and from what a response does.
#include <doctest/doctest.h>

#include "foi/extract/outcomes.h"

TEST_CASE("outcomes: WhatDoTheyKnow statuses map to the canonical outcomes") {
  struct Case {
    const char* status;
    std::optional<std::string> outcome;
  };
  const Case cases[] = {
      {"Successful", "disclosed"},           {"Partially successful", "partly disclosed"},
      {"partially_successful", "partly disclosed"}, {"Refused", "refused"},
      {"rejected", "refused"},                       {"Information not held", "not held"},
      {"not_held", "not held"},                      {"Awaiting response", std::nullopt},
      {"Long overdue", std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.status);
    CHECK(foi::outcome_from_status(c.status) == c.outcome);
  }
}

TEST_CASE("outcomes: read from what the response does") {
  struct Case {
    const char* text;
    bool exemptions;
    std::optional<std::string> outcome;
  };
  const Case cases[] = {
      {"Title\n\nThe request was partially successful.\n\nDear X", true, "partly disclosed"},
      {"Title\n\nThe request was successful.\n", false, "disclosed"},
      {"We can neither confirm nor deny that we hold the information.", true, "neither confirmed nor denied"},
      {"Kent Police does not hold the information you requested.", false, "not held"},
      {"The information is exempt under section 31(1)(a) and is withheld.", true, "refused"},
      {"Please find attached the figures. Some names are withheld under section 40(2).", true,
       "partly disclosed"},
      {"Please find below the information you asked for: 5 arrests.", false, "disclosed"},
      {"Dear Kent Police, please provide the number of drones.", false, std::nullopt},
      {"I enclose a copy of some of the information you requested. The rest is exempt under section "
       "30(b)(i).",
       true, "partly disclosed"},
      {"After review I have decided to release two further papers; the remainder stays exempt.", true,
       "partly disclosed"},
      {"I have today decided to disclose some of the rota. The rest is exempt under section 31(1)(a).", true,
       "partly disclosed"},
      {"I have decided not to disclose the rota: it is exempt under section 31(1)(a).", true, "refused"},
      {"This is formal notice under section 17(1) of FOISA that the Council does not have the information.",
       false, "not held"},
      {"On review I have made additional disclosures; the rest stays exempt under section 30(b)(i).", true,
       "partly disclosed"},
      {"Attached is most of the report. We cannot give you some of the information you have requested, as "
       "section 38(1)(b) exempts it.",
       true, "partly disclosed"},
      {"The council does hold information within the definition of your request. The verges were cut.", false,
       "disclosed"},
      {"Searches found that the information you have requested is not held by the Force.", false, "not held"},
      {"We do hold the information. It is exempt under section 31(1)(a).", true, "refused"},
      {"Thank you for your request. Please see attached spreadsheet.", false, "disclosed"},
      // A police letter's standing caveat gives nothing; a log's "Information released" line does.
      {"Any information released in response to a request is regarded as published. The force neither "
       "confirms nor denies that it holds the information, by virtue of section 31(3).",
       true, "neither confirmed nor denied"},
      {"Information released: the depot rota for 2030, with two names withheld under section 40(2).", true,
       "partly disclosed"},
      {"Widget rota\n\nThis request was not successful.\n", false, "refused"},
      {"Any information released in response to an FOI request is published. The force neither confirms nor "
       "denies that it holds it.",
       false, "neither confirmed nor denied"},
      {"Widget rota\n\nThis request was refused in full. This may include information where we can neither "
       "confirm nor deny that we hold it.",
       true, "refused"},
      // Giving words beyond "attached": tables below, a figure the force "can advise", part withheld.
      {"Please see the attached minutes. Two names are exempt under section 40(2).", true,
       "partly disclosed"},
      {"The tables provided below give the call counts for each year.", false, "disclosed"},
      {"We can advise that there have been 12 thefts. Their places are exempt under section 30(1)(a).", true,
       "partly disclosed"},
      {"The Trust does hold it, however we are withholding some of the information under section 43(2).",
       true, "partly disclosed"},
      // Giving words that a refusal or NCND letter also uses give nothing there.
      {"Your request is refused. Please see the attached refusal notice, which relies on section 40(2).",
       true, "refused"},
      {"I can advise that there were no incidents in that street, so we do not hold the information.", false,
       "not held"},
      {"I can advise that there were changes to the unit in 2030. The force neither confirms nor denies that "
       "it "
       "holds the rest, by virtue of section 23(5).",
       true, "neither confirmed nor denied"},
      // A final answer after an extension, or a reply's note on review times, is no holding letter.
      {"We extended the time to consider the public interest, as the Act allows. The information is exempt "
       "under section 43(2) and is withheld. We aim to respond to review requests within 20 working days.",
       true, "refused"},
      // A holding letter: a ground it may apply, and when the answer will come.
      {"Some of the information may be exempt under section 26. A full response must be provided within a "
       "reasonable time, and we plan to respond by 1 October.",
       true, std::nullopt},
      // "Further" in an NCND sentence is about action or details, not what was given; "does not hold any"
      // is about one thing among others.
      {"We can neither confirm nor deny whether any further action is being taken, by virtue of section "
       "40(5).",
       true, "neither confirmed nor denied"},
      {"There were 45 incidents in 2030. The council does not hold any figures before 2028.", false,
       std::nullopt},
      // Part given and part kept back with no ground cited; a log's labelled result.
      {"I enclose a copy of most of the information you requested in the attached documents.", false,
       "partly disclosed"},
      {"Please find attached the minutes; names have been redacted.", false, "partly disclosed"},
      {"Request Number: 31/0001\nDate of Decision: 31 March 2031\nDecision: Disclosed\nThe policy is "
       "attached.",
       false, "disclosed"},
      {"Decision: Partially disclosed\nSome names are withheld.", true, "partly disclosed"},
      {"Decision: The appeal is allowed.\n", false, std::nullopt},
      // "I can confirm that" gives only when it does not go on to say nothing is held.
      {"I can confirm that the Ministry does not hold the information that you have requested.", false,
       "not held"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(foi::extract_outcome(c.text, c.exemptions) == c.outcome);
  }
}

TEST_CASE(
    "outcomes: the grounds that say 'not held' are the EIR's and EISR's exceptions and FOISA's notice") {
  for (const char* g : {"EIR r12(4)(a)", "EISR r10(4)(a)", "FOISA s17", "FOISA s17(1)"}) {
    CAPTURE(g);
    CHECK(foi::is_not_held_ground(g));
  }
  for (const char* g : {"EIR r12(4)(b)", "EISR r10(4)(b)", "s17", "s21", "FOISA s12(1)", "FOISA s1"}) {
    CAPTURE(g);
    CHECK_FALSE(foi::is_not_held_ground(g));
  }
}

TEST_CASE("outcomes: any way of writing one maps onto the closed vocabulary, else 'unknown'") {
  struct Case {
    const char* written;
    std::optional<std::string> outcome;
  };
  const Case cases[] = {
      {"Dismissed", "dismissed"},        {"Part allowed", "partly allowed"},     {"ALLOWED IN PART", "partly allowed"},
      {"Struck Out", "struck out"},      {"Withdrawn.", "withdrawn"},           {"Dismissed-Out of time", "dismissed"},
      {"disclosed in full", "disclosed"}, {"partially_successful", "partly disclosed"}, {"NCND", "neither confirmed nor denied"},
      {"Partially upheld", "partly upheld"}, {"not upheld", "not upheld"},     {"Consent Order", "unknown"},
      {"UT Decision GIA/1488/2010", "unknown"}, {"NA", std::nullopt},          {"", std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.written);
    CHECK(foi::normalise_outcome(c.written) == c.outcome);
  }
}
