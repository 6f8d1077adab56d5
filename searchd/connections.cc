// Connection handling for GuardedServer: a Stream with deadlines, a bounded pool of connection threads, the
// keep-alive loop, and the refusal of connections over the limit.
#include "searchd/connections.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace foi::searchd {
namespace {

using Clock = std::chrono::steady_clock;

// Set on the accepting thread while it runs a connection it has no room for: process_and_close_socket then
// refuses it instead of serving it.
thread_local bool t_refusing = false;

std::chrono::milliseconds ms(int n) { return std::chrono::milliseconds(n); }

// Waits until fd is ready for events or until `until`, in slices, so that a stopping server is noticed.
template <typename Stopping>
bool wait_ready(int fd, short events, Clock::time_point until, const Stopping& stopping) {
  for (;;) {
    if (stopping()) return false;
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
    if (left <= 0) return false;
    pollfd p{fd, events, 0};
    int r = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 200)));
    if (r > 0) return (p.revents & (events | POLLHUP | POLLERR)) != 0;
    if (r < 0 && errno != EINTR) return false;
  }
}

void ip_and_port(const sockaddr_storage& addr, std::string& ip, int& port) {
  char host[NI_MAXHOST], serv[NI_MAXSERV];
  if (::getnameinfo(reinterpret_cast<const sockaddr*>(&addr), sizeof addr, host, sizeof host, serv, sizeof serv,
                    NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
    ip = host;
    port = std::atoi(serv);
  }
}

// Reads through a small buffer (httplib reads request lines a byte at a time) and gives up at the request's
// deadline, after read_timeout of silence, or past max_request_bytes; writes give up at the response's deadline.
class DeadlineStream : public httplib::Stream {
 public:
  DeadlineStream(socket_t sock, const ConnectionLimits& limits, std::function<bool()> stopping)
      : sock_(sock), limits_(limits), stopping_(std::move(stopping)) {}

  // Waits for the first byte of the next request; false when none comes before `until`.
  bool wait_for_request(Clock::time_point until) {
    return pos_ < end_ || wait_ready(sock_, POLLIN, until, stopping_);
  }
  // The next request must arrive whole before `deadline`.
  void begin_request(Clock::time_point deadline) {
    read_deadline_ = deadline;
    request_bytes_ = 0;
    writing_ = false;
  }
  // The request ran into max_request_bytes before httplib answered it.
  bool unanswered_over_limit() const { return request_bytes_ >= limits_.max_request_bytes && !writing_; }
  // A read gave up (deadline, silence, size): httplib may still have answered 400, but the connection is done.
  bool read_failed() const { return read_failed_; }

  bool is_readable() const override {
    return pos_ < end_ || wait_ready(sock_, POLLIN, read_until(), stopping_);
  }
  bool is_writable() const override {
    return wait_ready(sock_, POLLOUT, writing_ ? write_deadline_ : Clock::now() + ms(limits_.write_timeout_ms),
                      stopping_);
  }

  ssize_t read(char* ptr, size_t size) override {
    if (request_bytes_ >= limits_.max_request_bytes) return fail();
    if (pos_ == end_) {
      if (!wait_ready(sock_, POLLIN, read_until(), stopping_)) return fail();
      ssize_t n = ::recv(sock_, buf_, sizeof buf_, 0);
      if (n <= 0) return n < 0 ? fail() : 0;
      pos_ = 0;
      end_ = static_cast<size_t>(n);
    }
    size_t n = std::min({size, end_ - pos_, limits_.max_request_bytes - request_bytes_});
    std::memcpy(ptr, buf_ + pos_, n);
    pos_ += n;
    request_bytes_ += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, size_t size) override {
    if (!writing_) {
      writing_ = true;
      write_deadline_ = Clock::now() + ms(limits_.write_timeout_ms);
    }
    if (!wait_ready(sock_, POLLOUT, write_deadline_, stopping_)) return -1;
    return ::send(sock_, ptr, size, MSG_NOSIGNAL);
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if (::getpeername(sock_, reinterpret_cast<sockaddr*>(&addr), &len) == 0) ip_and_port(addr, ip, port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if (::getsockname(sock_, reinterpret_cast<sockaddr*>(&addr), &len) == 0) ip_and_port(addr, ip, port);
  }
  socket_t socket() const override { return sock_; }

 private:
  ssize_t fail() {
    read_failed_ = true;
    return -1;
  }
  Clock::time_point read_until() const { return std::min(read_deadline_, Clock::now() + ms(limits_.read_timeout_ms)); }

  socket_t sock_;
  const ConnectionLimits& limits_;
  std::function<bool()> stopping_;
  char buf_[4096];
  size_t pos_ = 0, end_ = 0;
  size_t request_bytes_ = 0;
  Clock::time_point read_deadline_ = Clock::now();
  Clock::time_point write_deadline_ = Clock::now();
  bool writing_ = false;
  bool read_failed_ = false;
};

// One thread per connection being served, at most max_connections. A connection arriving when all are busy is
// refused on the accepting thread at once (a 503 the client can act on), never queued behind slow clients.
class ConnectionPool : public httplib::TaskQueue {
 public:
  explicit ConnectionPool(size_t threads) {
    for (size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { work(); });
  }
  ~ConnectionPool() override = default;

  void enqueue(std::function<void()> fn) override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (busy_ + jobs_.size() < threads_.size()) {
        jobs_.push_back(std::move(fn));
        cv_.notify_one();
        return;
      }
    }
    t_refusing = true;
    fn();
    t_refusing = false;
  }

  void shutdown() override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    for (std::thread& t : threads_) t.join();
  }

 private:
  void work() {
    for (;;) {
      std::function<void()> fn;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [this] { return stop_ || !jobs_.empty(); });
        if (jobs_.empty()) return;  // stopping, nothing left
        fn = std::move(jobs_.front());
        jobs_.pop_front();
        ++busy_;
      }
      fn();
      std::lock_guard<std::mutex> lock(mu_);
      --busy_;
    }
  }

  std::vector<std::thread> threads_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> jobs_;
  size_t busy_ = 0;
  bool stop_ = false;
};

}  // namespace

GuardedServer::GuardedServer(ConnectionLimits limits) : limits_(limits) {
  size_t n = limits_.max_connections;
  new_task_queue = [n] { return new ConnectionPool(n); };
  // SO_REUSEADDR only: httplib's default adds SO_REUSEPORT, which let a second daemon bind the same port and
  // silently take half the connections.
  set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
}

int GuardedServer::bind(const std::string& host, int port) {
  int bound = port;
  if (port == 0) bound = bind_to_any_port(host);
  else if (!bind_to_port(host, port)) bound = -1;
  if (bound < 0) return -1;
  ::listen(svr_sock_, limits_.backlog);  // httplib listens with a backlog of 5; listen() again only resizes it
  return bound;
}

void GuardedServer::refuse(socket_t sock) const {
  ::send(sock, canned_.overloaded.data(), canned_.overloaded.size(), MSG_DONTWAIT | MSG_NOSIGNAL);
  ::shutdown(sock, SHUT_WR);
  char sink[4096];  // what the client already sent: closing with unread bytes would reset the connection and
  for (int i = 0; i < 4 && ::recv(sock, sink, sizeof sink, MSG_DONTWAIT) > 0; ++i) {  // lose the 503
  }
  ::close(sock);
}

bool GuardedServer::process_and_close_socket(socket_t sock) {
  if (t_refusing) {
    refuse(sock);
    return true;
  }
  DeadlineStream strm(sock, limits_, [this] { return stopping(); });
  Clock::time_point waiting_since = Clock::now();
  for (size_t n = 0; n < limits_.keep_alive_max && !stopping(); ++n) {
    // The first request has header_timeout from the connection's start; a later one idle_timeout to begin.
    Clock::time_point start_by = waiting_since + ms(n == 0 ? limits_.header_timeout_ms : limits_.idle_timeout_ms);
    if (!strm.wait_for_request(start_by)) break;
    strm.begin_request(n == 0 ? waiting_since + ms(limits_.header_timeout_ms)
                              : Clock::now() + ms(limits_.header_timeout_ms));
    bool last = n + 1 == limits_.keep_alive_max;
    bool closed = false;
    if (!process_request(strm, last, closed, nullptr)) {
      if (strm.unanswered_over_limit()) strm.write(canned_.too_large.data(), canned_.too_large.size());
      break;
    }
    if (closed || last || strm.read_failed()) break;
    waiting_since = Clock::now();
  }
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return true;
}

}  // namespace foi::searchd
