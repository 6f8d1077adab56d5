// described_eir_exceptions: EIR exceptions a reply or notice names by what they protect, not by number.
#include "foi/extract/eir_descriptions.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {
using V = std::vector<std::string>;
}

TEST_CASE("described_eir_exceptions: each exception by its words, in a sentence about exceptions") {
  struct Case {
    const char* what;
    const char* words;
    V grounds;  // what exemptions_from found by number
    bool scottish;
    V want;
  } cases[] = {
      {"two exceptions named in one refusal sentence",
       "Under the Environmental Information Regulations 2004 the board withheld the plans under the "
       "exceptions for internal communications and for the course of justice.",
       {},
       false,
       {"EIR r12(4)(e)", "EIR r12(5)(b)"}},
      {"commercial confidentiality and the supplier's interests",
       "We have dealt with this under the EIR. The exception relating to the confidentiality of commercial "
       "or "
       "industrial information applies, as does the exception protecting information voluntarily supplied.",
       {},
       false,
       {"EIR r12(5)(e)", "EIR r12(5)(f)"}},
      {"manifestly unreasonable needs no word 'exception'",
       "Your request falls under the EIRs. Answering it would take weeks, so it is manifestly unreasonable.",
       {},
       false,
       {"EIR r12(4)(b)"}},
      {"Scotland's numbering when the Scottish Regulations are named",
       "The Environmental Information (Scotland) Regulations 2004 apply. The request is manifestly "
       "unreasonable; the exception for material still in the course of completion applies as well.",
       {},
       false,
       {"EISR r10(4)(b)", "EISR r10(4)(d)"}},
      {"Scotland's numbering for a Scottish authority",
       "We considered your request under the EIRs and applied the exception for intellectual property "
       "rights.",
       {},
       true,
       {"EISR r10(5)(c)"}},
      {"the words outside a sentence about an exception name nothing",
       "Under the EIR we release the minutes. They record internal communications about the course of "
       "justice in the county.",
       {},
       false,
       {}},
      {"no Regulations named: a FOIA letter's words are not EIR grounds",
       "The exemption and the exception for internal communications were considered; it is manifestly "
       "unreasonable.",
       {},
       false,
       {}},
      {"exceptions already numbered: the numbers stand alone",
       "Under the EIR we rely on regulation 12(5)(e) and the exception for the course of justice.",
       {"EIR r12(5)(e)"},
       false,
       {}},
      {"FOIA grounds by number do not stop the EIR's by description",
       "Part falls under the EIR: the exception for internal communications applies to it.",
       {"s40(2)"},
       false,
       {"EIR r12(4)(e)"}},
      {"one sentence naming a ground twice gives it once",
       "Under the EIR, the exception for internal communications (internal communications, here emails) "
       "applies.",
       {},
       false,
       {"EIR r12(4)(e)"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    CHECK(foi::described_eir_exceptions(c.words, c.grounds, c.scottish) == c.want);
  }
}
