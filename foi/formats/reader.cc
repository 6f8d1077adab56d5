// Format dispatch by file name.
#include "foi/formats/reader.h"

#include "foi/formats/html.h"
#include "foi/formats/mail.h"
#include "foi/formats/office.h"
#include "foi/formats/pdf.h"
#include "foi/formats/text_format.h"
#include "foi/formats/wdtk.h"

namespace foi::formats {
namespace {

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
    case Format::kMail: return {read_mail(bytes, options, read_document)};
    case Format::kMbox: return read_mbox(bytes, options, read_document);
    case Format::kDocx: return {read_docx(bytes)};
    case Format::kOdt: return {read_odt(bytes)};
    case Format::kWdtkJson: return {read_wdtk_json(bytes)};
  }
  throw UnsupportedFormat("unsupported format");
}

}  // namespace

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
