// The public authority a decision recounts in its narrative (decision_narrative.h).
#include "foi/extract/decision_narrative.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "foi/base/scan.h"
#include "foi/extract/authorities.h"
#include "foi/extract/party_names.h"

namespace foi {
namespace {

constexpr size_t kNarrativeHead = 12000;
// How far after a cue ("wrote to") the body must begin, and how much of the sentence is read.
constexpr size_t kCueReach = 60;
constexpr size_t kCueWindow = 200;
constexpr size_t kMaxShortName = 40;

}  // namespace

// The request the decision recounts: "wrote to the Home Office", "a request to Kent Police", "requested
// information from the Council of X". The first known body soon after a cue in its sentence, unless it opens
// a cited case ("Oxford City Council v ..."); the body found after most cues wins, ties to the first.
std::optional<DecisionAuthority> request_narrative(std::string_view text) {
  static constexpr std::string_view kCues[] = {"request to",
                                               "requests to",
                                               "request was made to",
                                               "requests were made to",
                                               "wrote to",
                                               "written to",
                                               "writing to",
                                               "requested information from",
                                               "information from",
                                               "made a request of",
                                               "asked",
                                               "sought information from",
                                               "request from",
                                               "concerned a request",
                                               "emailed",
                                               "request addressed to",
                                               "request for information made to",
                                               "information held by the"};
  text = text.substr(0, std::min(kNarrativeHead, text.size()));
  std::vector<std::pair<std::string, size_t>> votes;  // in order of first vote
  for (size_t i = 0; i < text.size(); ++i) {
    if (!scan::word_start(text, i) || !scan::is_alpha(text[i])) continue;
    for (std::string_view cue : kCues) {
      size_t end = scan::match_words(text, i, cue);
      if (end == std::string_view::npos) continue;
      std::string_view window = text.substr(end, kCueWindow);
      for (size_t dot = window.find(". "); dot != std::string_view::npos; dot = std::string_view::npos)
        window = window.substr(0, dot);
      for (const AuthorityMention& m : find_authorities(window)) {
        if (m.offset > kCueReach) break;
        if (is_appeal_route(m.canonical)) continue;
        std::string_view after = window.substr(m.offset + m.length, 4);
        if (after.starts_with(" v ") || after.starts_with(" v.")) break;
        auto vote = std::find_if(votes.begin(), votes.end(), [&](auto& v) { return v.first == m.canonical; });
        if (vote == votes.end()) votes.emplace_back(m.canonical, 0), vote = votes.end() - 1;
        ++vote->second;
        break;
      }
      break;
    }
  }
  if (votes.empty()) return std::nullopt;
  auto best =
      std::max_element(votes.begin(), votes.end(), [](auto& a, auto& b) { return a.second < b.second; });
  return DecisionAuthority{best->first, "the body the request was sent to"};
}

namespace {

// The short name inside "(“the Council”)", "(‘PHSO’)", "(the council)": quotes and "the" dropped; "" when
// it is no name.
std::string_view short_name(std::string_view inner) {
  for (bool cut = true; cut && !inner.empty();) {
    cut = true;
    if (inner.starts_with("\xE2\x80") && inner.size() > 3) {
      inner.remove_prefix(3);
    } else if (inner.ends_with("\xE2\x80\x9D") || inner.ends_with("\xE2\x80\x99")) {
      inner.remove_suffix(3);
    } else if (std::string_view("\"' ").find(inner.front()) != std::string_view::npos) {
      inner.remove_prefix(1);
    } else if (std::string_view("\"' ").find(inner.back()) != std::string_view::npos) {
      inner.remove_suffix(1);
    } else if (inner.starts_with("the ") || inner.starts_with("The ")) {
      inner.remove_prefix(4);
    } else {
      cut = false;
    }
  }
  // The ICO writes a common noun in lower case, "(the council)": one word of letters.
  bool noun = !inner.empty() && std::all_of(inner.begin(), inner.end(), scan::is_alpha);
  bool name = !inner.empty() && scan::is_upper(inner.front()) &&
              std::none_of(inner.begin(), inner.end(), [](char c) { return scan::is_digit(c) || c == '/'; });
  return name || noun ? inner : std::string_view();
}

// Whole-word uses of `name` in text; a space in it matches any white space (the definition may be wrapped).
size_t count_words(std::string_view text, std::string_view name) {
  std::string phrase;
  for (char c : name) {
    if (!scan::is_space(c))
      phrase += c;
    else if (!phrase.empty() && phrase.back() != ' ')
      phrase += ' ';
  }
  size_t n = 0;
  for (size_t at = text.find(phrase.substr(0, phrase.find(' '))); at != std::string_view::npos;
       at = text.find(phrase.substr(0, phrase.find(' ')), at + 1)) {
    n += scan::match_words(text, at, phrase) != std::string_view::npos;
  }
  return n;
}

// The short form a glossary line gives the body: "LBH      The London Borough of Hackney".
std::string_view glossary_entry(std::string_view head, const AuthorityMention& m) {
  size_t line = head.rfind('\n', m.offset);
  line = line == std::string_view::npos ? 0 : line + 1;
  std::string_view before = head.substr(line, m.offset - line);
  if (before.ends_with("The ") || before.ends_with("the ")) before.remove_suffix(4);
  std::string_view entry = scan::trim(before, "");
  bool capitals = entry.size() >= 2 && entry.size() <= 8 && before.ends_with("  ") &&
                  std::all_of(entry.begin(), entry.end(), scan::is_upper);
  return capitals ? entry : std::string_view();
}

}  // namespace

// A body the decision defines a short name for and goes on using: "London Borough of Barnet (“the Council”)",
// "Parliamentary and Health Service Ombudsman (“PHSO”)". The short name used most wins (at least twice).
std::optional<DecisionAuthority> defined_body(std::string_view text) {
  std::string_view head = text.substr(0, std::min(kNarrativeHead, text.size()));
  std::optional<std::string> best;
  size_t best_uses = 1;
  for (const AuthorityMention& m : find_authorities(head)) {
    if (std::string_view entry = glossary_entry(head, m);
        !entry.empty()) {  // "LBH     The London Borough of X"
      size_t eol = std::min(head.find('\n', m.offset), head.size());
      std::optional<PartyName> body = read_party(head.substr(m.offset, eol - m.offset), false);
      size_t uses = count_words(text, entry);
      if (body && body->known && uses > best_uses) best = body->name, best_uses = uses;
      continue;
    }
    size_t open = scan::skip_spaces(head, m.offset + m.length);
    size_t close = head.find(')', open);
    if (is_appeal_route(m.canonical) || open >= head.size() || head[open] != '(' ||
        close == std::string_view::npos || close - open > kMaxShortName)
      continue;
    std::string_view name = short_name(head.substr(open + 1, close - open - 1));
    if (scan::starts_with_phrase(name, "public authority"))
      return DecisionAuthority{m.canonical, "the body the decision defines as the public authority"};
    size_t uses = name.empty() ? 0 : count_words(text.substr(close), name);
    if (uses > best_uses) best = m.canonical, best_uses = uses;
  }
  if (!best) return std::nullopt;
  return DecisionAuthority{*best, "the body the decision names for short and goes on naming"};
}

// The first body (not an appeal route) the opening narrative says refused, past "(the council)", "has", "had"
// or "then" ("the BBC has refused", "Kent Police neither confirmed"); else the first it says gave part
// ("X (the council) provided some information").
std::optional<DecisionAuthority> answering_body(std::string_view text) {
  text = text.substr(0, std::min(kNarrativeHead, text.size()));
  for (auto verbs : {std::initializer_list<std::string_view>{"refused", "neither confirmed"},
                     {"provided some", "disclosed some", "withheld some", "withheld the", "provided part"}})
    for (const AuthorityMention& m : find_authorities(text)) {
      if (is_appeal_route(m.canonical)) continue;
      size_t at = scan::skip_spaces(text, m.offset + m.length);
      if (size_t close = text.find(')', at); at < text.size() && text[at] == '(' && close - at < 40)
        at = scan::skip_spaces(text, close + 1);
      for (std::string_view aux : {"has ", "had ", "then "})
        if (size_t end = scan::match_phrase(text, at, aux); end != std::string_view::npos) at = end;
      for (std::string_view verb : verbs)
        if (scan::match_words(text, at, verb) != std::string_view::npos)
          return DecisionAuthority{m.canonical, "the body the decision says " + std::string(verb)};
    }
  return std::nullopt;
}

}  // namespace foi
