// Outcome rules.
#include "foi/extract/outcomes.h"

#include <algorithm>

#include "foi/base/scan.h"
#include "foi/base/text.h"
#include "foi/extract/dates.h"
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

// The reply says it holds nothing, in its own voice: "if you do not hold this information" is a request's.
bool says_not_held(const std::string& all) {
  for (std::string_view p :
       {"does not hold the information", "do not hold the information", "does not hold this information",
        "do not hold this information", "does not hold any information", "do not hold any information",
        "does not hold any recorded", "do not hold any recorded", "information is not held",
        "requested is not held", "is not held by", "are not held by", "information not held",
        "no information is held", "no recorded information", "does not have the information",
        "do not have the information"})
    for (size_t at = all.find(p); at != std::string::npos; at = all.find(p, at + 1))
      if (all.substr(at - std::min<size_t>(at, 12), std::min<size_t>(at, 12)).find("if ") ==
          std::string::npos)
        return true;
  return false;
}

// Giving in words that a refusal or an NCND letter may also use: "Please see the attached [spreadsheet]" (not
// "... attached refusal notice"), "We can advise that there have been 107" (not "... there were no").
bool gives_in_words(const std::string& all) {
  return has_unless(all, "please see the attached", {"notice", "refusal", "letter", "response"}, 30) ||
         has_unless(all, "can advise that there have been", {"no", "none", "nil"}, 8) ||
         has_unless(all, "can advise that there were", {"no", "none", "nil"}, 8);
}

// A table cell that is a figure: "58", "£1,067.79", "12%" (a date or a word is none).
bool figure_cell(std::string_view cell) {
  cell = scan::trim(cell, "");
  if (cell.starts_with("\xC2\xA3")) cell.remove_prefix(2);
  if (cell.empty() || !scan::is_digit(cell.front())) return false;
  return std::all_of(cell.begin(), cell.end(),
                     [](char c) { return scan::is_digit(c) || c == ',' || c == '.' || c == '%'; });
}

// A line of given figures: a table row of three figures or more ("| 58 | 20 | 71 |", box-drawing bars too),
// or a line led by a year or a date with a figure after it ("2019/20 £120,945", "1st June 2021 to 31st May
// 2022 - 765 claims").
bool figure_line(std::string_view line) {
  std::string bars;  // a copy only where a box-drawing bar must become '|'
  if (line.find("\xE2\x94\x82") != std::string_view::npos) {
    bars = line;
    for (size_t at = bars.find("\xE2\x94\x82"); at != std::string::npos; at = bars.find("\xE2\x94\x82", at))
      bars.replace(at, 3, "|");
    line = bars;
  }
  size_t cells = 0;
  for (size_t bar = line.find('|'); bar != std::string_view::npos; bar = line.find('|', bar + 1))
    cells += figure_cell(line.substr(bar + 1, line.find('|', bar + 1) - bar - 1));
  if (cells >= 3) return true;
  std::string_view lead = scan::trim(line, "-*|");
  size_t after = std::string_view::npos;
  if (auto d = read_date_at(lead, 0)) {
    after = d->end;
  } else if (size_t y = scan::match_digits(lead, 0, 4, 4);
             y != std::string_view::npos && (lead.starts_with("19") || lead.starts_with("20"))) {
    after = y;
  }
  if (after == std::string_view::npos) return false;
  // The rest is figures, not a hard-wrapped sentence ("29/09/2023. We will contact you..."): no full stop
  // inside it, and a number that is neither a year nor a date's.
  std::string_view rest = lead.substr(after);
  if (rest.find(". ") != std::string_view::npos) return false;
  for (size_t i = 0; i < rest.size(); ++i) {
    if (!scan::is_digit(rest[i]) || (i > 0 && scan::is_alnum(rest[i - 1]))) continue;
    if (auto d = read_date_at(rest, i)) {
      i = d->end;
      continue;
    }
    size_t end = scan::digits_end(rest, i);
    bool year = end - i == 4 && (rest.substr(i, 2) == "19" || rest.substr(i, 2) == "20");
    if (!year) return true;
    i = end;
  }
  return false;
}

}  // namespace

bool gives_figures(std::string_view text) {
  size_t lines = 0;
  for (size_t b = 0; b < text.size();) {
    size_t e = std::min(text.find('\n', b), text.size());
    std::string_view line = scan::trim(text.substr(b, e - b), "");
    b = e + 1;
    if (std::none_of(line.begin(), line.end(), scan::is_digit)) continue;
    // The cost limit and an estimate's hours are the Act's figures; a request's examples and questions are
    // the requester's.
    if (line.ends_with("?") || line.find('=') != std::string_view::npos ||
        !scan::first_words(
             line, {"limit", "hour", "hours", "fee", "fees", "estimate", "for example", "e.g", "such as"})
             .empty())
      continue;
    lines += figure_line(line);
  }
  return lines >= 2;
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
  bool not_held = says_not_held(all);
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
  const bool figures = gives_figures(text);
  if (not_held && figures && !disclosed)
    return "partly disclosed";  // none for some years, figures for others
  if (not_held && !has_exemptions && !disclosed) return "not held";
  if (ncnd && !disclosed) return "neither confirmed nor denied";
  disclosed = disclosed || gives_in_words(all) || figures;
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
