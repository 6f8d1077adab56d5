// Fuzzes the PDF reader (poppler-cpp) in-process, as the indexer's sandboxed child runs it; OCR off.
#include <cstddef>
#include <cstdint>

#include "foi/formats/pdf.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    foi::formats::read_pdf({reinterpret_cast<const char*>(data), size}, {});
  } catch (const foi::TextError&) {  // damaged, encrypted, scanned (ScannedPdf is one)
  }
  return 0;
}
