// Formats by file name, and the sizes readers report in.
#include "foi/formats/format.h"

#include <algorithm>

namespace foi::formats {
namespace {

std::string_view basename(std::string_view path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace

std::string lower_extension(std::string_view filename) {
  std::string_view base = basename(filename);
  size_t dot = base.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  std::string ext(base.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

std::optional<Format> format_for(std::string_view filename) {
  std::string ext = lower_extension(filename);
  if (ext.empty() || ext == "txt" || ext == "text") return Format::kText;
  if (ext == "md" || ext == "markdown") return Format::kMarkdown;
  if (ext == "pdf") return Format::kPdf;
  if (ext == "html" || ext == "htm") return Format::kHtml;
  if (ext == "eml") return Format::kMail;
  if (ext == "mbox") return Format::kMbox;
  if (ext == "docx") return Format::kDocx;
  if (ext == "odt") return Format::kOdt;
  if (ext == "json") return Format::kWdtkJson;
  return std::nullopt;
}

bool is_ignored_name(std::string_view filename) {
  std::string_view base = basename(filename);
  if (base.empty() || base[0] == '.') return true;
  return base == "README" || base == "README.md" || base == "README.txt";
}

bool needs_sandbox(Format f) {
  return f == Format::kPdf || f == Format::kHtml || f == Format::kMail || f == Format::kMbox || f == Format::kDocx ||
         f == Format::kOdt;
}

std::string megabytes(size_t bytes) {
  if (bytes % (1 << 20) == 0) return std::to_string(bytes >> 20) + " MB";
  size_t tenths = (bytes * 10 + (1 << 20) - 1) >> 20;  // rounded up
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

}  // namespace foi::formats
