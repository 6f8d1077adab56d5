// /api/export (every matching document as CSV or JSON Lines, streamed) and /api/feed (an Atom feed of the
// newest).
#pragma once

#include <atomic>
#include <cstddef>

#include "searchd/api.h"
#include "searchd/work_gate.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace foi::searchd {

// A bound on the exports streaming at once; one more is answered 503 export_busy at once.
class ExportSlots {
 public:
  explicit ExportSlots(size_t slots) : free_(slots) {}
  bool take() {
    size_t n = free_.load();
    while (n > 0)
      if (free_.compare_exchange_weak(n, n - 1)) return true;
    return false;
  }
  void give_back() { ++free_; }

 private:
  std::atomic<size_t> free_;
};

// What an export needs besides its request: the gate each window of documents passes (searches wait in the
// same queue, so an export takes a turn only while it reads a window, never while a client reads its rows).
struct ExportContext {
  const ApiConfig& config;
  WorkGate& gate;
  ExportSlots& slots;
};

void get_export(const ExportContext& ctx, const httplib::Request& req, httplib::Response& res);

// Runs under the gate like a search (it reads one window of kFeedEntries documents).
void get_feed(const ApiConfig& config, const httplib::Request& req, httplib::Response& res);

inline constexpr unsigned kFeedEntries = 50;

}  // namespace foi::searchd
