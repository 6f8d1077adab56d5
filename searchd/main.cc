// foi-searchd: flags -> options, check the index opens, listen until SIGINT/SIGTERM.
#include <httplib.h>
#include <signal.h>

#include <cstdlib>
#include <csignal>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <chrono>
#include <thread>

#include "foi/search.h"
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
  out << "usage: foi-searchd --db DB [--listen HOST:PORT] [--web DIR] [--threads N] [--remote-timeout S] [--quiet]\n"
         "  --db DB             the index (a directory, or a stub file naming several databases)\n"
         "  --listen HOST:PORT  default 127.0.0.1:8080; port 0 picks a free port (printed on start)\n"
         "  --web DIR           static files served at / (default: none)\n"
         "  --threads N         worker threads (default 32)\n"
         "  --remote-timeout S  seconds a remote shard may take to connect or answer (default 5); then 503\n"
         "  --quiet             no access log\n";
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
    } else if (arg == "--threads") { a.server.threads = std::strtoul(argv[++i], nullptr, 10); if (a.server.threads == 0) return std::nullopt; }
    else return std::nullopt;
  }
  if (a.api.db_path.empty()) return std::nullopt;
  return a;
}

// Stops the server on SIGINT or SIGTERM, from a thread that waits for them (no work in a signal handler).
std::thread stop_on_signal(httplib::Server& server) {
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
  httplib::Server server;
  foi::searchd::configure_server(server, args->server);
  foi::searchd::register_routes(server, args->api);
  int port = args->port;
  if (port == 0) port = server.bind_to_any_port(args->host);
  else if (!server.bind_to_port(args->host, port)) port = -1;
  if (port < 0) {
    std::cerr << "foi-searchd: cannot listen on " << args->host << ":" << args->port << "\n";
    return 1;
  }
  std::cout << "listening on http://" << args->host << ":" << port << std::endl;
  std::thread stopper = stop_on_signal(server);
  server.listen_after_bind();
  stopper.detach();
  return 0;
}
