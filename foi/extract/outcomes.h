// The outcome of a document, from one closed vocabulary per kind (API.md "Outcomes"): a reply's ("disclosed",
// "partly disclosed", "refused", "neither confirmed nor denied", "not held"), a decision notice's ("upheld",
// "partly upheld", "not upheld") and a tribunal's ("allowed", "partly allowed", "dismissed", "struck out",
// "withdrawn"); "unknown" for a value given (a sidecar's) that is none of them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace foi {

inline constexpr std::string_view kOutcomes[] = {
    "disclosed", "partly disclosed", "refused", "neither confirmed nor denied", "not held",      // replies
    "upheld",    "partly upheld",    "not upheld",                                                // decision notices
    "allowed",   "partly allowed",   "dismissed", "struck out", "withdrawn",                     // tribunal decisions
    "unknown",
};

// Any way of writing an outcome, in any case, as its vocabulary value: "Dismissed", "Part allowed", "Allowed in
// part", "successful", "partially_successful", "disclosed in full", "NCND"...; "unknown" for anything else and
// nullopt for an empty value or "NA".
std::optional<std::string> normalise_outcome(std::string_view written);

// A log entry's result on a labelled line near its top: "Decision: Disclosed", "Outcome: Partially
// disclosed". Only a reply's outcome counts: "Decision: The appeal is allowed" is none.
std::optional<std::string> labelled_outcome(std::string_view text);

// From a WhatDoTheyKnow status ("successful", "partially_successful", "rejected", "not_held", or the page's
// sentence "The request was partially successful.").
std::optional<std::string> outcome_from_status(std::string_view status);

// From the text: a WhatDoTheyKnow status sentence first; else what the response does — says it holds nothing,
// neither confirms nor denies, withholds under exemptions, discloses — and `has_exemptions` (the extractor found
// refusal grounds). nullopt when the text gives no sign.
std::optional<std::string> extract_outcome(std::string_view text, bool has_exemptions);

// Figures given in the text's own lines, two lines or more: table rows of three figures ("| 58 | 20 | 71 |"),
// or lines led by a year or a date with a figure after it ("2019/20 £120,945"); never a line about the cost
// limit, hours, a fee or an estimate, a sum ("="), a question or a request's examples.
bool gives_figures(std::string_view text);

// A refusal ground that is itself the answer "not held": the EIR's exception for information an authority
// does not hold (EIR r12(4)(a), EISR r10(4)(a)) and FOISA's notice that it is not held (s17). A reply whose
// every ground is one of these holds nothing, whatever else it attaches.
bool is_not_held_ground(std::string_view canonical);

}  // namespace foi
