// Hardening the HTTP server: connection limits, headers, methods, paths, errors, access log, static files.
#pragma once

#include <cstddef>
#include <string>

#include "searchd/connections.h"

namespace foi::searchd {

struct ServerOptions {
  ConnectionLimits connections;
  size_t max_path_bytes = 512;  // longer paths are refused before routing
  size_t max_payload_bytes =
      81920;                    // a POST /api/similar body: up to 64 KiB of text is compared, more is 400
  std::string web_dir;          // static files served at /, empty for none
  bool access_log = true;
};

void configure_server(GuardedServer& server, const ServerOptions& options);

// A request line safe for a log: control characters escaped as \xNN.
std::string escape_for_log(const std::string& s);

}  // namespace foi::searchd
