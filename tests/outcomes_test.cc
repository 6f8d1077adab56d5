// Outcomes: one canonical form from WhatDoTheyKnow statuses and from what a response does.
#include <doctest/doctest.h>

#include "foi/extract/outcomes.h"

TEST_CASE("outcomes: WhatDoTheyKnow statuses map to the canonical outcomes") {
  struct Case {
    const char* status;
    std::optional<std::string> outcome;
  };
  const Case cases[] = {
      {"Successful", "disclosed in full"},           {"Partially successful", "disclosed in part"},
      {"partially_successful", "disclosed in part"}, {"Refused", "refused"},
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
      {"Title\n\nThe request was partially successful.\n\nDear X", true, "disclosed in part"},
      {"Title\n\nThe request was successful.\n", false, "disclosed in full"},
      {"We can neither confirm nor deny that we hold the information.", true, "neither confirmed nor denied"},
      {"Kent Police does not hold the information you requested.", false, "not held"},
      {"The information is exempt under section 31(1)(a) and is withheld.", true, "refused"},
      {"Please find attached the figures. Some names are withheld under section 40(2).", true, "disclosed in part"},
      {"Please find below the information you asked for: 5 arrests.", false, "disclosed in full"},
      {"Dear Kent Police, please provide the number of drones.", false, std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(foi::extract_outcome(c.text, c.exemptions) == c.outcome);
  }
}
