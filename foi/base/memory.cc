// glibc's malloc_trim (a no-op with another C library); /proc/self/status and /proc/self/clear_refs.
#include "foi/base/memory.h"

#include <fstream>
#include <string>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace foi {

void release_free_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

size_t peak_resident_bytes() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stoul(line.substr(6)) * 1024;  // "VmHWM:   1234 kB"
  return 0;
}

void reset_peak_resident() {
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";  // 5: reset the peak resident size (proc(5))
}

}  // namespace foi
