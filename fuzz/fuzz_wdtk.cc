// Fuzzes the WhatDoTheyKnow thread-export reader (nlohmann/json): bytes -> events as text, hints.
#include <cstddef>
#include <cstdint>

#include "foi/formats/wdtk.h"
#include "foi/base/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    foi::formats::read_wdtk_json({reinterpret_cast<const char*>(data), size});
  } catch (const foi::TextError&) {
  }
  return 0;
}
