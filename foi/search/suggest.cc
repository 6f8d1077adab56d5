// Word-by-word spelling suggestions over the index's spelling data (suggest.h).
#include "foi/search/suggest.h"

#include <algorithm>
#include <string_view>

#include "foi/base/scan.h"

namespace foi {
namespace {

constexpr size_t kMinLetters = 3;
constexpr unsigned kMaxEdits = 2;

bool is_operator(std::string_view w) {
  for (std::string_view op : {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"})
    if (w == op) return true;
  return false;
}

// The end of a token starting at i: a run of anything but blanks, quotes and brackets.
size_t token_end(const std::string& q, size_t i) {
  while (i < q.size() && !scan::is_space(q[i]) && q[i] != '"' && q[i] != '(' && q[i] != ')') ++i;
  return i;
}

// The end of a field's value after "field:": a quoted value runs to its closing quote, else a token.
size_t field_value_end(const std::string& q, size_t i) {
  if (i < q.size() && q[i] == '"') {
    size_t close = q.find('"', i + 1);
    return close == std::string::npos ? q.size() : close + 1;
  }
  return token_end(q, i);
}

// The correction for one token, or nullopt to keep it as typed.
std::optional<std::string> correct_word(const Xapian::Database& db, std::string_view word) {
  if (word.size() < kMinLetters || is_operator(word)) return std::nullopt;
  if (!std::all_of(word.begin(), word.end(), [](char c) { return scan::is_alpha(c); })) return std::nullopt;
  std::string lower(word);
  std::transform(lower.begin(), lower.end(), lower.begin(), scan::lower);
  if (db.get_termfreq(lower) > 0) return std::nullopt;
  std::string s = db.get_spelling_suggestion(lower, kMaxEdits);
  if (s.empty() || s == lower) return std::nullopt;
  return s;
}

}  // namespace

std::optional<std::string> suggest_query(const Xapian::Database& db, const std::string& q) {
  std::string out;
  bool changed = false;
  size_t i = 0;
  while (i < q.size()) {
    size_t end = token_end(q, i);
    if (end == i) {  // a blank, quote or bracket
      out += q[i++];
      continue;
    }
    std::string_view token(q.data() + i, end - i);
    size_t colon = token.find(':');
    if (colon != std::string_view::npos) {  // a field and its value stay as typed
      size_t value_end = colon + 1 == token.size() ? field_value_end(q, end) : end;
      out.append(q, i, value_end - i);
      i = value_end;
      continue;
    }
    size_t sign = token[0] == '-' || token[0] == '+' ? 1 : 0;
    std::optional<std::string> fix = correct_word(db, token.substr(sign));
    if (fix) {
      out.append(token.substr(0, sign)).append(*fix);
      changed = true;
    } else {
      out.append(token);
    }
    i = end;
  }
  return changed ? std::optional<std::string>(out) : std::nullopt;
}

}  // namespace foi
