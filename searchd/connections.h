// Connections that cannot take the daemon down: a request must arrive whole within a deadline, only so many
// connections are served at once (the next is answered 503 at once, not queued behind slow ones), keep-alive is
// bounded, and the listening socket is the daemon's alone (no SO_REUSEPORT) with a real backlog.
#pragma once

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <string>

namespace foi::searchd {

struct ConnectionLimits {
  size_t max_connections = 256;   // served at once, a thread each; one more is answered 503 "overloaded" at once
  int header_timeout_ms = 10000;  // a request's line, headers and body must all arrive within this
  int idle_timeout_ms = 5000;     // keep-alive: how long an open connection may wait for its next request
  int read_timeout_ms = 5000;     // silence allowed inside a request
  int write_timeout_ms = 30000;   // a whole response must be taken by the client within this
  size_t keep_alive_max = 100;    // requests per connection
  size_t max_request_bytes = 98304;  // request line, headers and body together (a pasted letter POSTed)
  int backlog = 1024;             // the kernel's queue of connections not yet accepted (capped by somaxconn)
};

// httplib's Server with its connection handling replaced (cpp-httplib 0.11.4 lets a subclass override
// process_and_close_socket and call process_request with a Stream of its own).
class GuardedServer : public httplib::Server {
 public:
  explicit GuardedServer(ConnectionLimits limits);

  // Binds host:port (0: any free port) for this process alone and listens with the limits' backlog. The port,
  // or -1 when it cannot (the port is taken, the address is not ours).
  int bind(const std::string& host, int port);

  // Whole responses written by the connection handling itself, where httplib has none to give: to a connection
  // over the limit, and to a request over max_request_bytes.
  struct CannedResponses {
    std::string overloaded;
    std::string too_large;
  };
  void set_canned_responses(CannedResponses r) { canned_ = std::move(r); }

  const ConnectionLimits& limits() const { return limits_; }

 private:
  bool process_and_close_socket(socket_t sock) override;
  void refuse(socket_t sock) const;
  bool stopping() const { return svr_sock_ == INVALID_SOCKET; }

  ConnectionLimits limits_;
  CannedResponses canned_;
};

}  // namespace foi::searchd
