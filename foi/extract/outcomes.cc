// Outcome rules.
#include "foi/extract/outcomes.h"

#include "foi/base/scan.h"
#include "foi/base/text.h"

namespace foi {
namespace {

bool has(const std::string& folded, std::string_view phrase) { return folded.find(phrase) != std::string::npos; }

bool any_of(const std::string& folded, std::initializer_list<std::string_view> phrases) {
  for (std::string_view p : phrases)
    if (has(folded, p)) return true;
  return false;
}

}  // namespace

std::optional<std::string> outcome_from_status(std::string_view status) {
  std::string s = fold_case(status);
  for (char& c : s)
    if (c == '_') c = ' ';
  if (has(s, "partially successful")) return "disclosed in part";
  if (has(s, "successful")) return "disclosed in full";
  if (has(s, "not held") || has(s, "did not have the information")) return "not held";
  if (has(s, "refused") || has(s, "rejected")) return "refused";
  return std::nullopt;
}

std::optional<std::string> extract_outcome(std::string_view text, bool has_exemptions) {
  std::string folded = fold_case(text.substr(0, 600));  // WhatDoTheyKnow's status sentence opens the page
  for (std::string_view opener : {"the request was ", "the request is "}) {
    size_t at = folded.find(opener);
    if (at != std::string::npos)
      if (auto o = outcome_from_status(folded.substr(at, 80))) return o;
  }
  std::string all = fold_case(text);
  bool ncnd = any_of(all, {"neither confirm", "neither confirms", "neither confirming"});
  bool not_held = any_of(all, {"does not hold the information", "do not hold the information", "information is not held",
                               "information not held", "no information is held", "no recorded information"});
  bool disclosed = any_of(all, {"please find attached", "please find below", "is attached", "are attached",
                                "please see the following information", "a copy of which is attached",
                                "the information you requested is", "i can confirm that", "find the information"});
  if (not_held && !has_exemptions && !disclosed) return "not held";
  if (ncnd && !disclosed) return "neither confirmed nor denied";
  if (has_exemptions) return disclosed ? "disclosed in part" : "refused";
  if (disclosed) return "disclosed in full";
  return std::nullopt;
}

}  // namespace foi
