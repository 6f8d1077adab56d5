// Neither confirm nor deny: which grounds exclude the duty to confirm or deny, and the flag a record carries.
#include "foi/extract/ncnd.h"

#include <doctest/doctest.h>

#include "foi/index/extract_record.h"

TEST_CASE("ncnd: the grounds that exclude the duty to confirm or deny, by regime") {
  struct Case {
    const char* ground;
    bool ncnd;
  };
  const Case cases[] = {
      {"s23(5)", true},           {"s31(3)", true},         {"s30(3)", true},     {"s40(5)", true},
      {"s40(5B)(a)(i)", true},    {"s40(5A)", true},        {"s12(2)", true},     {"s44(2)", true},
      {"FOISA s18", true},        {"FOISA s18(1)", true},   {"EIR r12(6)", true}, {"EISR r10(8)", true},
      {"s31(1)(a)", false},       {"s40(2)", false},        {"s12(1)", false},    {"s23(1)", false},
      {"s30(1)(a)", false},       {"s31(30)", false},       {"s24(20)", false},   {"FOISA s35(1)(a)", false},
      {"FOISA s30(b)(i)", false}, {"EIR r12(5)(b)", false}, {"EIR r13", false},   {"EISR r10(5)(b)", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.ground);
    CHECK(foi::is_ncnd_ground(c.ground) == c.ncnd);
  }
}

TEST_CASE("ncnd: a reason names the ground or the words, and nothing else counts") {
  CHECK(foi::ncnd_reason({"s40(2)", "s31(3)"}, "").value_or("").find("s31(3)") != std::string::npos);
  CHECK(foi::ncnd_reason({}, "The force can Neither Confirm\nnor deny that it holds it.").has_value());
  CHECK(foi::ncnd_reason({}, "We neither confirmed nor denied it in the first reply.").has_value());
  CHECK_FALSE(
      foi::ncnd_reason({"s40(2)", "s31(1)(a)"}, "We confirm that we hold the information.").has_value());
  CHECK_FALSE(foi::ncnd_reason({}, "neither confirmation nor denial was sought").has_value());
  // What a log's page "may include", or what would happen "if", is said of requests in general.
  CHECK_FALSE(foi::ncnd_reason({},
                               "Refused in full. This may include information where we can neither confirm "
                               "nor deny that we hold it.")
                  .has_value());
  CHECK_FALSE(
      foi::ncnd_reason({}, "If the force were to neither confirm nor deny, you could complain.").has_value());
  CHECK(foi::ncnd_reason({},
                         "If you are unhappy, write to us.\nWe can neither confirm nor deny that we hold it.")
            .has_value());
  // "May" beside a number is the month; a hard-wrapped line does not end the hedging sentence.
  CHECK(foi::ncnd_reason({}, "On 3 May 2031 we neither confirmed nor denied that we held it.").has_value());
  CHECK_FALSE(foi::ncnd_reason({}, "This may include information where we can\nneither confirm nor deny it.")
                  .has_value());
  for (const char* kind : {"response", "internal_review", "thread", "decision_notice", "tribunal_decision"})
    CHECK(foi::ncnd_applies(kind));
  for (const char* kind : {"guidance", "request", "other"}) CHECK_FALSE(foi::ncnd_applies(kind));
}

TEST_CASE("ncnd: a record is flagged from the authority's words, a reply that also discloses included") {
  struct Case {
    const char* text;
    bool ncnd;
  };
  const Case cases[] = {
      // Part disclosed, the rest neither confirmed nor denied: both outcome and flag have their say.
      {"Our ref: 123/24\n\nDear Sir,\n\nPlease find attached the number of stop searches. We can neither "
       "confirm "
       "nor deny whether any other information is held, by virtue of section 31(3) of the Freedom of "
       "Information "
       "Act 2000.\n\nYours sincerely,\nFreedom of Information Unit\n",
       true},
      {"Our ref: 124/24\n\nDear Sir,\n\nPlease find attached the number of stop searches recorded in "
       "2023.\n\n"
       "Yours sincerely,\nFreedom of Information Unit\n",
       false},
      // Guidance explains NCND; it does not neither-confirm-nor-deny anything itself.
      {"Guidance on when to neither confirm nor deny\n\nThis guidance explains section 23(5) and section "
       "31(3) "
       "and when an authority may neither confirm nor deny that it holds information.\n",
       false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    foi::Record r = foi::extract_record({c.text, "x.txt", "x.txt"});
    CAPTURE(r.doc_type);
    CHECK(r.ncnd == c.ncnd);
    CHECK(r.reasons.count("ncnd") == (foi::ncnd_applies(r.doc_type) ? 1u : 0u));
  }
}

TEST_CASE("ncnd: a refusal whose every ground is an NCND one is 'neither confirmed nor denied'; a mixed one stays refused") {
  const char* only_ncnd =
      "Our ref: 125/24\n\nDear Sir,\n\nThe Council is not obliged to confirm or deny whether it holds the "
      "information, by virtue of section 40(5B)(a)(i) of the Freedom of Information Act 2000, and this letter "
      "acts as a refusal notice.\n\nYours sincerely,\nInformation Team\n";
  const char* mixed =
      "Our ref: 126/24\n\nDear Sir,\n\nThe names are withheld under section 40(2) of the Freedom of Information "
      "Act 2000, and the force will not confirm whether other records exist, under section 31(3).\n\nYours "
      "sincerely,\nInformation Team\n";
  foi::Record a = foi::extract_record({only_ncnd, "a.txt", "a.txt"});
  CHECK(a.ncnd);
  CHECK(a.outcome == std::optional<std::string>("neither confirmed nor denied"));
  foi::Record b = foi::extract_record({mixed, "b.txt", "b.txt"});
  CHECK(b.ncnd);
  CHECK(b.outcome == std::optional<std::string>("refused"));
}
