// The process's memory as the system sees it: giving back what the program has freed, so that a long run's
// resident size follows what it holds now rather than the most it ever held, and the most it has held (its
// peak resident size) since a point the caller chooses. The one corner that knows the C library's allocator
// and /proc.
#pragma once

#include <cstddef>

namespace foi {

// Returns the free memory the allocator keeps (every thread's arena) to the system. Cheap enough to call
// between the phases of a run; harmless where the allocator has no such call.
void release_free_memory();

// The process's peak resident size in bytes (Linux's VmHWM) since it started or since the last
// reset_peak_resident(); 0 where the system does not say.
size_t peak_resident_bytes();

// Starts peak_resident_bytes() again from the resident size now (Linux 4.0 and later); does nothing where the
// system cannot.
void reset_peak_resident();

}  // namespace foi
