// posix_spawn of foi-read + its own rlimits + the bytes in a memfd + a pipe carrying JSON back.
#include "foi/formats/sandbox.h"

#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <new>
#include <nlohmann/json.hpp>
#include <vector>

#include "foi/formats/pdf.h"

namespace foi::formats {
namespace {

// Writes all of `s` to fd; false when the write fails first.
bool write_all(int fd, std::string_view s) {
  size_t done = 0;
  while (done < s.size()) {
    ssize_t n = write(fd, s.data() + done, s.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
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

// The address space this process has mapped now, in bytes, from /proc/self/statm (0 if unreadable).
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

// The limits foi-read sets on itself before it reads: what read_sandboxed asked for.
void limit_self(const SandboxLimits& limits) {
  rlimit cpu{static_cast<rlim_t>(limits.cpu_seconds), static_cast<rlim_t>(limits.cpu_seconds) + 1};
  // memory_bytes beyond what the program has mapped once started (in a sanitized build, ASan's terabytes of
  // reserved shadow do not count against the reader).
  rlim_t as = static_cast<rlim_t>(mapped_bytes() + limits.memory_bytes);
  rlimit mem{as, as};
  rlimit none{0, 0};
  setrlimit(RLIMIT_CPU, &cpu);
  setrlimit(RLIMIT_AS, &mem);
  setrlimit(RLIMIT_CORE, &none);
  // Die of a fault, not in a sanitizer's handler: the parent reads the signal.
  for (int sig : {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGXCPU}) signal(sig, SIG_DFL);
}

std::string read_all(int fd) {
  std::string data;
  char buf[65536];
  while (true) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return data;
    data.append(buf, static_cast<size_t>(n));
  }
}

// What foi-read is told on its command line besides the file name.
struct ReaderRequest {
  ReadOptions options;
  SandboxLimits limits;
};

std::string encode_request(const ReadOptions& o, const SandboxLimits& l) {
  return nlohmann::json{{"ocr", o.ocr},
                        {"depth", o.depth},
                        {"max_file_bytes", o.max_file_bytes},
                        {"max_text_bytes", o.max_text_bytes},
                        {"cpu_seconds", l.cpu_seconds},
                        {"memory_bytes", l.memory_bytes},
                        {"fault", static_cast<int>(l.fault)}}
      .dump();
}

ReaderRequest decode_request(const char* text) {
  const nlohmann::json j = nlohmann::json::parse(text);
  ReaderRequest r;
  r.options.ocr = j.at("ocr").get<bool>();
  r.options.depth = j.at("depth").get<int>();
  r.options.max_file_bytes = j.at("max_file_bytes").get<size_t>();
  r.options.max_text_bytes = j.at("max_text_bytes").get<size_t>();
  r.limits.cpu_seconds = j.at("cpu_seconds").get<int>();
  r.limits.memory_bytes = j.at("memory_bytes").get<size_t>();
  r.limits.fault = static_cast<SandboxFault>(j.at("fault").get<int>());
  return r;
}

// foi-read's answer for one file: its documents, or the error with its kind.
nlohmann::json answer(std::string_view filename, const std::string& bytes, const ReaderRequest& request) {
  try {
    inject(request.limits.fault);
    return {{"documents", read_document(filename, bytes, request.options)}};
  } catch (const ScannedPdf& e) {
    return {{"error", e.what()}, {"kind", "scanned"}};
  } catch (const UnsupportedFormat& e) {
    return {{"error", e.what()}, {"kind", "unsupported"}};
  } catch (const std::bad_alloc&) {
    return {{"error", "reader ran out of memory"}};
  } catch (const std::exception& e) {
    return {{"error", e.what()}};
  }
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

// foi-read, beside the running program (/proc/self/exe): build/bin/foi-read for foi-index and foi-tests
// alike.
const std::string& reader_program() {
  static const std::string path = [] {
    char buf[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    std::string self = n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string();
    const size_t slash = self.rfind('/');
    return (slash == std::string::npos ? std::string(".") : self.substr(0, slash)) + "/foi-read";
  }();
  return path;
}

// The file's bytes in an anonymous memory file, the reader's standard input; -1 on failure.
int bytes_file(std::string_view bytes) {
  const int fd = memfd_create("foi-read-input", MFD_CLOEXEC);
  if (fd < 0) return -1;
  if (write_all(fd, bytes) && lseek(fd, 0, SEEK_SET) == 0) return fd;
  close(fd);
  return -1;
}

// Starts foi-read with `input` as its standard input and `output` as its standard output, nothing else open,
// every signal at its default and none blocked. posix_spawn runs no code of ours between fork and exec, so no
// lock another thread holds is ever needed. The child's pid, or -1 with errno set.
pid_t spawn_reader(std::string_view filename, const std::string& request, int input, int output) {
  posix_spawn_file_actions_t files;
  posix_spawn_file_actions_init(&files);
  posix_spawn_file_actions_adddup2(&files, input, 0);
  posix_spawn_file_actions_adddup2(&files, output, 1);
  posix_spawn_file_actions_addclosefrom_np(&files, 3);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t all, none;
  sigfillset(&all);
  sigemptyset(&none);
  posix_spawnattr_setsigdefault(&attr, &all);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
  const std::string name(filename);
  const char* argv[] = {reader_program().c_str(), name.c_str(), request.c_str(), nullptr};
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, argv[0], &files, &attr, const_cast<char**>(argv), environ);
  posix_spawnattr_destroy(&attr);
  posix_spawn_file_actions_destroy(&files);
  if (rc != 0) {
    errno = rc;
    return -1;
  }
  return pid;
}

}  // namespace

std::vector<ReadText> read_sandboxed(std::string_view filename, std::string_view bytes, const ReadOptions& options,
                                     const SandboxLimits& limits) {
  const int input = bytes_file(bytes);
  if (input < 0) throw TextError("cannot start the reader: no memory file for the bytes");
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    close(input);
    throw TextError("cannot start the reader: no pipe");
  }
  const pid_t pid = spawn_reader(filename, encode_request(options, limits), input, fds[1]);
  const int spawn_error = errno;
  close(input);
  close(fds[1]);
  if (pid < 0) {
    close(fds[0]);
    throw TextError("cannot start the reader: " + reader_program() + ": " + std::strerror(spawn_error));
  }
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

int run_sandbox_reader(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr,
                 "usage: foi-read FILENAME OPTIONS < FILE\n(started by foi-index for each file it reads "
                 "in a sandbox; OPTIONS is JSON)\n");
    return 2;
  }
  nlohmann::json out;
  try {
    const ReaderRequest request = decode_request(argv[2]);
    limit_self(request.limits);
    out = answer(argv[1], read_all(0), request);
  } catch (const nlohmann::json::exception& e) {
    out = {{"error", std::string("reader was given bad options: ") + e.what()}};
  }
  write_all(1, out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  return 0;
}

std::vector<ReadText> read_file_bytes(std::string_view filename, std::string_view bytes, const ReadOptions& options,
                                      const SandboxLimits& limits) {
  std::optional<Format> f = format_for(filename);
  if (f && needs_sandbox(*f)) return read_sandboxed(filename, bytes, options, limits);
  return read_document(filename, bytes, options);
}

}  // namespace foi::formats
