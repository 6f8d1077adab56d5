// fork + rlimits + a pipe carrying JSON back.
#include "foi/formats/sandbox.h"

#include <mutex>
#include <shared_mutex>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <nlohmann/json.hpp>
#include <new>
#include <vector>

#include "foi/formats/pdf.h"

namespace foi::formats {
namespace {

void write_all(int fd, const std::string& s) {
  size_t done = 0;
  while (done < s.size()) {
    ssize_t n = write(fd, s.data() + done, s.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += static_cast<size_t>(n);
  }
}

void inject(SandboxFault fault) {
  switch (fault) {
    case SandboxFault::kNone: return;
    case SandboxFault::kCrash: raise(SIGSEGV); return;
    case SandboxFault::kHang: pause(); return;
    case SandboxFault::kSpin:
      for (;;) asm volatile("" ::: "memory");  // burns CPU; the compiler may not drop the loop
    case SandboxFault::kExhaustMemory: {
      std::vector<std::string> hog;
      while (true) hog.emplace_back(64 << 20, 'x');
    }
  }
}

// The address space this process has mapped now, in bytes, from /proc/self/statm (0 if unreadable). Runs in the
// forked child, so it reads into a stack buffer and allocates nothing.
size_t mapped_bytes() {
  int fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  char buf[64];
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  size_t pages = 0;
  for (ssize_t i = 0; i < n && buf[i] >= '0' && buf[i] <= '9'; ++i) pages = pages * 10 + (buf[i] - '0');
  return pages * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

[[noreturn]] void run_child(int fd, std::string_view filename, std::string_view bytes, const ReadOptions& options,
                            const SandboxLimits& limits) {
  rlimit cpu{static_cast<rlim_t>(limits.cpu_seconds), static_cast<rlim_t>(limits.cpu_seconds) + 1};
  // The child may map memory_bytes beyond what it inherited: the parent's thread stacks and malloc arenas (and,
  // in a sanitized build, ASan's terabytes of reserved shadow) do not count against the reader.
  rlim_t as = static_cast<rlim_t>(mapped_bytes() + limits.memory_bytes);
  rlimit mem{as, as};
  rlimit none{0, 0};
  setrlimit(RLIMIT_CPU, &cpu);
  setrlimit(RLIMIT_AS, &mem);
  setrlimit(RLIMIT_CORE, &none);
  for (int sig : {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGXCPU})  // die of it: the parent reads the signal
    signal(sig, SIG_DFL);
  nlohmann::json out;
  try {
    inject(limits.fault);
    out = {{"documents", read_document(filename, bytes, options)}};
  } catch (const ScannedPdf& e) {
    out = {{"error", e.what()}, {"kind", "scanned"}};
  } catch (const UnsupportedFormat& e) {
    out = {{"error", e.what()}, {"kind", "unsupported"}};
  } catch (const std::bad_alloc&) {
    out = {{"error", "reader ran out of memory"}};
  } catch (const std::exception& e) {
    out = {{"error", e.what()}};
  }
  write_all(fd, out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  _exit(0);  // no atexit handlers, no flushing the parent's stdio buffers twice
}

// Reads the child's answer until EOF, the size limit or the deadline. Returns "" and sets `failure` on a limit.
std::string read_answer(int fd, const SandboxLimits& limits, std::string& failure) {
  std::string data;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(limits.timeout_seconds);
  char buf[65536];
  while (true) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      failure = "reader timed out after " + std::to_string(limits.timeout_seconds) + " s";
      return "";
    }
    pollfd p{fd, POLLIN, 0};
    int ready = poll(&p, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0) continue;
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return data;
    data.append(buf, static_cast<size_t>(n));
    if (data.size() > limits.output_bytes) {
      failure = "reader output too large";
      return "";
    }
  }
}

std::string describe_exit(int status) {
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    if (sig == SIGXCPU) return "reader ran out of CPU time";
    return "reader crashed (signal " + std::to_string(sig) + ")";
  }
  return "reader failed (exit " + std::to_string(WEXITSTATUS(status)) + ")";
}

std::vector<ReadText> decode_answer(const std::string& data) {
  nlohmann::json j = nlohmann::json::parse(data, nullptr, false);
  if (j.is_discarded()) throw TextError("reader sent an unreadable answer");
  if (j.contains("error")) {
    std::string kind = j.value("kind", ""), message = j.at("error").get<std::string>();
    if (kind == "scanned") throw ScannedPdf(message);
    if (kind == "unsupported") throw UnsupportedFormat(message);
    throw TextError(message);
  }
  return j.at("documents").get<std::vector<ReadText>>();
}

}  // namespace

std::vector<ReadText> read_sandboxed(std::string_view filename, std::string_view bytes, const ReadOptions& options,
                                     const SandboxLimits& limits) {
  int fds[2];
  pid_t pid = 0;
  {
    // No other thread is inside library code (ICU, libxml2, Xapian...) while the child is made: it may need
    // their locks.
    std::unique_lock<std::shared_mutex> alone(fork_guard());
    if (pipe(fds) != 0) throw TextError("cannot start the reader: no pipe");
    pid = fork();
  }
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    throw TextError("cannot start the reader: fork failed");
  }
  if (pid == 0) {
    // The reader sees nothing of the parent's but the pipe: not the writable database, not its lock.
    int out = dup2(fds[1], 3) == 3 ? 3 : fds[1];
    if (out == 3) close_range(4, ~0U, 0);
    run_child(out, filename, bytes, options, limits);
  }
  close(fds[1]);
  std::string failure;
  std::string data = read_answer(fds[0], limits, failure);
  close(fds[0]);
  if (!failure.empty()) kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!failure.empty()) throw TextError(failure);
  if (!(WIFEXITED(status) && WEXITSTATUS(status) == 0) && data.empty()) throw TextError(describe_exit(status));
  return decode_answer(data);
}

std::shared_mutex& fork_guard() {
  static std::shared_mutex guard;
  return guard;
}

std::vector<ReadText> read_file_bytes(std::string_view filename, std::string_view bytes, const ReadOptions& options,
                                      const SandboxLimits& limits) {
  std::optional<Format> f = format_for(filename);
  if (f && needs_sandbox(*f)) return read_sandboxed(filename, bytes, options, limits);
  std::shared_lock<std::shared_mutex> in_library(fork_guard());
  return read_document(filename, bytes, options);
}

}  // namespace foi::formats
