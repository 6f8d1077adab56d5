// Exemptions: what must be read as a refusal ground, in canonical form, and what must not.
#include "foi/extract/exemptions.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "foi/extract/exemption_names.h"

using foi::extract_exemptions;
using V = std::vector<std::string>;

namespace {
struct Case {
  const char* text;
  V expected;
  bool scottish = false;
};
}  // namespace

TEST_CASE("exemptions: reads citations as written in refusals into one canonical form") {
  const Case cases[] = {
      {"Section 31(1)(a)(b) (Law Enforcement)", {"s31(1)(a)", "s31(1)(b)"}},
      {"**S31(1)(a)(b)**", {"s31(1)(a)", "s31(1)(b)"}},
      {"Sections 30(3), 31(3) and 40(5) apply.", {"s30(3)", "s31(3)", "s40(5)"}},
      {"Section 40(5A)&(5B)(a)(i):", {"s40(5A)", "s40(5B)(a)(i)"}},
      {"Section 30(1)(a)(b)(c) -  relating to investigations", {"s30(1)(a)", "s30(1)(b)", "s30(1)(c)"}},
      {"exempt under section 30(1)(a)-(c)", {"s30(1)(a)", "s30(1)(b)", "s30(1)(c)"}},
      {"Section 36(2)(b)(i) and (ii) apply", {"s36(2)(b)(i)", "s36(2)(b)(ii)"}},
      {"Section 40 (5)   Personal information", {"s40(5)"}},
      {"Section 23 & 40 are class based absolute exemptions", {"s23", "s40"}},
      {"Section 14(1) - vexatious requests", {"s14(1)"}},
      {"refused under s.12(1) of the FOIA as the cost exceeds", {"s12(1)"}},
      {"section 43 (2) commercial interests", {"s43(2)"}},
      {"ss.38 and 40(2)", {"s38", "s40(2)"}},
      {"exempt under s 22A(1)", {"s22A(1)"}},
      {"section 35(1)(a) of the Freedom of Information (Scotland) Act 2002", {"FOISA s35(1)(a)"}},
      {"s.35(1)(a) - Law enforcement", {"FOISA s35(1)(a)"}, true},
      {"section 18(1) applies, together with section 38(1)(b)", {"FOISA s18(1)", "FOISA s38(1)(b)"}, true},
      {"regulation 12(5)(b) of the Environmental Information Regulations 2004", {"EIR r12(5)(b)"}},
      {"Regulation 13 - personal data", {"EIR r13"}},
      {"reg. 12(4)(b) manifestly unreasonable", {"EIR r12(4)(b)"}},
      {"regulation 10(5)(b) applies", {"EISR r10(5)(b)"}, true},
      {"Section 31(3), 12 forces replied", {"s31(3)"}},
      {"section 30 and section 30(1)(a)", {"s30(1)(a)"}},
      {"withheld under the exemptions in 30(b)(i) and (ii)", {"FOISA s30(b)(i)", "FOISA s30(b)(ii)"}, true},
      {"the names are exempt under 40(2) as personal data", {"s40(2)"}},
      {"the exemption at 43(2) (commercial interests)", {"s43(2)"}},
      {"the exception at 12(4)(b) for manifestly unreasonable requests", {"EIR r12(4)(b)"}},
      {"We are therefore applying exception 12(4) (a), as the information is not held.", {"EIR r12(4)(a)"}},
      {"we rely on the exemption 40(2) for the names", {"s40(2)"}},
      {"the exception 12 of the lease", {}},
      // A subsection typed without its brackets is still the subsection; a bare number after a section is
      // not.
      {"An exemption under section 27 2(a) applies to part of it", {"FOISA s27(2)(a)"}, true},
      {"sections 31 1(a) and (b) apply", {"s31(1)(a)", "s31(1)(b)"}},
      {"Section 40 2 and 3 of the letter", {"s40"}},
      {"section 43 2 (b) commercial interests", {"s43"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(extract_exemptions(c.text, c.scottish) == c.expected);
  }
}

TEST_CASE("exemptions: leaves out sections of other Acts, procedural sections and advice that one may apply") {
  const char* rejected[] = {
      "section 14 of the Sexual Offences Act 2003",
      "section 14 of SOA 2003 [insert number]",
      "section 127 of the Communications Act 2003",
      "SOA Sec 15A | SCA Sec 69",
      "These principles are outlined under section 34 of the DPA 2018",
      "under section 78 Police and Criminal Evidence Act 1978",
      "sections 23 and 24 of the Copyright, Designs and Patents Act 1988",
      "You may complain to the ICO under Section 50 of the Act.",
      "This letter serves as a Refusal Notice under Section 17 of the Freedom of Information Act 2000.",
      "the duty in Section 1(1)(a) of the Freedom of Information Act 2000 does not apply",
      "Section 10 of the Act requires a reply within 20 working days.",
      "S.37(7) bail conditions should be considered",
      "The exemption at Section 14 may be engaged if the burden increases.",
      "Contrary to Section 15 of the Sexual Offences Act 2003.\n\nS.9 Sexual activity with a child\n\n"
      "S.12 Causing a child to watch a sexual act",
      "Telephone 0303 1231113, PO Box 37",
      "Section 31 of the Terrorism Act 2000",
      "The exemption at 14 days' notice is for tenants.",
      "Children are exempt under 16 years old.",
  };
  for (const char* text : rejected) {
    CAPTURE(text);
    CHECK(extract_exemptions(text).empty());
  }
}

TEST_CASE(
    "exemptions: FOISA's conditions and purposes are the section they serve, not grounds of their own") {
  // s38(2)'s conditions and s35(2)'s purposes qualify s38(1)(b) and s35(1)(g): the grounds are those.
  CHECK(extract_exemptions("section 38(1)(b), read with section 38(2)(a)(i) and 38(2)(b)", true) ==
        V{"FOISA s38(1)(b)"});
  CHECK(extract_exemptions("sections 35(1)(g) and 35(2)(b)", true) == V{"FOISA s35(1)(g)"});
  CHECK(extract_exemptions("section 38(2)(a)(i) alone", true) == V{"FOISA s38"});
  // FOIA keeps its own subsections as they are cited.
  CHECK(extract_exemptions("sections 35(1)(a) and 38(1)(b)", false) == V{"s35(1)(a)", "s38(1)(b)"});
}

TEST_CASE("exemptions: a Scottish document reads bare sections as FOISA, others as FOIA") {
  CHECK(extract_exemptions("Section 35(1)(a) applies", false) == V{"s35(1)(a)"});
  CHECK(extract_exemptions("Section 35(1)(a) applies", true) == V{"FOISA s35(1)(a)"});
  // FOISA s26 has paragraphs, not subsections: "section 26(3)" is not a FOISA ground.
  CHECK(extract_exemptions("section 26(a) applies", true) == V{"FOISA s26(a)"});
  CHECK(extract_exemptions("section 26(3) applies", true).empty());
}

TEST_CASE(
    "exemptions: a statute list gives each provision its title; a heading above is no part of the Act's "
    "name") {
  const Case cases[] = {
      // The Scottish Commissioner's "Relevant statutory provisions": items titled and joined by ';' or ',
      // and'.
      {"Freedom of Information (Scotland) Act 2002 (FOISA) sections 1(1) and (6) (General entitlement); "
       "18(1) (Further provision); 35(1)(a) and (b) (Law enforcement); 39(1) (Health and safety)",
       {"FOISA s18(1)", "FOISA s35(1)(a)", "FOISA s35(1)(b)", "FOISA s39(1)"},
       true},
      {"Relevant Statutory Provisions\n\nFreedom of Information (Scotland) Act 2002 sections 2(1) (Effect of "
       "exemptions); 30(b)(i) and (ii)(Prejudice to public affairs), and 36(1) (Confidentiality).",
       {"FOISA s30(b)(i)", "FOISA s30(b)(ii)", "FOISA s36(1)"}},
      {"sections 21 (Review by authority); 35 (Law enforcement)", {"FOISA s35"}, true},
      // A list under a heading with a colon; a name in lower case glued to its provision.
      {"FOISA sections: 1(1) (General entitlement); 18 (Further provision); 34(1)(a) and (b) (Investigations "
       "by Scottish public authorities)",
       {"FOISA s18", "FOISA s34(1)(a)", "FOISA s34(1)(b)"},
       true},
      {"by virtue of sections 40(5)(personal information) and 30(3)(investigations and proceedings).",
       {"s30(3)", "s40(5)"}},
      // A one-word bracket is not a name: the list ends there as before.
      {"sections 40(2) (see) 30 days", {"s40(2)"}},
      // A bracket that is no title, or a title with nothing after it, ends the list as before.
      {"Sections 31(3) (FOISA) 12 forces", {"FOISA s31(3)"}, true},
      {"Section 31(3) (Law enforcement); 12 forces replied", {"s31(3)"}},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    std::string got;
    for (const std::string& e : extract_exemptions(c.text, c.scottish)) got += e + ";";
    CAPTURE(got);
    CHECK(extract_exemptions(c.text, c.scottish) == c.expected);
  }
}

TEST_CASE("exemptions: ancestors run from the nearest parent to the section") {
  CHECK(foi::exemption_ancestors("s40(5B)(a)(i)") == V{"s40(5B)(a)", "s40(5B)", "s40"});
  CHECK(foi::exemption_ancestors("FOISA s35(1)(a)") == V{"FOISA s35(1)", "FOISA s35"});
  CHECK(foi::exemption_ancestors("s23").empty());
}

TEST_CASE("exemptions: canonicalises what a user types, and rejects what is not a ground") {
  struct Typed {
    const char* typed;
    std::optional<std::string> canonical;
  };
  const Typed cases[] = {
      {"s40(2)", "s40(2)"},           {"S40(2)", "s40(2)"},
      {"section 31(1)(a)", "s31(1)(a)"}, {"40(5B)(a)(i)", "s40(5B)(a)(i)"},
      {"FOISA s35(1)(a)", "FOISA s35(1)(a)"}, {"foisa 35", "FOISA s35"},
      {"EIR 12(5)(b)", "EIR r12(5)(b)"},  {"EIR r13", "EIR r13"},
      {"regulation 12(4)(b)", "EIR r12(4)(b)"}, {"reg. 13", "EIR r13"},  // as a query reads them
      {"EIR s40(2)", std::nullopt},     {"FOIA regulation 13", std::nullopt},
      {"s17", std::nullopt},           {"s37(7)", std::nullopt},
      {"hello", std::nullopt},         {"s40(2) and s41", std::nullopt},
  };
  for (const Typed& c : cases) {
    CAPTURE(c.typed);
    CHECK(foi::canonical_exemption(c.typed) == c.canonical);
  }
}

TEST_CASE("exemptions: order follows the Act, sections by number") {
  V v{"EIR r12(5)(b)", "s40(2)", "FOISA s35(1)", "s12", "s4"};
  std::sort(v.begin(), v.end(), [](const std::string& a, const std::string& b) { return foi::exemption_less(a, b); });
  CHECK(v == V{"s4", "s12", "s40(2)", "FOISA s35(1)", "EIR r12(5)(b)"});
}

TEST_CASE("exemptions: Sheffield postcodes and file names that look like 'S12' are not sections") {
  const char* letter = "Sheffield City Council\nPO Box 1283\nSheffield, S1 1UJ\n\n";  // writes S-area postcodes
  const Case kept[] = {
      {"S12 - Cost of compliance exceeds the appropriate limit", {"s12"}},  // no postcodes in this document
      {"Sheffield, S1 1UJ\nThe information is exempt under S40(2).", {"s40(2)"}},
      {"Sheffield, S1 1UJ\nS43 exemption applies to the prices.", {"s43"}},
      {"Sheffield, S1 1UJ\nS31(1)(a) Law enforcement", {"s31(1)(a)"}},
      {"Sheffield, S1 1UJ\nthe information is covered by S40 of the Freedom of Information Act", {"s40"}},
  };
  for (const Case& c : kept) {
    CAPTURE(c.text);
    CHECK(extract_exemptions(c.text) == c.expected);
  }
  const std::string rejected[] = {
      "• 46 Church Street, S35 9WE\n• 43 Endcliffe Rise Road, S11 8RU",
      "Lyncham 4 Thornbrook Gardens S35 2BA Redacted.pdf",
      "Edward Street Car Park S36 1FY - 2",
      "2 Attachments\nMark Parry FPN S12.docx\n22K",
      std::string(letter) + "the properties on Brookhouse Drive Hackenthorpe Sheffield S12\nPlease can you confirm",
      std::string(letter) + "S12 Community Pantry-Breakfast Club-£200\nS12 Helping Hands- Print leaflets",
  };
  for (const std::string& text : rejected) {
    CAPTURE(text);
    CHECK(extract_exemptions(text).empty());
  }
}

TEST_CASE("exemptions: a section of an Act named by its year, its own abbreviation or 'that Act' is that Act's") {
  const Case kept[] = {
      {"the Freedom of Information Act 2000 (“the 2000 Act”). It is exempt under section 44(1)(a) of the 2000 Act.",
       {"s44(1)(a)"}},
      {"the Freedom of Information Act 2000 applies; the Council relied on section 42 of that Act", {"s42"}},
  };
  for (const Case& c : kept) {
    CAPTURE(c.text);
    CHECK(extract_exemptions(c.text) == c.expected);
  }
  const char* rejected[] = {
      "Under FOIA, by s.12 of the 2007 Act, the Upper Tribunal may remake the decision.",
      "the Constitutional Reform Act 2005 (“the CRA”) bars it under FOIA: see section 40 of the CRA",
      "the Statistics and Registration Service Act 2007 (SRSA) and FOIA. Section 39(2) SRSA defines it.",
      "Under FOIA, \"data subject\" has the meaning in the Data Protection Act 1998, section 27(1) of that Act",
      "FOIA. Section 12 of the Asylum and Immigration Act, 2004 abolished the entitlement",
      "FOIA. Regulation 13 Social Security (Miscellaneous Amendments No. 2) Regulations 2003",
  };
  for (const char* text : rejected) {
    CAPTURE(text);
    CHECK(extract_exemptions(text).empty());
  }
}

TEST_CASE("exemptions: a section of a report, or one naming another Act's agreement, notice or power, is none") {
  const Case kept[] = {
      {"we are refusing it under section 12 of the Act", {"s12"}},
      {"exempt under section 40(2) of the Freedom of Information Act", {"s40(2)"}},
      {"The Council relies on section 31 of the legislation", {"s31"}},
      {"obliged but for any exemption in the EIR (Section 39(1)(a)&(b).", {"s39(1)(a)", "s39(1)(b)"}},
  };
  for (const Case& c : kept) {
    CAPTURE(c.text);
    CHECK(extract_exemptions(c.text) == c.expected);
  }
  const char* rejected[] = {
      "as the authors concluded in section 12 of the report",
      "see section 40 of the ICO's guidance on personal data",
      "Please provide a list of all current Section 38 Highway Agreements",
      "How many section 21 notices were served in 2023?",
      "the section 41 notice period for storage has expired",
      "Section 31 grant funding for the scheme",
      "searches under section 43 stop and search powers",
  };
  for (const char* text : rejected) {
    CAPTURE(text);
    CHECK(extract_exemptions(text).empty());
  }
}

TEST_CASE("exemptions: only an offence list carries its Act on past the end of a sentence") {
  const Case cases[] = {
      {"Under FOIA it relied on section 22 of the Landlord and Tenant Act 1985. It then cited section 12.", {"s12"}},
      {"the Financial Services and Markets Act 2000 (FSMA) and FOIA. Whether section 348 of the FSMA was an "
       "enactment which prohibited disclosure of the information within the meaning of section 44.",
       {"s44"}},
      {"FOIA aside, section 22 of the Housing Act 1985 and section 23 apply", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(extract_exemptions(c.text) == c.expected);
  }
}

TEST_CASE("exemptions: a document that never speaks of FOI has no FOI grounds in its bare sections") {
  const Case cases[] = {
      {"pursuant to Section 10 of the Data Protection Act, 1984. The Registrar submits that Section 42 applies.", {}},
      {"the Data Protection Act 1984 (\"the Act\"). An appeal lies under sections 13 and 14 of the Act.", {}},
      {"Contrary to the Sexual Offences Act 2003. Freedom of Information: exempt under Section 31(3).", {"s31(3)"}},
      {"Section 23 & 40 are class based absolute exemptions", {"s23", "s40"}},  // names no Act at all
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(extract_exemptions(c.text) == c.expected);
  }
}

TEST_CASE("exemptions: a hedge must be about the citation, and a requester's 'if section 12...' is no reliance") {
  const Case cases[] = {
      {"The exemption that applies is Section 31(1)(g), as the policy is the exercise of functions for "
       "ascertaining whether circumstances which would justify regulatory action exist or may apply.",
       {"s31(1)(g)"}},
      {"The request was refused under regulation 12(5)(b), on the grounds that the advice was protected by LPP "
       "and that the advice may be relied on in any subsequent litigation.",
       {"EIR r12(5)(b)"}},
      {"Under section 50 any person may apply to the Commissioner. The information is exempt under section 43(2).",
       {"s43(2)"}},
      {"S41 may apply where disclosure would breach a duty of confidence.", {}},
      {"If the cost of complying with this request exceeds the appropriate limit in section 12 of the Freedom of "
       "Information Act, please provide as much of the information as you can.",
       {}},
      {"subject to section 40(2) on personal data, could you please provide your list of business rates", {}},
      {"Please provide a breakdown to the best of your ability and without triggering a Section 40 exemption.", {}},
      {"if this will take too long (Section 12), then please provide the data where autism is the primary need", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(extract_exemptions(c.text) == c.expected);
  }
}

TEST_CASE("exemptions: a list does not run on past a blank line into a page or paragraph number") {
  const Case cases[] = {
      {"would be covered by section 31(1)(a) and/or\n\n12\n\nAppeal No. EA/2030/0001\n", {"s31(1)(a)"}},
      {"withheld under section 40(2),\n\n27.\n\nThe Commissioner agreed.", {"s40(2)"}},
      // One line break inside a list is only the text's wrapping.
      {"withheld under section 40(2) and\n43(2) of the Act", {"s40(2)", "s43(2)"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(extract_exemptions(c.text) == c.expected);
  }
}

TEST_CASE("exemptions: a subsection that only defines terms stands for its section") {
  const Case cases[] = {
      {"the qualified person is defined in s36(5)(o)(iii)", {"s36"}},
      {"Section 40(7) of FOIA incorporates the definition of personal data", {"s40"}},
      {"By s.35(5), Ministerial communications includes any communication", {"s35"}},
      {"exempt under s36(2)(b)(i); the qualified person is the Minister (s36(5)(a))", {"s36(2)(b)(i)"}},
      // s36(1) says which information the section covers; the ground is in s36(2).
      {"a department's information falls under s.36(1)(a), so s.36(2)(c) can apply", {"s36(2)(c)"}},
      {"S.36(1) was therefore satisfied.", {"s36"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(extract_exemptions(c.text) == c.expected);
  }
}

TEST_CASE("exemption names: every refusal ground of FOIA, FOISA and the EIR has a name and a kind") {
  std::vector<std::string> typed;
  for (int s :
       {12, 14, 21, 22, 23, 24, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44})
    typed.push_back("s" + std::to_string(s));
  typed.push_back("s22A");
  for (int s : {12, 14, 18, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41})
    typed.push_back("FOISA " + std::to_string(s));
  for (const char* r :
       {"EIR 12(4)(a)", "EIR 12(5)(g)", "EIR 12(6)", "EIR 13", "EISR 10(4)(e)", "EISR 10(5)(b)", "EISR 11"})
    typed.push_back(r);
  for (const std::string& t : typed) {
    CAPTURE(t);
    std::optional<std::string> c = foi::canonical_exemption(t);
    REQUIRE(c);
    CHECK_FALSE(foi::exemption_name(*c).name.empty());
    CHECK_FALSE(
        foi::exemption_name(*c + "(1)").name.empty());  // a subsection without its own entry: the section's
  }
  struct Case {
    const char* canonical;
    foi::ExemptionKind kind;
    const char* parent;
  };
  const Case cases[] = {
      {"s21", foi::ExemptionKind::kAbsolute, ""},
      {"s23(5)", foi::ExemptionKind::kAbsolute, "s23"},
      {"s24(2)", foi::ExemptionKind::kQualified, "s24"},
      {"s40(1)", foi::ExemptionKind::kAbsolute, "s40"},
      {"s40(2)", foi::ExemptionKind::kPartlyAbsolute, "s40"},
      {"s40(3)(a)(i)", foi::ExemptionKind::kPartlyAbsolute, "s40(3)(a)"},
      {"s12", foi::ExemptionKind::kProcedural, ""},
      {"FOISA s36(2)", foi::ExemptionKind::kAbsolute, "FOISA s36"},
      {"FOISA s35(1)(a)", foi::ExemptionKind::kQualified, "FOISA s35(1)"},
      {"FOISA s38(1)(a)", foi::ExemptionKind::kAbsolute, "FOISA s38(1)"},
      {"EIR r12(5)(b)", foi::ExemptionKind::kQualified, "EIR r12(5)"},
      {"EIR r13(1)", foi::ExemptionKind::kPartlyAbsolute, "EIR r13"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.canonical);
    CHECK(foi::exemption_name(c.canonical).kind == c.kind);
    CHECK(foi::exemption_parent(c.canonical) == c.parent);
    CHECK(foi::exemption_name(c.canonical).note.empty() == (c.kind != foi::ExemptionKind::kPartlyAbsolute));
  }
}
