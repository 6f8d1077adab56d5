// Giving memory the program has freed back to the system, so that a long run's resident size follows what it
// holds now rather than the most it ever held. The one corner that knows the C library's allocator.
#pragma once

namespace foi {

// Returns the free memory the allocator keeps (every thread's arena) to the system. Cheap enough to call
// between the phases of a run; harmless where the allocator has no such call.
void release_free_memory();

}  // namespace foi
