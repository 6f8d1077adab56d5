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
constexpr size_t kMaxWrittenName = 90;
constexpr size_t kWrappedLine = 50;  // a line this long may wrap a name onto the next

}  // namespace

namespace {

// The sentence after each request cue ("wrote to", "a request to"), up to its first ". ".
template <typename Visit>
void after_request_cues(std::string_view text, Visit&& visit) {
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
                                               "requests for information made to",
                                               "made by the appellant to",
                                               "complainant submitted to",
                                               "appellant submitted to",
                                               "information held by the"};
  text = text.substr(0, std::min(kNarrativeHead, text.size()));
  for (size_t i = 0; i < text.size(); ++i) {
    if (!scan::word_start(text, i) || !scan::is_alpha(text[i])) continue;
    for (std::string_view cue : kCues) {
      size_t end = scan::match_words(text, i, cue);
      if (end == std::string_view::npos) continue;
      std::string_view window = text.substr(end, kCueWindow);
      visit(window.substr(0, window.find(". ")));
      break;
    }
  }
}

// The vote with most votes, ties to the first.
std::string most_voted(const std::vector<std::pair<std::string, size_t>>& votes) {
  return std::max_element(votes.begin(), votes.end(), [](auto& a, auto& b) { return a.second < b.second; })
      ->first;
}

void vote(std::vector<std::pair<std::string, size_t>>& votes, const std::string& name) {
  auto it = std::find_if(votes.begin(), votes.end(), [&](auto& v) { return v.first == name; });
  if (it == votes.end()) votes.emplace_back(name, 0), it = votes.end() - 1;
  ++it->second;
}

bool joins_name(std::string_view word) {
  for (std::string_view join : {"of", "for", "and", "the", "&", "upon", "on"})
    if (word == join) return true;
  return false;
}

// A word's bounds around white space: the word that ends at `end`, or starts at `start`.
std::string_view word_before(std::string_view text, size_t end) {
  size_t start = end;
  while (start > 0 && !scan::is_space(text[start - 1])) --start;
  return text.substr(start, end - start);
}

// The capitalised words and the small words joining them that end at `end`, read backwards until another
// word or a word closed by punctuation: "to The Governing Body of Uppingham Community College" -> "The
// Governing Body of Uppingham Community College". "" when there is none.
std::string_view name_before(std::string_view text, size_t end) {
  while (end > 0 && scan::is_space(text[end - 1])) --end;
  size_t start = end;
  for (size_t at = end; at > 0 && end - at < kMaxWrittenName;) {
    std::string_view word = word_before(text, at);
    if (word.empty() || (at != end && std::string_view(",.;:").find(word.back()) != std::string_view::npos))
      break;
    size_t word_start = at - word.size();
    if (scan::is_upper(word.front()))
      start = word_start;
    else if (!joins_name(word))
      break;
    at = word_start;
    while (at > 0 && scan::is_space(text[at - 1])) --at;
  }
  return text.substr(start, end - start);
}

// The same read forwards from `at` ("Stoke Surgery in Stoke" -> "Stoke Surgery"), past a leading "the".
std::string_view name_after(std::string_view text, size_t at) {
  at = scan::skip_spaces(text, at);
  if (scan::starts_with_phrase(text.substr(at), "the ")) at = scan::skip_spaces(text, at + 4);
  size_t end = at;
  for (size_t i = at; i < text.size() && i - at < kMaxWrittenName;) {
    size_t stop = i;
    while (stop < text.size() && !scan::is_space(text[stop]) && text[stop] != '(') ++stop;
    std::string_view word = scan::trim(text.substr(i, stop - i), ",.;:");
    if (word.empty() || !(scan::is_upper(word.front()) || joins_name(word))) break;
    if (scan::is_upper(word.front())) end = i + word.size();
    if (word.size() != stop - i) break;  // "Surgery," closes the name
    i = scan::skip_blanks_on_line(text, stop);
    if (i < text.size() && text[i] == '\n') {  // a name goes on past a wrapped line, not past a heading's
      size_t line = text.rfind('\n', i - 1);
      if (i - (line == std::string_view::npos ? 0 : line + 1) < kWrappedLine) break;
      i = scan::skip_spaces(text, i);
    }
  }
  if (scan::match_words(text, scan::skip_spaces(text, end), "v") != std::string_view::npos) return {};
  return text.substr(at, end - at);
}

// A short name that is a party's role, not a body's: "(“the Appellant”)".
bool is_role_word(std::string_view name) {
  for (std::string_view role :
       {"appellant", "complainant", "requester", "applicant", "commissioner", "tribunal", "respondent"})
    if (scan::iequals(name, role)) return true;
  return false;
}

// A word of a body's kind or an office's, not of its proper name: "Parish Council", "Chief Executive".
bool generic_word(std::string_view word) {
  static constexpr std::string_view kGeneric[] = {
      "The",        "Parish",   "Town",       "City",       "County",      "Borough",  "District",
      "Council",    "Chief",    "Executive",  "Head",       "Headteacher", "Clerk",    "Officer",
      "Secretary",  "State",    "Local",      "Public",     "Planning",    "National", "Authority",
      "Department", "Office",   "Service",    "Services",   "Trust",       "Board",    "Committee",
      "Agency",     "Ministry", "Government", "Commission", "Police"};
  return std::find(std::begin(kGeneric), std::end(kGeneric), word) != std::end(kGeneric);
}

// A body written as an organisation ("... College", "... Surgery"; never a company), of two words or more,
// one of them its own (not "Parish Council"), none a possessive ("the Council's") or an instrument ("Council
// Regulation"); canonical when the tables know it once its line breaks are read as spaces.
std::optional<std::string> unknown_body(std::string_view written) {
  std::string name;
  size_t words = 0;
  bool proper = false;
  for (size_t i = scan::skip_spaces(written, 0); i < written.size(); i = scan::skip_spaces(written, i)) {
    size_t end = i;
    while (end < written.size() && !scan::is_space(written[end])) ++end;
    std::string_view word = written.substr(i, end - i);
    if (word.ends_with("'s") || word.ends_with("\xE2\x80\x99s")) return std::nullopt;
    for (std::string_view instrument : {"Regulation", "Regulations", "Directive", "Act", "Order", "Rules"})
      if (word == instrument) return std::nullopt;
    proper = proper || (scan::is_upper(word.front()) && !generic_word(word));
    name += (name.empty() ? "" : " ") + std::string(word);
    ++words, i = end;
  }
  std::optional<PartyName> p = words < 2 || !proper ? std::nullopt : read_party(name, false);
  if (!p || p->company) return std::nullopt;
  return p->name;
}

}  // namespace

// The request the decision recounts: "wrote to the Home Office", "a request to Kent Police", "requested
// information from the Council of X". The first known body soon after a cue in its sentence, unless it opens
// a cited case ("Oxford City Council v ..."); the body found after most cues wins, ties to the first.
std::optional<DecisionAuthority> request_narrative(std::string_view text) {
  std::vector<std::pair<std::string, size_t>> votes;  // in order of first vote
  after_request_cues(text, [&](std::string_view window) {
    for (const AuthorityMention& m : find_authorities(window)) {
      if (m.offset > kCueReach) break;
      if (is_appeal_route(m.canonical)) continue;
      std::string_view after = window.substr(m.offset + m.length, 4);
      if (after.starts_with(" v ") || after.starts_with(" v.")) break;
      vote(votes, m.canonical);
      break;
    }
  });
  if (votes.empty()) return std::nullopt;
  return DecisionAuthority{most_voted(votes), "the body the request was sent to"};
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

// The first body (not an appeal route) the opening narrative says refused, past "(the council)", "has",
// "had", "then" or an adverb ("the BBC has refused", "DHSC initially refused"); else the first it says gave
// part ("X (the council) provided some information").
std::optional<DecisionAuthority> answering_body(std::string_view text) {
  text = text.substr(0, std::min(kNarrativeHead, text.size()));
  for (auto verbs : {std::initializer_list<std::string_view>{"refused", "neither confirmed"},
                     {"provided some", "disclosed some", "withheld some", "withheld the", "provided part",
                      "provided the complainant with"}})
    for (const AuthorityMention& m : find_authorities(text)) {
      if (is_appeal_route(m.canonical)) continue;
      size_t at = scan::skip_spaces(text, m.offset + m.length);
      if (size_t close = text.find(')', at); at < text.size() && text[at] == '(' && close - at < 40)
        at = scan::skip_spaces(text, close + 1);
      for (std::string_view aux : {"has ", "had ", "then ", "initially ", "originally "})
        if (size_t end = scan::match_phrase(text, at, aux); end != std::string_view::npos) at = end;
      for (std::string_view verb : verbs)
        if (scan::match_words(text, at, verb) != std::string_view::npos)
          return DecisionAuthority{m.canonical, "the body the decision says " + std::string(verb)};
    }
  return std::nullopt;
}

// A body the tables do not know, named as an organisation right after a request cue ("requests for
// information made to Stoke Surgery in Stoke") or before a short name the decision goes on using, in a
// sentence about the request ("to The Governing Body of Uppingham Community College ("UCC")"); the first way
// before the second.
std::optional<DecisionAuthority> written_body(std::string_view text) {
  std::vector<std::pair<std::string, size_t>> votes;
  after_request_cues(text, [&](std::string_view window) {
    if (auto name = unknown_body(name_after(window, 0))) vote(votes, *name);
  });
  if (!votes.empty())
    return DecisionAuthority{most_voted(votes), "the body the request was sent to, as written"};
  std::string_view head = text.substr(0, std::min(kNarrativeHead, text.size()));
  for (size_t open = head.find('('); open != std::string_view::npos; open = head.find('(', open + 1)) {
    size_t close = head.find(')', open);
    if (close == std::string_view::npos || close - open > kMaxShortName) continue;
    std::string_view name = short_name(head.substr(open + 1, close - open - 1));
    if (name.empty() || is_role_word(name) || count_words(text.substr(close), name) == 0) continue;
    std::string_view written = name_before(head, open);
    size_t from = head.rfind(". ", open), to = head.find(". ", close);
    from = from == std::string_view::npos ? 0 : from;
    // Sent "to" it, or opening the sentence ("3. The Department of Finance ("the DoF") was not entitled to
    // refuse ... the Request"); never a body the request was made "of", nor a party to a contract "and".
    size_t at = written.data() - head.data();
    while (at > 0 && scan::is_space(head[at - 1])) --at;
    std::string_view before = word_before(head, at);
    bool placed = scan::iequals(before, "to") || before.empty() || before.ends_with(".");
    bool sent = placed && scan::contains_phrase(
                              head.substr(from, to == std::string_view::npos ? to : to - from), "request");
    if (auto body = sent ? unknown_body(written) : std::nullopt)
      return DecisionAuthority{*body, "the body the decision names for short and goes on naming, as written"};
  }
  return std::nullopt;
}

}  // namespace foi
