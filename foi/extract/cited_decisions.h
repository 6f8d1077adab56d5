// The decisions a document names that are not its own case's steps: a tribunal decision or notice citing
// another decision as authority or history, and a letter or thread naming an ICO case or a tribunal appeal.
// decision_references.h reads the steps themselves (the notice appealed, the reply decided).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "foi/extract/references.h"

namespace foi {

// What a decision is to a decision it names in its text (inverse "cited in"), and what a letter or thread is
// to the ICO case or appeal it names (inverse "named in"). Neither is a step of the naming document's own
// case.
inline constexpr std::string_view kCites = "cites";
inline constexpr std::string_view kNames = "names";

// A neutral citation of the Upper Tribunal or the First-tier Tribunal starting at the "[" at i, in one form:
// "[2013] UKUT 123 (AAC)" (leading zeros of the number dropped, the chamber kept); empty if none.
std::string neutral_citation_at(std::string_view text, size_t i);

// The decisions `text` names, each once, in order, that `steps` (its case's steps, cited_references) and its
// own reference do not already hold. A tribunal decision or decision notice ("cites"): tribunal appeal
// numbers
// ("EA/2010/0012", the Upper Tribunal's "GIA/1694/2010"), neutral citations ("[2013] UKUT 123 (AAC)"), ICO
// case references and the Scottish Commissioner's "Decision 123/2023", anywhere; not a number standing where
// its own stands (labelled, or set apart in the heading) nor one joined to such a number ("EA/2017/0111 &
// 0113") or listed in `joined` (its joined_references, decision_references.h). A response, review, thread or
// other letter ("names"): ICO case references and tribunal appeal numbers. Nothing for other kinds.
std::vector<CitedReference> cited_decisions(std::string_view text, std::string_view doc_type,
                                            const std::optional<std::string>& own,
                                            const std::vector<std::string>& joined,
                                            const std::vector<CitedReference>& steps);

}  // namespace foi
