// foi-searchd: flags -> options, check the index opens, listen until SIGINT/SIGTERM.
#include <httplib.h>
#include <signal.h>
#include <sys/resource.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <csignal>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <chrono>
#include <thread>

#include "foi/search/search.h"
#include "searchd/api.h"
#include "searchd/server.h"

namespace {

struct Args {
  foi::searchd::ApiConfig api;
  foi::searchd::ServerOptions server;
  std::string host = "127.0.0.1";
  int port = 8080;
};

void usage(std::ostream& out) {
  out << "usage: foi-searchd --db DB [--listen HOST:PORT] [--web DIR] [--threads N] [--max-connections N]\n"
         "                   [--header-timeout S] [--remote-timeout S] [--answer-cache-mb N] [--quiet]\n"
         "  --db DB              the index (a directory, or a stub file naming several databases)\n"
         "  --listen HOST:PORT   default 127.0.0.1:8080; port 0 picks a free port (printed on start); a port\n"
         "                       another process holds is an error\n"
         "  --web DIR            static files served at / (read once at start-up; default: none)\n"
         "  --threads N          requests using the index at once (default 16); more wait up to 10 s, then 503\n"
         "  --max-connections N  connections served at once (default 256); one more is answered 503 at once\n"
         "  --header-timeout S   seconds a request may take to arrive whole (default 10)\n"
         "  --remote-timeout S   seconds a remote shard may take to connect or answer (default 5); then 503\n"
         "  --answer-cache-mb N  repeated searches' answers kept, in MB (default 32; 0: none)\n"
         "  --quiet              no access log\n";
}

bool parse_listen(const std::string& s, Args& a) {
  size_t colon = s.rfind(':');
  if (colon == std::string::npos || colon == 0) return false;
  a.host = s.substr(0, colon);
  char* end = nullptr;
  long port = std::strtol(s.c_str() + colon + 1, &end, 10);
  if (*end != '\0' || port < 0 || port > 65535) return false;
  a.port = static_cast<int>(port);
  return true;
}

bool parse_count(const char* s, size_t min, size_t max, size_t& out) {
  char* end = nullptr;
  unsigned long long v = std::strtoull(s, &end, 10);
  if (*s == '\0' || *end != '\0' || v < min || v > max) return false;
  out = static_cast<size_t>(v);
  return true;
}

std::optional<Args> parse_args(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    const char* v = (i + 1 < argc) ? argv[i + 1] : nullptr;
    if (arg == "--quiet") a.server.access_log = false;
    else if (!v) return std::nullopt;
    else if (arg == "--db") a.api.db_path = argv[++i];
    else if (arg == "--web") a.server.web_dir = argv[++i];
    else if (arg == "--listen") { if (!parse_listen(argv[++i], a)) return std::nullopt; }
    else if (arg == "--remote-timeout") {
      double t = std::strtod(argv[++i], nullptr);
      if (!(t > 0 && t <= 600)) return std::nullopt;
      a.api.limits.remote_timeout_seconds = t;
    } else if (arg == "--threads") {
      if (!parse_count(argv[++i], 1, 1024, a.api.max_searches)) return std::nullopt;
    } else if (arg == "--max-connections") {
      if (!parse_count(argv[++i], 1, 65536, a.server.connections.max_connections)) return std::nullopt;
    } else if (arg == "--answer-cache-mb") {
      size_t mb = 0;
      if (!parse_count(argv[++i], 0, 65536, mb)) return std::nullopt;
      a.api.answer_cache_bytes = mb << 20;
    } else if (arg == "--header-timeout") {
      size_t s = 0;
      if (!parse_count(argv[++i], 1, 600, s)) return std::nullopt;
      a.server.connections.header_timeout_ms = static_cast<int>(s * 1000);
    } else return std::nullopt;
  }
  if (a.api.db_path.empty()) return std::nullopt;
  return a;
}

// Stops the server on SIGINT or SIGTERM, from a thread that waits for them (no work in a signal handler).
std::thread stop_on_signal(foi::searchd::GuardedServer& server) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  return std::thread([&server, set] {
    int sig = 0;
    sigwait(&set, &sig);
    // A signal that arrives before the server runs would be lost by stop(): wait for it to run first.
    for (int i = 0; i < 500 && !server.is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    server.stop();
  });
}

// Each connection and each open index holds file descriptors; the soft limit (often 1,024) is raised towards the
// hard one so that the connection limit, not the descriptor limit, is what a crowd meets.
void raise_file_limit(size_t connections) {
  rlimit r{};
  if (getrlimit(RLIMIT_NOFILE, &r) != 0) return;
  rlim_t want = std::min<rlim_t>(r.rlim_max, static_cast<rlim_t>(connections) * 2 + 1024);
  if (r.rlim_cur < want) {
    r.rlim_cur = want;
    setrlimit(RLIMIT_NOFILE, &r);
  }
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) return usage(std::cout), 0;
  std::optional<Args> args = parse_args(argc, argv);
  if (!args) return usage(std::cerr), 2;
  // A remote shard that went away must fail one request, not kill the daemon on its next write.
  std::signal(SIGPIPE, SIG_IGN);
  try {
    foi::Health h = foi::SearchIndex(args->api.db_path, args->api.limits).health();
    std::cerr << "searchd: index " << args->api.db_path << " holds " << h.docs << " documents\n";
  } catch (const std::exception& e) {
    std::cerr << "foi-searchd: " << e.what() << "\n";
    return 1;
  }
  raise_file_limit(args->server.connections.max_connections);
  foi::searchd::GuardedServer server(args->server.connections);
  foi::searchd::configure_server(server, args->server);
  foi::searchd::register_routes(server, args->api);
  int port = server.bind(args->host, args->port);
  if (port < 0) {
    std::cerr << "foi-searchd: cannot listen on " << args->host << ":" << args->port << ": " << std::strerror(errno)
              << "\n";
    return 1;
  }
  std::cout << "listening on http://" << args->host << ":" << port << std::endl;
  std::thread stopper = stop_on_signal(server);
  server.listen_after_bind();
  stopper.detach();
  return 0;
}
