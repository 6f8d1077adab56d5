// Tesseract, once per process (each sandboxed read is its own process).
#include "foi/formats/ocr.h"

#include <tesseract/baseapi.h>

#include <memory>

#include "foi/base/text.h"

namespace foi::formats {

std::string ocr_page(const GreyImage& image) {
  static std::unique_ptr<tesseract::TessBaseAPI> api = [] {
    auto a = std::make_unique<tesseract::TessBaseAPI>();
    if (a->Init(nullptr, "eng") != 0) a.reset();
    return a;
  }();
  if (!api) throw TextError("OCR unavailable: Tesseract's English data is not installed (tesseract-ocr-eng)");
  api->SetImage(image.pixels, image.width, image.height, 1, image.bytes_per_line);
  if (image.dpi > 0) api->SetSourceResolution(image.dpi);
  std::unique_ptr<char[]> text(api->GetUTF8Text());
  return text ? clean_utf8(text.get()) : "";
}

}  // namespace foi::formats
