// Reading a citation in its context: whether "S12" is a section at all (not a postcode district or a file name),
// whether a section names another Act's instrument or a document's part, and whether a sentence relies on a
// ground or only weighs or anticipates it. Used by citations.cc only; inline helpers, as in scan.h.
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>

#include "foi/extract/acts.h"
#include "foi/extract/citation.h"
#include "foi/base/scan.h"

namespace foi::context {

// How close to a citation "may apply" must be to hedge it: the clause right after it, or just before it.
inline constexpr size_t kHedgeAfter = 60;
inline constexpr size_t kHedgeBefore = 40;

inline bool contains_ci(std::string_view hay, std::string_view needle) {
  if (needle.size() > hay.size()) return false;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i)
    if (scan::match_phrase(hay, i, needle) != std::string_view::npos) return true;
  return false;
}

inline bool contains_word_ci(std::string_view hay, std::string_view word) {
  for (size_t i = 0; i + word.size() <= hay.size(); ++i)
    if (scan::match_words(hay, i, word) != std::string_view::npos) return true;
  return false;
}

// ".docx" at pos: the number before it ends a file name ("FPN S12.docx"), which is no citation.
inline bool file_extension_at(std::string_view t, size_t pos) {
  static const std::string_view exts[] = {"pdf", "doc", "docx", "xls", "xlsx", "csv", "txt", "odt", "ods", "rtf",
                                          "msg", "eml", "jpg", "jpeg", "png", "zip", "htm", "html", "ppt", "pptx"};
  if (pos >= t.size() || t[pos] != '.') return false;
  for (std::string_view x : exts)
    if (scan::match_words(t, pos + 1, x) != std::string_view::npos) return true;
  return false;
}

// " 1UJ" after "S1": the inward code of a postcode.
inline bool inward_code_at(std::string_view t, size_t pos) {
  size_t i = scan::skip_blanks(t, pos);
  return i > pos && i + 3 <= t.size() && scan::is_digit(t[i]) && scan::is_upper(t[i + 1]) &&
         scan::is_upper(t[i + 2]) && scan::word_end(t, i + 3);
}

inline bool writes_s_postcodes(std::string_view t) {
  for (size_t i = t.find('S'); i != std::string_view::npos; i = t.find('S', i + 1)) {
    size_t e = scan::word_start(t, i) ? scan::match_digits(t, i + 1, 1, 2) : std::string_view::npos;
    if (e != std::string_view::npos && inward_code_at(t, e)) return true;
  }
  return false;
}

// "S1 1UJ", "Thornbrook Gardens S35 2BA" are Sheffield-area postcodes, not s1 or s35. In a letter that writes such
// postcodes, a bare "S12" (`number` is where its digits start) with no subsection and no Act is a postcode district
// ("Hackenthorpe Sheffield S12", "S12 Community Pantry") unless its line speaks of FOI. "S43 as above" is lost
// there; "S31(1)(a)", "S40 of the Act" and "section 12" never are.
inline bool is_postcode(std::string_view t, size_t number, const Citation& c, bool s_postcodes) {
  if (inward_code_at(t, scan::match_digits(t, number, 1, 3))) return true;
  if (!s_postcodes || c.act != nullptr || c.provisions.size() != 1 || c.provisions[0].size() != 1) return false;
  size_t a = t.rfind('\n', c.offset), b = t.find('\n', c.offset);
  a = a == std::string_view::npos ? 0 : a + 1;
  std::string_view line = t.substr(a, (b == std::string_view::npos ? t.size() : b) - a);
  for (std::string_view w : {"exempt", "section", "refus", "withh", "redact"})
    if (contains_ci(line, w)) return false;
  return !contains_word_ci(line, "act") && !contains_word_ci(line, "foi") && !contains_word_ci(line, "foia");
}

// "section 38 Highways Agreements", "section 21 notices", "s31 grant", "section 44 stop and search": a section
// number naming another Act's instrument or power (one capitalised word may come between, on the same line).
// FOIA's own "Section 14 notice" is lost with them; the ground is cited as such elsewhere in a refusal.
inline bool names_instrument_after(std::string_view t, size_t end) {
  static const std::string_view nouns[] = {"agreement", "grant",  "assessment", "order", "licence", "license",
                                           "eviction",  "notice", "stop",       "search", "power",  "warrant"};
  size_t i = scan::skip_blanks(t, end);
  for (int words = 0; words < 2 && i < t.size() && scan::is_alpha(t[i]); ++words) {
    size_t e = i;
    while (e < t.size() && scan::is_alpha(t[e])) ++e;
    std::string w(t.substr(i, e - i));
    std::transform(w.begin(), w.end(), w.begin(), scan::lower);
    for (std::string_view n : nouns)
      if (w.rfind(n, 0) == 0 && (w.size() == n.size() || w.substr(n.size()) == "s" || w.substr(n.size()) == "es"))
        return true;
    if (!scan::is_upper(t[i])) return false;
    i = scan::skip_blanks(t, e);
  }
  return false;
}

// True when a sentence ends in `gap`: a full stop, question or exclamation mark before white space, or a blank line.
inline bool ends_sentence(std::string_view gap) {
  for (size_t i = 0; i + 1 < gap.size(); ++i)
    if (((gap[i] == '.' || gap[i] == '?' || gap[i] == '!') && scan::is_space(gap[i + 1])) ||
        gap.substr(i, 2) == "\n\n")
      return true;
  return false;
}

// The sentence around [from, to): back to the previous full stop or blank line, forward to the next.
inline std::string_view sentence_around(std::string_view t, size_t from, size_t to) {
  size_t a = from, b = to;
  while (a > 0 && from - a < 400 && !(t[a - 1] == '.' || t[a - 1] == '?' || t.substr(a - 1, 2) == "\n\n")) --a;
  while (b < t.size() && b - to < 400 && !(t[b] == '.' || t[b] == '?' || t.substr(b, 2) == "\n\n")) ++b;
  return t.substr(a, b - a);
}

// Advice that a ground might apply ("The exemption at Section 14 may be engaged if...", "S41 may apply where") is
// not reliance on it. The hedge must be about the citation: just after it in its sentence, or just before it.
inline bool is_hedged(std::string_view t, const Citation& c) {
  static const std::string_view hedges[] = {"may be engaged", "may apply",     "may be applied", "may be relied",
                                            "could apply",    "could be engaged", "could be applied",
                                            "might apply",    "might be engaged"};
  std::string_view sentence = sentence_around(t, c.offset, c.end);
  size_t a = static_cast<size_t>(sentence.data() - t.data()), b = a + sentence.size();
  a = std::max(a, c.offset > kHedgeBefore ? c.offset - kHedgeBefore : 0);
  std::string_view near = t.substr(a, std::min(b, c.end + kHedgeAfter) - a);
  for (std::string_view h : hedges)
    if (contains_ci(near, h)) return true;
  return false;
}

// A requester anticipating a ground ("If the cost exceeds the limit in Section 12, please provide...", "subject to
// section 40(2), could you please provide...") is not an authority relying on it: a request made on a condition.
inline bool is_anticipated(std::string_view sentence) {
  static const std::string_view asks[] = {"please provide", "please answer", "please respond", "please supply",
                                          "please send",    "please give",   "please let me know", "please advise",
                                          "please explain", "please return", "could you", "can you", "would you"};
  static const std::string_view conditions[] = {"if", "subject to", "without triggering", "to avoid", "unless"};
  bool ask = std::any_of(std::begin(asks), std::end(asks), [&](auto a) { return contains_ci(sentence, a); });
  return ask && std::any_of(std::begin(conditions), std::end(conditions),
                            [&](auto w) { return contains_word_ci(sentence, w); });
}

// A document that names other Acts but no FOI regime, and never says "Freedom of Information" or "FOI" (a Data
// Protection Tribunal decision, a note on the Highways Act): its unattributed sections are not FOI sections.
inline bool about_foi(std::string_view t, const ActIndex& index) {
  bool other_acts = false;
  for (const ActMention& m : index.mentions) {
    if (is_foi_kind(m.act->kind)) return true;
    other_acts = other_acts || m.act != &the_act();
  }
  if (!other_acts || contains_ci(t, "freedom of information")) return true;
  for (size_t i = t.find("FOI"); i != std::string_view::npos; i = t.find("FOI", i + 1))
    if (scan::word_start(t, i) && scan::word_end(t, i + 3)) return true;
  return false;
}

}  // namespace foi::context
