// A stable 64-bit hash (FNV-1a) for content signatures and over-long keys: the same on every machine and run.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace foi {

inline uint64_t fnv1a64(std::string_view bytes, uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

inline std::string hex64(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

}  // namespace foi
