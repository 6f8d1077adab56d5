// glibc's malloc_trim; a no-op with another C library.
#include "foi/base/memory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace foi {

void release_free_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

}  // namespace foi
