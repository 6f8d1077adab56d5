// Which of a tribunal decision's citations are grounds the case turned on, not the Act quoted or argued over.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "foi/extract/citation.h"

namespace foi {

// The citations of a decision worth reading as exemptions. A decision quotes the Act ("Section 30(1)
// provides: “... section 31(1) ...”"), surveys it ("the matters in section 31(1)(a) to (i)") and compares
// grounds no one relied on; so it drops a citation inside a long quotation in a statute's words ("exempt
// information", "this section"), one that spans a lettered range ("(a) to (f)"), and, when the heading's
// "Subject matter:" block names refusal grounds (the tribunal's own index of what the appeal is about), every
// ground of a section the block does not name, unless its sentence says it was withheld under, relied on or
// refused under. `scottish` as exemptions_from's.
std::vector<Citation> decision_ground_citations(std::string_view text, std::vector<Citation> citations,
                                                bool scottish);

// The sections (canonical, no path: "s36", "EIR r12") of the refusal grounds a decision's "Subject matter:"
// block names; empty when it has none or names no ground.
std::vector<std::string> subject_matter_sections(std::string_view text, bool scottish);

// The sections (as subject_matter_sections) of the refusal grounds a decision notice's "Relevant statutory
// provisions" lists: the Scottish Information Commissioner's own index of every provision the decision
// applies, one paragraph per Act or Regulations under that heading. A ground the notice mentions but does
// not list (one the authority's first reply gave up, say) is not what the decision is about. Empty when the
// notice has no such heading or it lists no ground.
std::vector<std::string> listed_provision_sections(std::string_view text, bool scottish);

}  // namespace foi
