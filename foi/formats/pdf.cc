// PDF reader: the only file that includes poppler.
#include "foi/formats/pdf.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <poppler-page-renderer.h>
#include <poppler-image.h>

#include <cctype>
#include <ctime>
#include <memory>

#include "foi/formats/ocr.h"

namespace foi::formats {
namespace {

// Fewer visible characters than this per page, on average, and the PDF is a scan.
constexpr size_t kMinCharsPerPage = 20;

std::string utf8_of(const poppler::ustring& u) {
  poppler::byte_array bytes = u.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

size_t visible_chars(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += !std::isspace(c);
  return n;
}

std::optional<std::string> iso_date(time_t t) {
  if (t <= 0) return std::nullopt;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[11];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return std::string(buf);
}

void read_hints(const poppler::document& doc, Hints& h) {
  h.title = clean_utf8(utf8_of(doc.get_title()));
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  h.date = iso_date(doc.info_date("CreationDate"));
#pragma GCC diagnostic pop
}

// poppler prints its complaints about odd files on stderr; the indexer reports a file's fate itself.
void quiet_poppler() {
  static bool done = [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    return true;
  }();
  (void)done;
}

// Resolution pages are rendered at for OCR: enough for 10-point type, small enough to stay in memory limits.
constexpr double kOcrDpi = 200;

// Replaces the (empty) text layer with what Tesseract reads on each rendered page.
void ocr_pages(poppler::document& doc, ReadText& r) {
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  r.text.clear();
  r.pages.clear();
  for (int i = 0; i < doc.pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc.create_page(i));
    if (!page) continue;
    poppler::image img = renderer.render_page(page.get(), kOcrDpi, kOcrDpi);
    if (!img.is_valid()) continue;
    GreyImage grey{reinterpret_cast<const unsigned char*>(img.const_data()), img.width(), img.height(),
                   img.bytes_per_row(), static_cast<int>(kOcrDpi)};
    r.pages.push_back({r.text.size(), i + 1});
    r.text += ocr_page(grey) + "\n";
    ++r.ocr_pages;
  }
}

}  // namespace

ReadText read_pdf(std::string_view bytes, const ReadOptions& options) {
  quiet_poppler();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) throw TextError("damaged or truncated PDF");
  if (doc->is_locked()) throw TextError("encrypted PDF");
  ReadText r;
  r.format = "pdf";
  read_hints(*doc, r.hints);
  size_t visible = 0;
  int pages = doc->pages();
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    std::string text = clean_utf8(utf8_of(page->text(poppler::rectf(), poppler::page::physical_layout)));
    r.pages.push_back({r.text.size(), i + 1});
    visible += visible_chars(text);
    r.text += text;
    if (!r.text.empty() && r.text.back() != '\n') r.text += '\n';
    r.text += '\n';
  }
  if (pages == 0) throw TextError("PDF with no pages");
  if (visible < kMinCharsPerPage * static_cast<size_t>(pages)) {
    r.scanned = true;
    if (!options.ocr) throw ScannedPdf("scanned PDF: no text layer (index with --ocr to read it)");
    ocr_pages(*doc, r);
    if (visible_chars(r.text) == 0) throw ScannedPdf("scanned PDF: OCR found no text");
  }
  return r;
}

}  // namespace foi::formats
