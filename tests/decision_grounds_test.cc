// Tribunal decisions' grounds: the Act a decision quotes or surveys, and the grounds its subject matter
// leaves out, are not what the appeal turned on. Texts are our own, laid out as decisions lay out theirs.
#include "foi/extract/decision_grounds.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "foi/extract/citations.h"
#include "foi/extract/exemptions.h"

namespace {
using V = std::vector<std::string>;

V grounds(const std::string& text) {
  return foi::exemptions_from(foi::decision_ground_citations(text, foi::find_citations(text), false), false);
}

std::string joined(const V& v) {
  std::string out;
  for (const std::string& s : v) out += s + " ";
  return out;
}

struct Case {
  std::string text;
  V expected;
};

template <size_t N>
void check_all(const Case (&cases)[N]) {
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(joined(grounds(c.text)) == joined(c.expected));
  }
}
}  // namespace

TEST_CASE("decision grounds: the Act quoted at length or surveyed by a range is not relied on") {
  const Case cases[] = {
      // A quotation long enough to be the statute's text: what it cites is the Act's, not the appeal's.
      {"The Council relied on section 30(1)(b). Section 30(1) says: \xE2\x80\x9CInformation held by a public "
       "authority is exempt information if it is held for an investigation, and section 31(1) does not apply "
       "to it "
       "\xE2\x80\x9D.",
       {"s30(1)(b)"}},
      // A quoted conclusion of a notice is reliance, not the Act's words.
      {"The Commissioner concluded: \xE2\x80\x9COn the balance of probabilities nothing is held, and under "
       "section 40(5)(b)(i) the council was right to neither confirm nor deny the rest.\xE2\x80\x9D",
       {"s40(5)(b)(i)"}},
      // A short quoted phrase is not a quotation of the Act.
      {"It said the \xE2\x80\x9Csection 43(2) exemption\xE2\x80\x9D applied.", {"s43(2)"}},
      // "(a) to (f)" surveys the Act's list; the ground stands where it is named alone.
      {"The functions in section 31(1)(a) to (f) differ from those the Ministry relied on under section "
       "31(1)(g).",
       {"s31(1)(g)"}},
      {"the purposes listed at section 31(2)(a)-(e) of the Act", {}},
      // A list that is not a range still counts.
      {"It relied on section 36(2)(b)(i) and (ii).", {"s36(2)(b)(i)", "s36(2)(b)(ii)"}},
  };
  check_all(cases);
}

TEST_CASE("decision grounds: a 'Subject matter:' block that names grounds keeps only their sections") {
  const Case cases[] = {
      // The block names s36: the comparison with s35 and the cost limit in passing are dropped.
      {"Subject matter:\nFOIA s.36(2) Prejudice to the conduct of public affairs\nCases:\nA v B\n\n"
       "The Department relied on s.36(2)(b) and (c). Like s.35, it is qualified. The s.12 cost limit was not "
       "raised.",
       {"s36(2)(b)", "s36(2)(c)"}},
      // A ground the authority claimed stays, though the block does not name its section.
      {"Subject matter: Confidential information s.41(1)\nCases: A v B\n\nThe council claimed the s.40(2) "
       "exemption for the names, and s.41(1) for the rest. Section 43 was not argued.",
       {"s40(2)", "s41(1)"}},
      {"Subject matter:\nFOIA s44(1)(a) - prohibitions on disclosure\nCases:\n\nIt kept its reliance upon "
       "the "
       "s38 and s43 exemptions. The s44(1)(a) point decides the appeal.",
       {"s38", "s43", "s44(1)(a)"}},
      // Regulations too, by regulation number ("Regs 12 (4) and (5)" names regulation 12).
      {"Subject matter: Environmental Information Regulations 2004\nExceptions, Regs 12 (4) and (5)\n"
       "Representation:\nFor the appellant: in person\n\nThe council relied on regulation 12(5)(b). Then "
       "regulation 13 was raised too late.",
       {"EIR r12(4)", "EIR r12(5)(b)"}},
      // A block that names no ground (only the right of access) leaves every ground in.
      {"Subject matter: FOIA s.1 whether information held\n\nThe council also cited section 40(2).",
       {"s40(2)"}},
      // A long block, one ground to a line with its title, names every ground it lists (s.43, unnamed, goes).
      {"Subject matter:\nFreedom of Information Act 2000\n"
       "s.41\nAbsolute exemption: information provided in confidence by a third party\n"
       "s.23\nAbsolute exemption: information supplied by, or relating to, the security bodies\n"
       "s.40\nAbsolute exemption: personal data of people other than the applicant\n"
       "s.35(1)(a)\nQualified exemption: formulation or development of government policy\n"
       "s.36(2)(b)\nQualified exemption: inhibition of free and frank advice or exchange of views\n"
       "s.38\nQualified exemption: endangering the physical or mental health or safety of anyone\n"
       "s.27\nQualified exemption: prejudice to relations between the UK and another State\n"
       "DECISION OF THE TRIBUNAL\n\nThe redactions under s.27(1)(a) and s.38(1)(b) stand; s.43 was never "
       "in issue.",
       {"s23", "s27(1)(a)", "s35(1)(a)", "s36(2)(b)", "s38(1)(b)", "s40", "s41"}},
      // No block: nothing is dropped.
      {"The council cited section 40(2) and section 14(1).", {"s14(1)", "s40(2)"}},
      // Prose that speaks of a subject matter is no block.
      {"The subject matter of the request: section 43(2) was relied on. Section 41 too.", {"s41", "s43(2)"}},
  };
  check_all(cases);
}

TEST_CASE("decision grounds: a section named only in passing is not a ground") {
  const Case cases[] = {
      // A statute's cross-reference, quoted without quotation marks.
      {"The trust withheld the file under section 40(2). (3) Subject to section 27(1), a controller must "
       "answer within a month.",
       {"s40(2)"}},
      // A comparison with the other regime or another exemption.
      {"The regulations have no equivalent to section 21, so the council relied on section 40(2) alone.",
       {"s40(2)"}},
      {"Unlike s.43, the exemption for health and safety in s.38(1)(a) needs no trade interest.",
       {"s38(1)(a)"}},
      // Reliance denied or wished for.
      {"The board ought to have relied on section 12 if cost was the point. It relied on section 14(1).",
       {"s14(1)"}},
      {"No reliance was ever placed on an absolute exemption (for example s.23) by the Ministry.", {}},
      // Only the citation next after the denial: the second stands.
      {"The council did not rely on section 12 but on section 14(1).", {"s14(1)"}},
      // "other than" undoes the denial.
      {"It did not rely on any exemption other than section 41(1).", {"s41(1)"}},
      // "subject to" that is not a statute's cross-reference keeps the ground.
      {"The names are subject to the exemption in section 40(2).", {"s40(2)"}},
      // A ground not claimed by the authority but found by the tribunal is a ground.
      {"Though not claimed in the schedule, one line is covered by s.24(1) and may be redacted.", {"s24(1)"}},
  };
  check_all(cases);
}

TEST_CASE("decision grounds: reliance said after the citation keeps a ground the subject matter leaves out") {
  const Case cases[] = {
      {"Subject matter:\nFOIA s.35(1)(a) formulation of policy\nCases:\nA v B\n\n"
       "The refusal under s.35(1)(a) stood, and section 43(2) was relied upon as well for the contract.",
       {"s35(1)(a)", "s43(2)"}},
      {"Subject matter:\nFOIA s.35(1)(a) formulation of policy\nCases:\nA v B\n\n"
       "The ministry sought to rely on section 42(1) for the counsel's note.",
       {"s35(1)(a)", "s42(1)"}},
      // Denied after the citation, or said of the next citation: still left out.
      {"Subject matter:\nFOIA s.35(1)(a) formulation of policy\nCases:\nA v B\n\n"
       "The department relied on s.35(1)(a). Section 43(2) was not relied upon at any stage.",
       {"s35(1)(a)"}},
      {"Subject matter:\nFOIA s.35(1)(a) formulation of policy\nCases:\nA v B\n\n"
       "Section 43(2) differs from section 35(1)(a), which was relied on throughout.",
       {"s35(1)(a)"}},
  };
  check_all(cases);
}

TEST_CASE("decision grounds: the subject matter's sections, by regime") {
  CHECK(foi::subject_matter_sections("Subject Matter:\nFreedom of Information Act 2000 s31(1)(g) and s.40\n"
                                     "Cases:\n",
                                     false) == V{"s31", "s40"});
  CHECK(foi::subject_matter_sections("Subject matter: FOIA s.1, s.17 refusal notices\n", false).empty());
  // One entry a line: the regulations named on the second line do not claim the first line's section.
  CHECK(foi::subject_matter_sections("Subject matter:\nFOIA - Vexatious request - section 14(1)\n"
                                     "EIR - Regulation 12(4)(b) - manifestly unreasonable\nRepresentation:\n",
                                     false) == V{"s14", "EIR r12"});
  CHECK(foi::subject_matter_sections("No block here. Section 40(2).", false).empty());
}

TEST_CASE("decision grounds: a notice's list of relevant statutory provisions, by Act") {
  struct Case {
    const char* what;
    const char* text;
    V want;
  } cases[] = {
      {"FOISA's list: exemptions only, not the Act's other sections",
       "Decision 1/2030\n\nRelevant statutory provisions\n\nFreedom of Information (Scotland) Act 2002 "
       "(FOISA) sections 1(1) and (6) (General entitlement); 17(1) (Notice that information is not held); "
       "30(c) (Prejudice to effective conduct of public affairs); 47(1) (Application for decision)\n\n"
       "The full text of each provision is in the Appendix. The council first cited section 25(1).\n",
       {"FOISA s30"}},
      {"an Act's paragraph then the Regulations' paragraph",
       "Relevant statutory provisions\n\nFreedom of Information (Scotland) Act 2002 (FOISA) sections 1(1) "
       "(General entitlement); 38(1)(b) (Personal information)\n\nThe Environmental Information (Scotland) "
       "Regulations 2004 (the EIRs) regulations 5(1) (Duty to make available); 10(1) and (4)(b) (Exceptions)"
       "\n\nBackground\n\n1. Section 33(1)(b) was mentioned.\n",
       {"FOISA s38", "EISR r10"}},
      {"the list ends at the first paragraph naming no Act",
       "Relevant statutory provisions\n\nFreedom of Information (Scotland) Act 2002 sections 35(1)(a)\n\n"
       "Background: section 30(c) was cited in the review.\n",
       {"FOISA s35"}},
      {"no heading, no list", "Background\n\nThe authority relied on section 30(c) of FOISA.\n", {}},
      {"the words mid-sentence are no heading",
       "The relevant statutory provisions are in the Act, section 30(c) of FOISA among them.\n",
       {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    CHECK(foi::listed_provision_sections(c.text, true) == c.want);
  }
}
