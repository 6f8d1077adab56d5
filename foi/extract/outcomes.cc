// Outcome rules.
#include "foi/extract/outcomes.h"

#include <algorithm>

#include "foi/base/scan.h"
#include "foi/base/text.h"
#include "foi/extract/ncnd.h"

namespace foi {
namespace {

bool has(const std::string& folded, std::string_view phrase) {
  return folded.find(phrase) != std::string::npos;
}

bool any_of(const std::string& folded, std::initializer_list<std::string_view> phrases) {
  for (std::string_view p : phrases)
    if (has(folded, p)) return true;
  return false;
}

// Whether `phrase` occurs with none of `unless` in the `within` bytes after it.
bool has_unless(const std::string& folded, std::string_view phrase,
                std::initializer_list<std::string_view> unless, size_t within) {
  for (size_t at = folded.find(phrase); at != std::string::npos; at = folded.find(phrase, at + 1)) {
    std::string_view after = std::string_view(folded).substr(at + phrase.size(), within);
    if (scan::first_words(after, unless).empty()) return true;
  }
  return false;
}

// Giving in words that a refusal or an NCND letter may also use: "Please see the attached [spreadsheet]" (not
// "... attached refusal notice"), "We can advise that there have been 107" (not "... there were no").
bool gives_in_words(const std::string& all) {
  return has_unless(all, "please see the attached", {"notice", "refusal", "letter", "response"}, 30) ||
         has_unless(all, "can advise that there have been", {"no", "none", "nil"}, 8) ||
         has_unless(all, "can advise that there were", {"no", "none", "nil"}, 8);
}

}  // namespace

bool gives_figures(std::string_view text) {
  size_t figures = 0, lines = 0;
  for (size_t b = 0; b < text.size();) {
    size_t e = std::min(text.find('\n', b), text.size());
    std::string_view line = text.substr(b, e - b);
    b = e + 1;
    // The cost limit and its hourly rate are the Act's figures, and a request's examples are the requester's.
    if (!scan::first_words(line,
                           {"limit", "per hour", "an hour", "fee", "fees", "for example", "e.g", "such as"})
             .empty())
      continue;
    size_t here = 0;
    for (size_t at = line.find("\xC2\xA3"); at != std::string_view::npos; at = line.find("\xC2\xA3", at + 1))
      here += scan::digit_at(line, at + 2);
    // A table row's cells: "| 58 | 20 | 71 |".
    for (size_t bar = line.find('|'); bar != std::string_view::npos; bar = line.find('|', bar + 1)) {
      size_t at = scan::skip_blanks_on_line(line, bar + 1);
      size_t end = scan::digits_end(line, at);
      if (end > at && scan::skip_blanks_on_line(line, end) < line.size() &&
          line[scan::skip_blanks_on_line(line, end)] == '|')
        ++here;
    }
    figures += here;
    lines += here > 0;
  }
  return figures >= 3 && lines >= 2;
}

std::optional<std::string> normalise_outcome(std::string_view written) {
  std::string s = fold_case(written);
  for (char& c : s)
    if (c == '_' || c == '-') c = ' ';
  std::string_view v = scan::trim(s, ".");
  if (v.empty() || v == "na" || v == "n/a" || v == "???") return std::nullopt;
  for (std::string_view o : kOutcomes)
    if (v == o) return std::string(o);
  struct Alias {
    std::string_view written, outcome;
  };
  static constexpr Alias kAliases[] = {
      {"disclosed in full", "disclosed"},
      {"successful", "disclosed"},
      {"disclosed in part", "partly disclosed"},
      {"partially successful", "partly disclosed"},
      {"part disclosed", "partly disclosed"},
      {"rejected", "refused"},
      {"ncnd", "neither confirmed nor denied"},
      {"information not held", "not held"},
      {"part allowed", "partly allowed"},
      {"allowed in part", "partly allowed"},
      {"partially allowed", "partly allowed"},
      {"failed", "dismissed"},
      {"dismissed out of time", "dismissed"},
      {"partially upheld", "partly upheld"},
      {"upheld in part", "partly upheld"},
      {"complaint upheld", "upheld"},
      {"complaint not upheld", "not upheld"},
      {"partially disclosed", "partly disclosed"},
      {"not disclosed", "refused"},
  };
  for (const Alias& a : kAliases)
    if (v == a.written) return std::string(a.outcome);
  return "unknown";
}

std::optional<std::string> labelled_outcome(std::string_view text) {
  const std::string_view top = text.substr(0, std::min<size_t>(text.size(), 800));
  for (size_t b = 0; b < top.size();) {
    const size_t e = std::min(top.find('\n', b), top.size());
    const std::string_view line = scan::trim(top.substr(b, e - b), "*_#");
    for (std::string_view label : {"decision", "outcome"}) {
      size_t end = scan::match_words(line, 0, label);
      if (end == std::string_view::npos) continue;
      end = scan::skip_blanks(line, end);
      if (end >= line.size() || line[end] != ':') continue;
      const std::optional<std::string> o = normalise_outcome(scan::trim(line.substr(end + 1), ""));
      const auto* replies_end = kOutcomes + 5;  // kOutcomes opens with a reply's five
      if (o && std::find(kOutcomes, replies_end, *o) != replies_end) return o;
    }
    b = e + 1;
  }
  return std::nullopt;
}

std::optional<std::string> outcome_from_status(std::string_view status) {
  std::string s = fold_case(status);
  for (char& c : s)
    if (c == '_') c = ' ';
  if (has(s, "unsuccessful") || has(s, "not successful")) return "refused";
  if (has(s, "partially successful")) return "partly disclosed";
  if (has(s, "successful")) return "disclosed";
  if (has(s, "not held") || has(s, "did not have the information")) return "not held";
  if (has(s, "refused") || has(s, "rejected")) return "refused";
  return std::nullopt;
}

std::optional<std::string> extract_outcome(std::string_view text, bool has_exemptions) {
  if (auto o = labelled_outcome(text)) return o;
  std::string folded = fold_case(text.substr(0, 600));  // WhatDoTheyKnow's status sentence opens the page
  for (std::string_view opener : {"the request was ", "the request is ", "this request was "}) {
    size_t at = folded.find(opener);
    if (at != std::string::npos)
      if (auto o = outcome_from_status(folded.substr(at, 80))) return o;
  }
  std::string all = fold_case(text);
  bool ncnd = false;  // "neither confirm(s/ing)", unless hedged as a page's boilerplate (ncnd.h)
  for (size_t at = all.find("neither confirm"); at != std::string::npos && !ncnd;
       at = all.find("neither confirm", at + 1))
    ncnd = !ncnd_hedged(all, at);
  bool not_held = any_of(
      all, {"does not hold the information", "do not hold the information", "does not hold this information",
            "do not hold this information", "information is not held", "requested is not held",
            "is not held by", "are not held by", "information not held", "no information is held",
            "no recorded information", "does not have the information", "do not have the information"});
  bool disclosed = any_of(all, {"please find attached",
                                "please see attached",
                                "please find below",
                                "is attached",
                                "are attached",
                                "please see the following information",
                                "a copy of which is attached",
                                "the information you requested is",
                                "find the information",
                                "i enclose",
                                "we enclose",
                                "now enclose",
                                "we have provided",
                                "been redacted",
                                "redacted version",
                                "some of the information you requested",
                                "some of the information you have requested",
                                "withholding some of the information",
                                "attached is",
                                "enclosed is",
                                "decided to release",
                                "decided to disclose",
                                "disclose some of the",
                                "am releasing",
                                "are releasing",
                                "now release",
                                "additional disclosure",
                                "tables provided below",
                                "table provided below"});
  // "I can confirm that ..." gives, unless it goes on to say nothing is held.
  disclosed = disclosed || has_unless(all, "i can confirm that", {"not", "no", "neither"}, 80);
  // "Information released: ..." gives; "Any information released in response to a request is regarded as
  // published" is a police letter's standing caveat, whatever it gives.
  for (size_t at = all.find("information released"); at != std::string::npos && !disclosed;
       at = all.find("information released", at + 1))
    disclosed = scan::match_phrase(all, at + 20, " in response to") == std::string_view::npos;
  // "The council does hold information within the definition of your request": a reply that says so, cites no
  // ground and does not say it holds nothing has given what it holds.
  bool holds =
      any_of(all, {"does hold information", "do hold information", "does hold the information",
                   "do hold the information", "does hold some information", "do hold some information"});
  if (not_held && !has_exemptions && !disclosed) return "not held";
  if (ncnd && !disclosed) return "neither confirmed nor denied";
  disclosed = disclosed || gives_in_words(all) || gives_figures(text);
  // Part given and part kept back, though no ground is cited: "a copy of most of the information", a list of
  // documents "REDACTED", an exemption applied "to part of your request".
  if (disclosed && !scan::first_words(all, {"most of the information", "redacted", "to part of your request",
                                            "not possible to provide all"})
                        .empty())
    return "partly disclosed";
  // A holding letter says when the answer will come ("a full response must be provided within ... we plan
  // to respond by"): a ground it says "may" apply decides nothing yet.
  if (!disclosed && any_of(all, {"full response must be provided", "we plan to respond"}) &&
      any_of(all, {"may be exempt", "may apply", "may fall within"}))
    return std::nullopt;
  if (has_exemptions) return disclosed ? "partly disclosed" : "refused";
  if (disclosed || holds) return "disclosed";
  return std::nullopt;
}

bool is_not_held_ground(std::string_view canonical) {
  return canonical == "EIR r12(4)(a)" || canonical == "EISR r10(4)(a)" || canonical == "FOISA s17" ||
         canonical.rfind("FOISA s17(", 0) == 0;
}

}  // namespace foi
