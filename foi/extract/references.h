// The authority's own reference for a request ("FOI 15167", "006/21", "50766", "6152/17").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace foi {

struct ReferenceReading {
  std::string reference;  // as written, or in the kind's canonical form (decision_references.h)
  std::string reason;     // the label or rule that decided it, for --explain
};

// A reference a document names that is another document's own, and what the naming document is to that one:
// "review of" (a review quoting the reply's reference), "decision on" (a notice naming the authority's),
// "appeal against" (a tribunal decision naming the ICO notice it appeals), and beside the case's steps
// "cites" (a decision citing another) and "names" (a letter naming an ICO case or an appeal).
// decision_references.h reads the steps, cited_decisions.h the rest.
struct CitedReference {
  std::string reference;
  std::string relation;
};

// The authority's reference, as written (trimmed of punctuation around it): from "Our ref: 6152/17",
// "Our Reference 006/21", "REFERENCE NO: 50766", "FOI 15167", "Request No. 2021/123", or a reference in brackets
// closing a title line ("Sexual Grooming (5619_14)"). WhatDoTheyKnow's own numbers ("[FOI #715285 email]"),
// phone numbers, dates and years are not references. nullopt when absent.
std::optional<std::string> extract_reference(std::string_view text);

// As extract_reference, with the way it was found: after a label, as "FOI 15167", or closing the title.
std::optional<ReferenceReading> read_letter_reference(std::string_view text);

// Every reference the letter rule would read, labelled or in the "FOI 15167" form, in order and once each;
// not the requester's ("Your ref:").
std::vector<std::string> letter_references(std::string_view text);

}  // namespace foi
