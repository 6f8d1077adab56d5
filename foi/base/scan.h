// Small helpers for hand-written scanning of UTF-8 text (ASCII decisions only; other bytes are "not a word char").
#pragma once

#include <cstddef>
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

// True when `phrase` occurs anywhere in t, matched as match_phrase matches.
inline bool contains_phrase(std::string_view t, std::string_view phrase) {
  if (phrase.empty()) return true;
  for (size_t i = 0; i < t.size(); ++i)
    if (lower(t[i]) == lower(phrase[0]) && match_phrase(t, i, phrase) != std::string_view::npos) return true;
  return false;
}

// True when any of the phrases occurs in t.
inline bool contains_any_phrase(std::string_view t, std::initializer_list<std::string_view> phrases) {
  for (std::string_view p : phrases)
    if (contains_phrase(t, p)) return true;
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

}  // namespace foi::scan
