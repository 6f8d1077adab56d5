// Server set-up for cpp-httplib 0.11.4 (Debian 12).
#include "searchd/server.h"

#include <httplib.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "searchd/respond.h"
#include "searchd/static_files.h"

namespace foi::searchd {
namespace {

// No inline script or style, nothing from elsewhere: the page is static files from web/ and fetch() to /api.
const char* kCsp =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

httplib::Server::HandlerResponse pre_route(const ServerOptions& o, const httplib::Request& req,
                                           httplib::Response& res) {
  bool pasted = req.method == "POST" && req.path == "/api/similar";  // pasted text longer than a URL holds
  if (req.method != "GET" && req.method != "HEAD" && !pasted) {
    res.set_header("Allow", req.path == "/api/similar" ? "GET, HEAD, POST" : "GET, HEAD");
    send_error(res, 405, "method_not_allowed", "only GET and HEAD are allowed");
    return httplib::Server::HandlerResponse::Handled;
  }
  if (req.path.size() > o.max_path_bytes) {
    send_error(res, 414, "path_too_long", "the path is too long");
    return httplib::Server::HandlerResponse::Handled;
  }
  // Range headers are ignored (HTTP allows it: the whole answer comes with 200). httplib 0.11.4 answered each range
  // of a Range header in one multipart body, so a few KiB of "0-,0-,0-..." asked for a thousand copies of a
  // response, and it cut a handler's 200 to a single range without making it a 206. The request is httplib's
  // own non-const object, passed here as const.
  const_cast<httplib::Request&>(req).ranges.clear();
  for (unsigned char c : req.path)  // the path as decoded: "%00" arrives here as a NUL
    if (c < 0x20 || c == 0x7F) {
      send_error(res, 400, "bad_path", "the path holds a control character");
      return httplib::Server::HandlerResponse::Handled;
    }
  return httplib::Server::HandlerResponse::Unhandled;
}

void on_error(const httplib::Request&, httplib::Response& res) {
  if (!res.body.empty()) return;  // a handler already wrote a JSON error
  if (res.status == 404) return send_error(res, 404, "not_found", "no such path");
  send_error(res, res.status, "bad_request", "the request could not be read");
}

void on_exception(const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
  try {
    if (ep) std::rethrow_exception(ep);
  } catch (const std::exception& e) {
    std::cerr << "searchd: internal error on " << escape_for_log(req.path) << ": " << e.what() << "\n";
  } catch (...) {
    std::cerr << "searchd: internal error on " << escape_for_log(req.path) << "\n";
  }
  res.headers.erase("EXCEPTION_WHAT");
  send_error(res, 500, "internal", "internal error");  // never the exception's text
}

void log_request(const httplib::Request& req, const httplib::Response& res) {
  std::string target = req.path;
  if (!req.params.empty()) {
    target += "?";
    for (const auto& [k, v] : req.params) target += k + "=" + v + "&";
    target.pop_back();
  }
  std::fprintf(stderr, "%s %s %s %d\n", escape_for_log(req.remote_addr).c_str(), escape_for_log(req.method).c_str(),
               escape_for_log(target).c_str(), res.status);
}

}  // namespace

std::string escape_for_log(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (c < 0x20 || c == 0x7F || c == '\\') {
      char buf[5];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// A complete response with the usual headers and a JSON error, for the connection handling to send itself.
std::string canned(const std::string& status_line, const std::string& extra_header, const std::string& code,
                   const std::string& message) {
  std::string body = R"({"error":{"code":")" + code + R"(","message":")" + message + "\"}}";
  return "HTTP/1.1 " + status_line + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\n" + extra_header + "Connection: close\r\nContent-Security-Policy: " +
         kCsp + "\r\nX-Content-Type-Options: nosniff\r\n\r\n" + body;
}

void configure_server(GuardedServer& server, const ServerOptions& o) {
  const ConnectionLimits& c = server.limits();
  server.set_canned_responses(
      {canned("503 Service Unavailable", "Retry-After: 1\r\n", "overloaded", "too many connections; try again shortly"),
       canned("431 Request Header Fields Too Large", "", "request_too_large",
              "the request is over " + std::to_string(c.max_request_bytes) + " bytes")});
  server.set_tcp_nodelay(true);
  // The connection handling (connections.h) keeps its own deadlines; httplib's are set to agree.
  server.set_keep_alive_max_count(c.keep_alive_max);
  server.set_keep_alive_timeout((c.idle_timeout_ms + 999) / 1000);
  server.set_read_timeout(std::chrono::milliseconds(c.read_timeout_ms));
  server.set_write_timeout(std::chrono::milliseconds(c.write_timeout_ms));
  server.set_payload_max_length(o.max_payload_bytes);
  server.set_default_headers({{"Content-Security-Policy", kCsp},
                              {"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"},
                              {"X-Frame-Options", "DENY"}});
  server.set_pre_routing_handler([o](const httplib::Request& req, httplib::Response& res) {
    return pre_route(o, req, res);
  });
  server.set_error_handler(on_error);
  server.set_exception_handler(on_exception);
  if (o.access_log) server.set_logger(log_request);
  if (o.web_dir.empty()) return;
  StaticFiles files = load_static_files(o.web_dir);
  for (const std::string& s : files.skipped) std::cerr << "searchd: not serving " << escape_for_log(s) << "\n";
  if (files.files.empty()) std::cerr << "searchd: no web files at " << o.web_dir << "; serving the API only\n";
  register_static_files(server, files);
}

}  // namespace foi::searchd
