// OCR of a rendered page with Tesseract (Debian's libtesseract, English data). The only file that includes it.
#pragma once

#include <string>

namespace foi::formats {

// An 8-bit grey image, rows top to bottom.
struct GreyImage {
  const unsigned char* pixels = nullptr;
  int width = 0, height = 0, bytes_per_line = 0;
  int dpi = 0;
};

// The text Tesseract reads in the image. Throws TextError when Tesseract or its English data is missing.
std::string ocr_page(const GreyImage& image);

}  // namespace foi::formats
