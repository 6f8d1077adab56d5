// Plain text and Markdown reader.
#include "foi/formats/text_format.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "foi/base/text.h"

namespace foi::formats {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Leading "#" marks of a heading line ("## Appendix A", "#Freedom of Information Requests, ...").
size_t heading_marks(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] == '#') ++i;
  return (i > 0 && i <= 6) ? i : 0;
}

bool is_space_at(std::string_view line, size_t i) {
  return i >= line.size() || std::isspace(static_cast<unsigned char>(line[i]));
}
bool is_punct_at(std::string_view line, size_t i) {
  return i < line.size() && std::ispunct(static_cast<unsigned char>(line[i]));
}

// Positions of ** and __ emphasis marks that open and close a pair within the line, by CommonMark's flanking
// rules: "window.__proto" or a lone "**" is text, "**Our ref: 6152/17**" is emphasis.
std::vector<size_t> emphasis_marks(std::string_view line, size_t start) {
  std::vector<size_t> marks;
  for (char delim : {'*', '_'}) {
    std::vector<size_t> openers;
    for (size_t i = start; i + 1 < line.size(); ++i) {
      if (line[i] != delim || line[i + 1] != delim) continue;
      size_t before = i == 0 ? line.size() : i - 1, after = i + 2;  // line.size() reads as a space
      bool left = !is_space_at(line, after) &&
                  (!is_punct_at(line, after) || is_space_at(line, before) || is_punct_at(line, before));
      bool right = !is_space_at(line, before) &&
                   (!is_punct_at(line, before) || is_space_at(line, after) || is_punct_at(line, after));
      bool opens = delim == '*' ? left : left && (!right || is_punct_at(line, before));
      bool closes = delim == '*' ? right : right && (!left || is_punct_at(line, after));
      if (closes && !openers.empty()) {
        marks.push_back(openers.back());
        marks.push_back(i);
        openers.pop_back();
      } else if (opens) {
        openers.push_back(i);
      }
      ++i;
    }
  }
  std::sort(marks.begin(), marks.end());
  return marks;
}

void strip_line(std::string_view line, std::string& out) {
  size_t start = heading_marks(line);
  while (start > 0 && start < line.size() && line[start] == ' ') ++start;
  std::vector<size_t> marks = emphasis_marks(line, start);
  size_t next_mark = 0;
  for (size_t i = start; i < line.size(); ++i) {
    char c = line[i];
    char next = i + 1 < line.size() ? line[i + 1] : '\0';
    if (next_mark < marks.size() && marks[next_mark] == i) {  // ** or __ emphasis
      ++next_mark;
      ++i;
      continue;
    }
    if (c == '\\' && next != '\0' && std::ispunct(static_cast<unsigned char>(next))) {  // \* \# \[ escapes
      out += next;
      ++i;
      continue;
    }
    if (c == '^' && i > 0 && is_digit(line[i - 1]) && is_alpha(next)) continue;  // 4^th
    out += c;
  }
}

}  // namespace

std::string strip_markdown(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    strip_line(text.substr(pos, nl - pos), out);
    if (nl < text.size()) out += '\n';
    pos = nl + 1;
  }
  return out;
}

std::string read_text(std::string_view bytes, std::string* charset) {
  DecodedText d = decode_text(bytes);
  if (charset) *charset = d.charset;
  return strip_markdown(d.text);
}

}  // namespace foi::formats
