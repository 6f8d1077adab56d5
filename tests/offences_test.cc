// Offences: sections of criminal statutes, resolved from the citation's context.
#include <doctest/doctest.h>

#include "foi/extract/offences.h"

using foi::extract_offences;
using V = std::vector<std::string>;

TEST_CASE("offences: resolves the Act from the citation's context") {
  struct Case {
    const char* text;
    V expected;
  };
  const Case cases[] = {
      {"meeting a child following grooming under section 15 of the Sexual Offences Act 2003", {"SOA 2003 s15"}},
      {"section 14 of SOA 2003 [insert number]", {"SOA 2003 s14"}},
      {"and section 15 of SOA [insert number]", {"SOA 2003 s15"}},
      {"| SOA Sec 13 | SOA Sec 4 | SOA Sec 15A |", {"SOA 2003 s4", "SOA 2003 s13", "SOA 2003 s15A"}},
      {"offences under s.127 Communications Act", {"CA 2003 s127"}},
      {"section 127 of the Communications Act 2003", {"CA 2003 s127"}},
      {"section 1 of the Malicious Communications Act 1988", {"MCA 1988 s1"}},
      {"s160 Criminal Justice Act 1988", {"CJA 1988 s160"}},
      {"section 4 of the Sexual Offences Act 1956", {"SOA 1956 s4"}},
      {"sections 9 to 11 of the Sexual Offences Act 2003", {"SOA 2003 s9", "SOA 2003 s10", "SOA 2003 s11"}},
      {"sections 47, 48 and 49 of the Sexual Offences Act 2003", {"SOA 2003 s47", "SOA 2003 s48", "SOA 2003 s49"}},
      {"Contrary to Section 15 of the Sexual Offences Act 2003.\n\nS.9 Sexual activity with a child\n\n"
       "S.12 Causing a child to watch a sexual act",
       {"SOA 2003 s9", "SOA 2003 s12", "SOA 2003 s15"}},
      {"the Sexual Offences Act 2003 makes it an offence; see section 15A of the Act", {"SOA 2003 s15A"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(extract_offences(c.text) == c.expected);
  }
}

TEST_CASE("offences: an abbreviation the document defines beats the table's default year") {
  const char* text = "| SCA Sec 69 |\n\n*SOA – Sexual Offences Act 2003           SCA – Serious Crime Act 2007";
  CHECK(extract_offences(text) == V{"SCA 2007 s69"});
  CHECK(extract_offences("| SCA Sec 69 |") == V{"SCA 2015 s69"});
  CHECK(extract_offences("the Serious Crime Act 2007 (SCA) ... SCA s44") == V{"SCA 2007 s44"});
}

TEST_CASE("offences: FOI sections, procedural statutes and unknown Acts are not offences") {
  const char* rejected[] = {
      "Section 14(1) of the Freedom of Information Act 2000",
      "exempt under Section 31(3)",
      "section 78 Police and Criminal Evidence Act 1984",
      "section 34 of the DPA 2018",
      "section 2 of the Made Up Widgets Act 1999",
      "Section 17 of the Act provides",
  };
  for (const char* text : rejected) {
    CAPTURE(text);
    CHECK(extract_offences(text).empty());
  }
}

TEST_CASE("offences: the Act of an offence, for filtering by Act") {
  CHECK(foi::offence_act("SOA 2003 s15A") == "SOA 2003");
  CHECK(foi::offence_act("CA 2003 s127") == "CA 2003");
}

TEST_CASE("offences: 'that Act' and 'the 2003 Act' keep the criminal statute named before") {
  struct Case {
    const char* text;
    V expected;
  };
  const Case cases[] = {
      {"the Sexual Offences Act 2003 created the offence; see section 15 of that Act", {"SOA 2003 s15"}},
      {"the Sexual Offences Act 2003 created it, and section 15A of the 2003 Act was added in 2017", {"SOA 2003 s15A"}},
      {"the Malicious Communications Act 1988 and the Communications Act 2003: section 127 of that Act",
       {"CA 2003 s127"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(extract_offences(c.text) == c.expected);
  }
}

TEST_CASE("offences: an Act named just before a citation, or heading the line above it, is the citation's Act") {
  struct Case {
    const char* text;
    V expected;
  };
  const Case cases[] = {
      {"Communications Act 2003: s.127\nProtection of Children Act 1978 section 1", {"CA 2003 s127", "PCA 1978 s1"}},
      {"Offences recorded:\nSexual Offences Act 2003\nSection 9 - Sexual activity with a child\nSection 10 - Causing "
       "or inciting a child",
       {"SOA 2003 s9", "SOA 2003 s10"}},
      {"offences under the Sexual Offences Act 2003.\nSection 31(3) - Law Enforcement", {}},  // a sentence ended
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(extract_offences(c.text) == c.expected);
  }
}
