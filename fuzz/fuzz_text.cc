// Fuzzes the plain-text reader: bytes in any charset -> ICU detection and decoding -> clean NFC UTF-8, then the
// Markdown clean-up .md files get.
#include <cstddef>
#include <cstdint>
#include <string>

#include "foi/formats/text_format.h"
#include "foi/base/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    std::string charset;
    std::string text = foi::formats::read_text(bytes, &charset);
    foi::formats::strip_markdown(text);
  } catch (const foi::TextError&) {  // binary or undecodable: the file is rejected with this reason
  }
  return 0;
}
