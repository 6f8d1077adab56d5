// Decisions told apart by their headings, for doc_types.cc: a tribunal decision and a Commissioner's decision
// notice.
#pragma once

#include <optional>
#include <string_view>

#include "foi/extract/doc_type_reading.h"

namespace foi {

// A tribunal decision: its court ("First-tier Tribunal", "Upper Tribunal") with parties its heading labels,
// an EA/ appeal number, or a short decision that speaks as the Tribunal. `heading` is the text's first 2,500
// bytes.
std::optional<DocTypeReading> tribunal_heading(std::string_view heading);

// A Commissioner's decision notice: "Decision notice" with its labelled parties, an ICO page's "Decision(s)"
// list, an ICO case reference with the authority labelled, a Scottish decision number, or an ICO summary
// opening with the complaint. `top` is the first 600 bytes, `heading` the first 2,500.
std::optional<DocTypeReading> notice_heading(std::string_view top, std::string_view heading);

}  // namespace foi
