// Reading untrusted files in a child process with CPU-time, memory and output limits and a timeout, so a
// crash, a hang or a limit hit costs one file, never the indexer. The child is a fresh program, foi-read
// (indexer/read_main.cc), started beside the running one: never a fork of a process with other threads, whose
// locks (the allocator's, a library's) a forked child can inherit held and wait on for ever.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "foi/formats/reader.h"

namespace foi::formats {

// What a test makes the child do instead of reading, so each failure path is exercised for real.
enum class SandboxFault { kNone, kCrash, kHang, kSpin, kExhaustMemory };

struct SandboxLimits {
  int cpu_seconds = 30;                      // RLIMIT_CPU of the child
  size_t memory_bytes = 2048ull << 20;       // RLIMIT_AS of the child, above what it inherits at fork
  size_t output_bytes = 256ull << 20;        // the text it may send back
  int timeout_seconds = 60;                  // wall clock, then SIGKILL
  SandboxFault fault = SandboxFault::kNone;  // tests only
};

// read_document in a foi-read child. Throws what read_document throws (ScannedPdf and UnsupportedFormat kept
// as such), or TextError naming the limit hit: "reader crashed (signal 11)", "reader ran out of CPU time",
// "reader ran out of memory", "reader timed out after 60 s", "reader output too large", or "cannot start the
// reader: ..." when foi-read is not beside this program.
std::vector<ReadText> read_sandboxed(std::string_view filename, std::string_view bytes, const ReadOptions& options,
                                     const SandboxLimits& limits = {});

// foi-read's whole work: `foi-read FILENAME OPTIONS` with the file's bytes on standard input (OPTIONS: the
// JSON read_sandboxed writes), sets its own limits, reads, and writes the answer as JSON to standard output.
int run_sandbox_reader(int argc, char** argv);

// Runs in the sandbox only the formats that need it (needs_sandbox), the rest in-process.
std::vector<ReadText> read_file_bytes(std::string_view filename, std::string_view bytes, const ReadOptions& options,
                                      const SandboxLimits& limits = {});

}  // namespace foi::formats
