// Small helpers for hand-written scanning of UTF-8 text (ASCII decisions only; other bytes are "not a word char").
#pragma once

#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <string_view>

namespace foi::scan {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
inline bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
inline char lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// True when no letter or digit touches `pos` from the left.
inline bool word_start(std::string_view t, size_t pos) { return pos == 0 || !is_alnum(t[pos - 1]); }
// True when no letter or digit touches `pos` from the right.
inline bool word_end(std::string_view t, size_t pos) { return pos >= t.size() || !is_alnum(t[pos]); }

inline size_t skip_spaces(std::string_view t, size_t pos) {
  while (pos < t.size() && is_space(t[pos])) ++pos;
  return pos;
}

// Skips spaces and tabs but not line breaks.
inline size_t skip_blanks(std::string_view t, size_t pos) {
  while (pos < t.size() && (t[pos] == ' ' || t[pos] == '\t')) ++pos;
  return pos;
}

// Matches `phrase` at `pos` case-insensitively; a space in the phrase matches any run of white space (documents
// are hard-wrapped). Returns the end of the match, or npos.
inline size_t match_phrase(std::string_view t, size_t pos, std::string_view phrase) {
  size_t i = pos;
  for (size_t k = 0; k < phrase.size(); ++k) {
    if (phrase[k] == ' ') {
      if (i >= t.size() || !is_space(t[i])) return std::string_view::npos;
      i = skip_spaces(t, i);
      continue;
    }
    if (i >= t.size() || lower(t[i]) != lower(phrase[k])) return std::string_view::npos;
    ++i;
  }
  return i;
}

// As match_phrase, and the match must be a whole word (or words).
inline size_t match_words(std::string_view t, size_t pos, std::string_view phrase) {
  if (!word_start(t, pos)) return std::string_view::npos;
  size_t end = match_phrase(t, pos, phrase);
  if (end == std::string_view::npos || !word_end(t, end)) return std::string_view::npos;
  return end;
}

// The positions i of t, in order, where lower(t[i]) == lower(c): memchr finds each case, and each case's next
// position is kept until passed, so a scan of the whole text is linear.
class CaseFinder {
 public:
  CaseFinder(std::string_view t, char c)
      : t_(t),
        a_(lower(c)),
        b_(is_lower(a_) ? static_cast<char>(a_ - 'a' + 'A') : a_),
        next_a_(find(a_, 0)),
        next_b_(a_ == b_ ? t.size() : find(b_, 0)) {}
  // The first such i >= from, or t.size().
  size_t next(size_t from) {
    if (from >= t_.size()) return t_.size();
    if (next_a_ < from) next_a_ = find(a_, from);
    if (a_ == b_) return next_a_;
    if (next_b_ < from) next_b_ = find(b_, from);
    return next_a_ < next_b_ ? next_a_ : next_b_;
  }

 private:
  size_t find(char c, size_t from) const {
    if (from >= t_.size()) return t_.size();
    const void* hit = std::memchr(t_.data() + from, c, t_.size() - from);
    return hit ? static_cast<size_t>(static_cast<const char*>(hit) - t_.data()) : t_.size();
  }
  std::string_view t_;
  char a_, b_;
  size_t next_a_, next_b_;
};

// True when `phrase` occurs anywhere in t, matched as match_phrase matches.
inline bool contains_phrase(std::string_view t, std::string_view phrase) {
  if (phrase.empty()) return true;
  CaseFinder at(t, phrase[0]);
  for (size_t i = at.next(0); i < t.size(); i = at.next(i + 1))
    if (match_phrase(t, i, phrase) != std::string_view::npos) return true;
  return false;
}

// True when any of the phrases occurs in t.
inline bool contains_any_phrase(std::string_view t, std::initializer_list<std::string_view> phrases) {
  for (std::string_view p : phrases)
    if (contains_phrase(t, p)) return true;
  return false;
}

// How many times `phrase` occurs in t, matched as match_phrase matches (overlaps counted).
inline size_t count_phrase(std::string_view t, std::string_view phrase) {
  size_t n = 0;
  if (phrase.empty()) return 0;
  CaseFinder at(t, phrase[0]);
  for (size_t i = at.next(0); i < t.size(); i = at.next(i + 1))
    if (match_phrase(t, i, phrase) != std::string_view::npos) ++n;
  return n;
}

// The first of `phrases` (in list order) that occurs in t as whole words (match_words), or "" when none does.
inline std::string_view first_words(std::string_view t, std::initializer_list<std::string_view> phrases) {
  for (std::string_view p : phrases) {
    if (p.empty()) continue;
    CaseFinder at(t, p[0]);
    for (size_t i = at.next(0); i < t.size(); i = at.next(i + 1))
      if (match_words(t, i, p) != std::string_view::npos) return p;
  }
  return {};
}

// True when t has the verb "may" ("you may ask", "this may include"), not the month beside a number ("2 May",
// "May 2031").
inline bool has_modal_may(std::string_view t) {
  CaseFinder at(t, 'm');
  for (size_t i = at.next(0); i < t.size(); i = at.next(i + 1)) {
    const size_t e = match_words(t, i, "may");
    if (e == std::string_view::npos) continue;
    const bool month = (i >= 2 && is_digit(t[i - 2])) || (e + 1 < t.size() && is_digit(t[e + 1]));
    if (!month) return true;
  }
  return false;
}

// True when t starts with `phrase`, matched as match_phrase matches.
inline bool starts_with_phrase(std::string_view t, std::string_view phrase) {
  return match_phrase(t, 0, phrase) != std::string_view::npos;
}

// Reads a run of 1..max_digits digits at pos; returns its end or npos.
inline size_t match_digits(std::string_view t, size_t pos, size_t min_digits, size_t max_digits) {
  size_t i = pos;
  while (i < t.size() && is_digit(t[i]) && i - pos <= max_digits) ++i;
  size_t n = i - pos;
  return (n >= min_digits && n <= max_digits) ? i : std::string_view::npos;
}

inline bool alpha_at(std::string_view t, size_t i) { return i < t.size() && is_alpha(t[i]); }
inline bool alnum_at(std::string_view t, size_t i) { return i < t.size() && is_alnum(t[i]); }
inline bool digit_at(std::string_view t, size_t i) { return i < t.size() && is_digit(t[i]); }

// End of the run of letters starting at i, and start of the one ending at i.
inline size_t letters_end(std::string_view t, size_t i) {
  while (alpha_at(t, i)) ++i;
  return i;
}
inline size_t letters_start(std::string_view t, size_t i) {
  while (i > 0 && is_alpha(t[i - 1])) --i;
  return i;
}
inline size_t digits_end(std::string_view t, size_t i) {
  while (digit_at(t, i)) ++i;
  return i;
}

// The value of a run of ASCII digits (the caller bounds its length).
inline int to_int(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

// ASCII case-insensitive equality.
inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k)
    if (lower(a[k]) != lower(b[k])) return false;
  return true;
}

// Byte length of the white-space character at t[i], or 0: ASCII white space and the no-break and thin spaces
// that PDF and HTML conversion leave in letterheads (U+00A0, U+2000..U+200A, U+202F), and the space of a
// PDF's symbol font, which lands in the private use area (U+F020).
inline size_t space_at(std::string_view t, size_t i) {
  if (i >= t.size()) return 0;
  const auto c = static_cast<unsigned char>(t[i]);
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0) return 2;
  if (c == 0xEF && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80 &&
      static_cast<unsigned char>(t[i + 2]) == 0xA0)
    return 3;
  if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
    const auto d = static_cast<unsigned char>(t[i + 2]);
    if (d <= 0x8A || d == 0xAF) return 3;
  }
  return 0;
}

// Byte length of a blank at t[i] that does not end a line: a space, a tab or an odd PDF space (space_at);
// 0 for anything else, a line break among them.
inline size_t blank_at(std::string_view t, size_t i) {
  const size_t n = space_at(t, i);
  return (n == 1 && t[i] != ' ' && t[i] != '\t') ? 0 : n;
}

// Past the blanks (blank_at) at i, staying on the line.
inline size_t skip_blanks_on_line(std::string_view t, size_t i) {
  for (size_t n; (n = blank_at(t, i)) != 0;) i += n;
  return i;
}

// True for a non-empty run of capitals.
inline bool all_upper(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (!is_upper(c)) return false;
  return true;
}

// Past white space (space_at) crossing at most `max_newlines` line breaks; npos if it would cross more.
inline size_t skip_space(std::string_view t, size_t i, int max_newlines) {
  for (size_t n; (n = space_at(t, i)) != 0; i += n)
    if (t[i] == '\n' && --max_newlines < 0) return std::string_view::npos;
  return i;
}

// Bytes of a list's bullet ("-", "*", "•") at the start of t; 0 when there is none.
inline size_t bullet_length(std::string_view t) {
  if (t.substr(0, 3) == "\u2022") return 3;
  return !t.empty() && (t[0] == '-' || t[0] == '*') ? 1 : 0;
}

// t without white space (space_at), or the characters in `marks`, at either end.
inline std::string_view trim(std::string_view t, std::string_view marks) {
  while (!t.empty()) {
    size_t n = space_at(t, 0);
    if (n == 0 && marks.find(t.front()) != std::string_view::npos) n = 1;
    if (n == 0) break;
    t.remove_prefix(n);
  }
  while (!t.empty()) {
    size_t n = marks.find(t.back()) != std::string_view::npos ? 1 : 0;
    for (size_t k = 1; k <= 3 && n == 0; ++k)
      if (t.size() >= k && space_at(t, t.size() - k) == k) n = k;
    if (n == 0) break;
    t.remove_suffix(n);
  }
  return t;
}

// The first of `phrases` that opens a line of t starting before `limit` (Markdown marks and white space
// aside), as a heading or a reference line does; "" when none.
inline std::string_view line_opening_with(std::string_view t, size_t limit,
                                          std::initializer_list<std::string_view> phrases) {
  for (size_t b = 0; b < t.size() && b < limit;) {
    for (std::string_view p : phrases)
      if (starts_with_phrase(trim(t.substr(b), "*_# "), p)) return p;
    const size_t nl = t.find('\n', b);
    if (nl == std::string_view::npos) break;
    b = nl + 1;
  }
  return {};
}

}  // namespace foi::scan
