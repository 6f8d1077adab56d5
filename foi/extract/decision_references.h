// The reference a decision is known by: a tribunal's appeal number ("EA/2017/0063"), a regulator's decision
// notice number ("FS50123456", "Decision 123/2023"). Letters keep the authority's reference (references.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "foi/extract/references.h"

namespace foi {

// A tribunal decision's appeal number in a canonical form, "EA/2017/0063" (prefix, year, number of at least
// four digits), or the Upper Tribunal's "GIA/1694/2010" (number, then year). The first one a reader takes as
// the decision's own: after a label ("Appeal No:", "Case Nos.", "Appeal References:", "Tribunal Reference:",
// anywhere), or set apart in the heading, alone on its line or after a wide gap. A number cited in a sentence
// or a list of cases ("Bellamy v IC EA/2005/0023", "(EA/2008/0084)") is not the decision's. Separators and
// stray spaces vary ("EA.2015.0125", "EA/2017/ 0063", "EA2005/0030"); a suffix ("/P", "/GDPR") is dropped; of
// joined appeals ("EA/2015/0254-6", "EA/2017/0111 & 0113") the first, the lead appeal. nullopt when there is
// none.
std::optional<ReferenceReading> appeal_reference(std::string_view text);

// The other appeal numbers a tribunal decision is known by, beside appeal_reference's lead: the appeals
// joined to it ("EA/2019/0054-0059", "EA/2015/0254-6", "EA/2017/0036, 0074 and 0075", "EA/2014/0040, 70-71",
// "EA/2009/0119 and EA/2009/0102") and every other number labelled as its own ("Appeal No. EA/2013/0148"
// heading a later part). Canonical, in order, once each; the lead is not among them.
std::vector<std::string> joined_appeals(std::string_view text);

// A decision notice's own reference: the Scottish Information Commissioner's "Decision 123/2023" (or
// "Decision Notice 083/2024") opening a line of the heading, else the ICO's case reference ("FS50123456",
// "FER0123456", "IC-123456-A1B2"), labelled ("Reference:", "Case Ref:") anywhere or the first in the heading.
// nullopt when there is neither.
std::optional<ReferenceReading> notice_reference(std::string_view text);

// True when `value` is, as a whole, an ICO decision notice's reference: in a tribunal decision it names the
// notice appealed against, not the appeal.
bool is_ico_notice_reference(std::string_view value);

// A decision's number named at i, in its canonical form (an appeal number as appeal_reference writes it, an
// ICO case reference, "Decision 123/2023"), and whether it stands where a reader takes a tribunal decision's
// own number (appeal_reference's rule: labelled, or set apart in the heading). nullopt when none starts at i.
struct NamedDecision {
  std::string value;
  size_t end = 0;  // just past it
  bool own_placed = false;
};
std::optional<NamedDecision> named_decision_at(std::string_view text, size_t i);

// The relations a cited reference implies (CitedReference), and their inverses on the document named.
inline constexpr std::string_view kReviewOf = "review of";
inline constexpr std::string_view kDecisionOn = "decision on";
inline constexpr std::string_view kAppealAgainst = "appeal against";

// The references a document names that other documents are known by. A tribunal decision: the ICO notices
// it appeals, in its opening 8,000 bytes: the first named, one after the word "appeal", one listed just after
// another ("Decision Notices Nos FS50493467 dated 10 December 2013 and FS50493468"). A
// decision notice: the authority's references it quotes (the letter rule's readings that are no ICO
// reference and not its own). An internal review: the reply's reference it quotes (the letter rule's
// readings, its own among them: a review keeps the request's number). Nothing for other kinds. In order, once
// each.
std::vector<CitedReference> cited_references(std::string_view text, std::string_view doc_type,
                                             const std::optional<std::string>& own);

}  // namespace foi
