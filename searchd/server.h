// Hardening the HTTP server: thread pool, timeouts, limits, headers, methods, errors, access log.
#pragma once

#include <cstddef>
#include <string>

namespace httplib {
class Server;
}

namespace foi::searchd {

struct ServerOptions {
  size_t threads = 32;          // worker pool; keep-alive connections each hold a worker while open
  size_t max_path_bytes = 512;  // longer paths are refused before routing
  size_t max_payload_bytes = 4096;
  int timeout_seconds = 5;      // read, write and keep-alive
  size_t keep_alive_max = 100;  // requests per connection
  std::string web_dir;          // static files served at /, empty for none
  bool access_log = true;
};

void configure_server(httplib::Server& server, const ServerOptions& options);

// A request line safe for a log: control characters escaped as \xNN.
std::string escape_for_log(const std::string& s);

}  // namespace foi::searchd
