// Format dispatch by file name.
#include "foi/formats/reader.h"

#include <algorithm>

#include "foi/formats/text_format.h"

namespace foi::formats {
namespace {

std::string_view basename(std::string_view path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string lower_extension(std::string_view filename) {
  std::string_view base = basename(filename);
  size_t dot = base.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  std::string ext(base.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

}  // namespace

std::optional<Format> format_for(std::string_view filename) {
  std::string ext = lower_extension(filename);
  if (ext.empty() || ext == "txt" || ext == "text") return Format::kText;
  if (ext == "md" || ext == "markdown") return Format::kMarkdown;
  return std::nullopt;
}

bool is_ignored_name(std::string_view filename) {
  std::string_view base = basename(filename);
  if (base.empty() || base[0] == '.') return true;
  return base == "README" || base == "README.md" || base == "README.txt";
}

ReadText read_document(std::string_view filename, std::string_view bytes) {
  std::optional<Format> format = format_for(filename);
  if (!format) throw UnsupportedFormat("unsupported format: ." + lower_extension(filename));
  ReadText r;
  r.format = *format == Format::kMarkdown ? "markdown" : "text";
  r.text = read_text(bytes, &r.charset);
  return r;
}

}  // namespace foi::formats
