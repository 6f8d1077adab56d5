// The outcome of a decision: what a tribunal did with an appeal, and whether a regulator upheld a complaint.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace foi {

struct OutcomeReading {
  std::string outcome;  // one of the kind's vocabulary (outcomes.h)
  std::string reason;   // the words that decided it, for --explain
};

// A tribunal decision: "allowed", "partly allowed", "dismissed", "struck out" or "withdrawn". The heading's
// "Decision:" line when it says, else the first statement of the result in the text ("The appeal is therefore
// allowed", "The Tribunal dismisses the appeal", "This appeal is, accordingly, struck out"). A statement under a
// condition ("if ... the Tribunal must allow the appeal or substitute another notice", "we would dismiss") is
// not the result. nullopt when none is found.
std::optional<OutcomeReading> tribunal_outcome(std::string_view text);

// An ICO or Scottish Information Commissioner decision, from the complainant's side: "upheld" (the authority
// failed to comply, breached the Act or was not entitled to its refusal), "not upheld" (it was entitled, or
// complied), "partly upheld" (both, or "partially failed"). Read from the summary at the top. nullopt when the
// summary does not say.
std::optional<OutcomeReading> notice_outcome(std::string_view text);

}  // namespace foi
