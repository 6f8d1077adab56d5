// Fuzzes the Office readers (libzip + libxml2, with zip-bomb and entity limits): the bytes as DOCX and as ODT.
#include <cstddef>
#include <cstdint>

#include "foi/formats/office.h"
#include "foi/base/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    foi::formats::read_docx(bytes);
  } catch (const foi::TextError&) {
  }
  try {
    foi::formats::read_odt(bytes);
  } catch (const foi::TextError&) {
  }
  return 0;
}
