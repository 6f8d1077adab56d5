// Format dispatch by file name.
#include "foi/formats/reader.h"

#include <algorithm>

#include "foi/formats/html.h"
#include "foi/formats/mail.h"
#include "foi/formats/office.h"
#include "foi/formats/pdf.h"
#include "foi/formats/text_format.h"
#include "foi/formats/wdtk.h"

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

ReadText plain(std::string_view bytes, const char* format) {
  ReadText r;
  r.format = format;
  r.text = read_text(bytes, &r.charset);
  return r;
}

std::vector<ReadText> dispatch(Format format, std::string_view bytes, const ReadOptions& options) {
  switch (format) {
    case Format::kText: return {plain(bytes, "text")};
    case Format::kMarkdown: return {plain(bytes, "markdown")};
    case Format::kPdf: return {read_pdf(bytes, options)};
    case Format::kHtml: return {read_html(bytes)};
    case Format::kMail: return {read_mail(bytes, options)};
    case Format::kMbox: return read_mbox(bytes, options);
    case Format::kDocx: return {read_docx(bytes)};
    case Format::kOdt: return {read_odt(bytes)};
    case Format::kWdtkJson: return {read_wdtk_json(bytes)};
  }
  throw UnsupportedFormat("unsupported format");
}

}  // namespace

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

std::vector<ReadText> read_document(std::string_view filename, std::string_view bytes, const ReadOptions& options) {
  std::optional<Format> format = format_for(filename);
  if (!format) throw UnsupportedFormat("unsupported format: ." + lower_extension(filename));
  if (options.depth > kMaxDepth) throw TextError("nested too deep (more than " + std::to_string(kMaxDepth) + ")");
  std::vector<ReadText> docs = dispatch(*format, bytes, options);
  for (const ReadText& d : docs)
    if (d.text.size() > options.max_text_bytes)
      throw TextError("too much text: " + megabytes(d.text.size()) + " extracted, the limit is " +
                      megabytes(options.max_text_bytes) + " (--max-text-mb)");
  return docs;
}

}  // namespace foi::formats
