// Plain text and Markdown reader.
#include "foi/formats/text_format.h"

#include <cctype>

#include "foi/text.h"

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

void strip_line(std::string_view line, std::string& out) {
  size_t start = heading_marks(line);
  while (start > 0 && start < line.size() && line[start] == ' ') ++start;
  for (size_t i = start; i < line.size(); ++i) {
    char c = line[i];
    char next = i + 1 < line.size() ? line[i + 1] : '\0';
    if ((c == '*' || c == '_') && next == c) {  // ** or __ emphasis
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
