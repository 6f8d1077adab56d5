// EIR exceptions named by what they protect rather than by number ("the exceptions relating to internal
// communications and the course of justice", "the request was manifestly unreasonable").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace foi {

// The canonical EIR grounds ("EIR r12(4)(e)", Scotland's "EISR r10(4)(e)") that `authority_words` invokes by
// description: "manifestly unreasonable" anywhere, and every other exception's name ("internal
// communications", "course of justice", "confidentiality of commercial or industrial information", ...) in a
// sentence that speaks of an exception. Only for a text that names the Regulations (or "EIR"/"EIRs") and
// whose `grounds` (exemptions_from's) hold no EIR ground by number: where a reply numbers its exceptions,
// the numbers are the better witness. Scotland's numbering when `scottish` or the text names the Scottish
// Regulations. Sorted, without duplicates; empty when none.
std::vector<std::string> described_eir_exceptions(std::string_view authority_words,
                                                  const std::vector<std::string>& grounds, bool scottish);

}  // namespace foi
