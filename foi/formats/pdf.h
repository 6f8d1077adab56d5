// PDF with poppler-cpp: text page by page, page numbers kept; title and dates only as hints.
#pragma once

#include <string_view>

#include "foi/formats/format.h"
#include "foi/formats/read_text.h"

namespace foi::formats {

// A PDF whose pages carry no text layer (a scan); read it with OCR, or count it as a scan.
class ScannedPdf : public TextError {
 public:
  using TextError::TextError;
};

// Throws TextError for a damaged or truncated PDF and for an encrypted one, ScannedPdf for one with no text layer
// when options.ocr is off.
ReadText read_pdf(std::string_view bytes, const ReadOptions& options);

}  // namespace foi::formats
