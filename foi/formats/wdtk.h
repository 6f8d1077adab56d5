// WhatDoTheyKnow thread exports (JSON): the title, the law used, and each event as a message with its date and
// direction.
#pragma once

#include <string_view>

#include "foi/formats/read_text.h"

namespace foi::formats {

// The thread as text: the title, then each event in date order under a line
// "--- 2024-12-19 response from the authority ---" (incoming) or "--- … message from the requester ---"
// (outgoing). Hints: title, regime ("foi"/"eir" from law_used), and date = the date of the authority's first
// substantive reply (its last one when every reply looks like an acknowledgement). Throws TextError for JSON that
// is not a thread export.
ReadText read_wdtk_json(std::string_view bytes);

}  // namespace foi::formats
