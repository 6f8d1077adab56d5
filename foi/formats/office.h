// Office documents: DOCX and ODT, reading the ZIP with bounds so a zip bomb is rejected, never expanded.
#pragma once

#include <cstddef>
#include <string_view>

#include "foi/formats/read_text.h"

namespace foi::formats {

struct ZipLimits {
  size_t max_entries = 2000;                 // entries in the archive
  size_t max_entry_bytes = 64 * 1024 * 1024; // inflated size of the one XML part we read
  size_t max_ratio = 200;                    // inflated / compressed, for that part
};

// Paragraphs and headings of word/document.xml (DOCX) or content.xml (ODT) as lines of text; the title from the
// document's core properties when present. Throws TextError ("zip bomb", "not a DOCX", "XML entity loop"...).
ReadText read_docx(std::string_view bytes, const ZipLimits& limits = {});
ReadText read_odt(std::string_view bytes, const ZipLimits& limits = {});

}  // namespace foi::formats
