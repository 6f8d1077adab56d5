// The text member of a stored record: a scan for it, and JSON string unescaping.
#include "foi/search/stored_json.h"

#include <cstdint>
#include <string_view>

namespace foi {
namespace {

constexpr size_t npos = std::string::npos;
// A backslash and one of these stands for the character at the same place in kDecoded (\uXXXX is read apart).
constexpr std::string_view kEscaped = "\"\\/bfnrt";
constexpr std::string_view kHex = "0123456789abcdef";
constexpr std::string_view kDecoded = "\"\\/\b\f\n\r\t";

// The closing quote of the JSON string whose opening quote is at `open`; npos when it is not closed.
size_t string_end(const std::string& s, size_t open) {
  for (size_t j = open + 1; j < s.size(); ++j) {
    if (s[j] == '\\')
      ++j;
    else if (s[j] == '"')
      return j;
  }
  return npos;
}

// [open quote, close quote] of the top-level "text" member's string value, if there is one.
std::optional<std::pair<size_t, size_t>> text_value(const std::string& s) {
  int depth = 0;
  bool key_next = false;  // at depth 1: the next string is a member's name
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '{' || c == '[') {
      key_next = ++depth == 1 && c == '{';
    } else if (c == '}' || c == ']') {
      --depth;
    } else if (c == ',') {
      key_next = depth == 1;
    } else if (c == '"') {
      size_t end = string_end(s, i);
      if (end == npos) return std::nullopt;
      if (key_next && s.compare(i, end + 1 - i, "\"text\"") == 0) {
        if (end + 2 >= s.size() || s[end + 1] != ':' || s[end + 2] != '"') return std::nullopt;
        size_t close = string_end(s, end + 2);
        if (close == npos) return std::nullopt;
        return std::make_pair(end + 2, close);
      }
      key_next = false;
      i = end;
    }
  }
  return std::nullopt;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Four hex digits at s[at]; nullopt when they are not.
std::optional<uint32_t> hex4(const std::string& s, size_t at) {
  if (at + 4 > s.size()) return std::nullopt;
  uint32_t v = 0;
  for (size_t k = at; k < at + 4; ++k) {
    char c = s[k];
    size_t d = kHex.find(static_cast<char>(c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c));
    if (d == npos) return std::nullopt;
    v = v * 16 + static_cast<uint32_t>(d);
  }
  return v;
}

// The string between quotes s[from, to), unescaped; nullopt for an escape JSON does not allow or a lone
// surrogate.
std::optional<std::string> unescape(const std::string& s, size_t from, size_t to) {
  std::string out;
  out.reserve(to - from);
  for (size_t i = from; i < to; ++i) {
    size_t run = i;  // copy the run up to the next escape at once
    while (i < to && s[i] != '\\') ++i;
    out.append(s, run, i - run);
    if (i >= to) break;
    if (++i >= to) return std::nullopt;
    if (s[i] != 'u') {
      size_t k = kEscaped.find(s[i]);
      if (k == npos) return std::nullopt;
      out += kDecoded[k];
      continue;
    }
    std::optional<uint32_t> cp = hex4(s, i + 1);
    if (!cp || i + 5 > to || (*cp >= 0xDC00 && *cp <= 0xDFFF)) return std::nullopt;
    i += 4;
    if (*cp >= 0xD800 && *cp <= 0xDBFF) {  // a pair: \uD83D\uDE00
      bool pair = i + 6 < to && s[i + 1] == '\\' && s[i + 2] == 'u';
      std::optional<uint32_t> low = pair ? hex4(s, i + 3) : std::nullopt;
      if (!low || *low < 0xDC00 || *low > 0xDFFF) return std::nullopt;
      cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
      i += 6;
    }
    append_utf8(out, *cp);
  }
  return out;
}

}  // namespace

std::optional<SplitRecord> split_text_member(const std::string& json) {
  std::optional<std::pair<size_t, size_t>> v = text_value(json);
  if (!v) return std::nullopt;
  std::optional<std::string> text = unescape(json, v->first + 1, v->second);
  if (!text) return std::nullopt;
  SplitRecord out{std::move(*text), {}};
  out.rest.reserve(json.size() - (v->second - v->first) + 2);
  out.rest.append(json, 0, v->first + 1).append(json, v->second, npos);
  return out;
}

}  // namespace foi
