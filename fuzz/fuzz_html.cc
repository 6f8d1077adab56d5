// Fuzzes the HTML reader (libxml2's HTML parser, recovering): bytes -> text, title hint.
#include <cstddef>
#include <cstdint>

#include "foi/formats/html.h"
#include "foi/base/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    foi::formats::read_html({reinterpret_cast<const char*>(data), size});
  } catch (const foi::TextError&) {
  }
  return 0;
}
