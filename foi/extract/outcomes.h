// The outcome of a request, in one canonical form: "disclosed in full", "disclosed in part", "refused",
// "neither confirmed nor denied", "not held". (A sidecar may give other outcomes, such as a tribunal's
// "Dismissed"; they are kept as written.)
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace foi {

// From a WhatDoTheyKnow status ("successful", "partially_successful", "rejected", "not_held", or the page's
// sentence "The request was partially successful.").
std::optional<std::string> outcome_from_status(std::string_view status);

// From the text: a WhatDoTheyKnow status sentence first; else what the response does — says it holds nothing,
// neither confirms nor denies, withholds under exemptions, discloses — and `has_exemptions` (the extractor found
// refusal grounds). nullopt when the text gives no sign.
std::optional<std::string> extract_outcome(std::string_view text, bool has_exemptions);

}  // namespace foi
