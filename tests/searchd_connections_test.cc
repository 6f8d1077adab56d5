// searchd's connections: slow clients are cut off, a crowd is bounded and answered, the port is the daemon's
// alone, and static files never leave the web root. Raw sockets, so the client misbehaves exactly as meant.
#include <arpa/inet.h>
#include <doctest/doctest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>

#include "searchd_fixture.h"

namespace {

foi::test::FixtureIndex& fixture() {
  static foi::test::FixtureIndex f;
  return f;
}

// A connected loopback socket, closed at the end of the scope.
class RawClient {
 public:
  explicit RawClient(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
  }
  ~RawClient() { ::close(fd_); }
  RawClient(const RawClient&) = delete;
  RawClient& operator=(const RawClient&) = delete;

  bool send(const std::string& s) { return ::send(fd_, s.data(), s.size(), MSG_NOSIGNAL) == ssize_t(s.size()); }
  // Everything the server sends until it closes the connection or `ms` pass; `closed` says which.
  std::string read_until_closed(int ms, bool& closed) {
    std::string out;
    closed = false;
    auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (std::chrono::steady_clock::now() < until) {
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, 50) <= 0) continue;
      char buf[4096];
      ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
      if (n <= 0) {
        closed = true;
        break;
      }
      out.append(buf, static_cast<size_t>(n));
    }
    return out;
  }

 private:
  int fd_;
};

}  // namespace

TEST_CASE("searchd connections: a client that trickles its headers is cut off at the header deadline") {
  foi::test::Searchd sd(fixture().db, {"--header-timeout", "1"});
  RawClient slow(sd.port());
  REQUIRE(slow.send("GET /healthz HTTP/1.1\r\n"));
  // One header byte every 200 ms: never silent long enough for a read timeout, never finished.
  bool closed = false;
  std::string answer;
  for (int i = 0; i < 12 && !closed; ++i) {
    if (!slow.send("X")) closed = true;
    else answer += slow.read_until_closed(200, closed);
  }
  CHECK(closed);  // within 2.4 s, where the deadline is 1 s: the connection is closed, not kept for another try
  if (!answer.empty()) CHECK(answer.rfind("HTTP/1.1 400", 0) == 0);
}

TEST_CASE("searchd connections: one connection over the limit is answered 503 at once; the rest go on") {
  foi::test::Searchd sd(fixture().db, {"--max-connections", "4"});
  std::vector<std::unique_ptr<RawClient>> held;
  for (int i = 0; i < 4; ++i) {
    held.push_back(std::make_unique<RawClient>(sd.port()));
    REQUIRE(held.back()->send("GET /heal"));  // half a request line: each holds a connection thread
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // let the server take them
  RawClient extra(sd.port());
  REQUIRE(extra.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
  bool closed = false;
  std::string answer = extra.read_until_closed(3000, closed);
  CHECK(closed);
  CHECK(answer.rfind("HTTP/1.1 503", 0) == 0);
  CHECK(answer.find("\"code\":\"overloaded\"") != std::string::npos);
  CHECK(answer.find("X-Content-Type-Options: nosniff") != std::string::npos);
  held.clear();  // the held connections go away: the server answers again
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  httplib::Result r = sd.get("/healthz");
  REQUIRE(r);
  CHECK(r->status == 200);
}

TEST_CASE(
    "searchd connections: a request over 96 KiB is answered 431 with a JSON error, not dropped unanswered") {
  foi::test::Searchd sd(fixture().db);
  RawClient big(sd.port());
  REQUIRE(big.send("GET /api/search?q=" + std::string(100000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n"));
  bool closed = false;
  std::string answer = big.read_until_closed(3000, closed);
  CHECK(answer.rfind("HTTP/1.1 431", 0) == 0);
  CHECK(answer.find("\"code\":\"request_too_large\"") != std::string::npos);
  CHECK(sd.get("/healthz")->status == 200);
}

TEST_CASE("searchd connections: Range headers are ignored: no copy per range, no 200 cut short") {
  foi::test::Searchd sd(fixture().db);
  httplib::Client c("127.0.0.1", sd.port());
  std::string many = "bytes=0-100000";
  for (int i = 0; i < 500; ++i) many += ",0-100000";
  httplib::Result plain = c.Get("/api/search?q=&size=100");
  REQUIRE(plain);
  for (const std::string& range : {many, std::string("bytes=0-9"), std::string("bytes=-5")}) {
    CAPTURE(range.substr(0, 30));
    httplib::Result r = c.Get("/api/search?q=&size=100", {{"Range", range}});
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(r->body == plain->body);  // was 500 copies of it, or its first 10 bytes under a 200
    CHECK_FALSE(r->has_header("Content-Range"));
  }
}

TEST_CASE("searchd connections: 40 slow clients do not keep /healthz or a search from answering") {
  foi::test::Searchd sd(fixture().db);  // default limits
  std::vector<std::unique_ptr<RawClient>> slow;
  for (int i = 0; i < 40; ++i) {  // more than the 32 threads searchd had before it bounded connections itself
    slow.push_back(std::make_unique<RawClient>(sd.port()));
    REQUIRE(slow.back()->send("GET /healthz HTTP/1.1\r\nX-Slow: "));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  httplib::Client c("127.0.0.1", sd.port());
  c.set_read_timeout(2, 0);
  c.set_connection_timeout(2, 0);
  for (const char* path : {"/healthz", "/api/search?q=decoy", "/healthz"}) {
    CAPTURE(path);
    httplib::Result r = c.Get(path);
    REQUIRE(r);
    CHECK(r->status == 200);
  }
}

TEST_CASE("searchd connections: a second searchd on a port that is taken refuses to start") {
  foi::test::Searchd first(fixture().db);
  std::string port = std::to_string(first.port());
  foi::test::RunResult second = foi::test::run("timeout 5 " + foi::test::bin_path("foi-searchd") + " --db '" +
                                               fixture().db + "' --listen 127.0.0.1:" + port + " --quiet");
  CHECK(second.status == 1);  // 124 would mean it started and served beside the first
  CHECK(second.err.find("cannot listen on 127.0.0.1:" + port) != std::string::npos);
}

TEST_CASE("searchd static files: only what the web root holds, typed by the file served") {
  foi::test::TempDir dir;
  std::string web = dir / "web", outside = dir / "outside.txt";
  foi::test::write_file(web + "/index.html", "<!doctype html><title>t</title>");
  foi::test::write_file(web + "/app.js", "console.log(1);");
  foi::test::write_file(web + "/sub/style.css", "body{}");
  foi::test::write_file(outside, "secret outside the root");
  std::filesystem::create_symlink(outside, web + "/leak.txt");
  std::filesystem::create_symlink(dir / "", web + "/up");
  std::filesystem::create_symlink(web + "/app.js", web + "/alias.js");  // inside the root: served
  foi::test::Searchd sd(fixture().db, {"--web", web});
  struct Case {
    std::string path;
    int status;
    std::string type;  // Content-Type, for 200s
  };
  const Case cases[] = {
      {"/", 200, "text/html; charset=utf-8"},
      {"/index.html", 200, "text/html; charset=utf-8"},
      {"/app.js", 200, "text/javascript; charset=utf-8"},
      {"/alias.js", 200, "text/javascript; charset=utf-8"},
      {"/sub/style.css", 200, "text/css; charset=utf-8"},
      {"/leak.txt", 404, ""},
      {"/up/outside.txt", 404, ""},
      {"/../outside.txt", 404, ""},
      {"/sub/../../outside.txt", 404, ""},
      {"/appXjs", 404, ""},  // a route is the file's name, not a pattern
      {"/app.js%00.html", 400, ""},
      {"/app.js%0a", 400, ""},
      {"/api/search%01?q=decoy", 400, ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.path);
    httplib::Result r = sd.get(c.path);
    REQUIRE(r);
    CHECK(r->status == c.status);
    if (c.status == 200) CHECK(r->get_header_value("Content-Type") == c.type);
    CHECK(r->body.find("secret outside") == std::string::npos);
    if (c.status == 400) CHECK(nlohmann::json::parse(r->body).at("error").at("code") == "bad_path");
  }
}
