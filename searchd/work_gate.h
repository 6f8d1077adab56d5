// A bound on the requests using the index at once, served first come, first served: a waiter gets the next free
// slot in arrival order (std::counting_semaphore makes no promise of order, and under a crowd some requests
// starved past the queue timeout while later ones went through), and gives up after its timeout.
#pragma once

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>

namespace foi::searchd {

class WorkGate {
 public:
  explicit WorkGate(size_t slots) : free_(slots) {}
  WorkGate(const WorkGate&) = delete;
  WorkGate& operator=(const WorkGate&) = delete;

  // True with a slot taken (give it back with leave()); false when none came within timeout_ms.
  bool enter(int timeout_ms) {
    std::unique_lock<std::mutex> lock(mu_);
    if (free_ > 0 && waiters_.empty()) {
      --free_;
      return true;
    }
    Waiter w;
    waiters_.push_back(&w);
    if (w.cv.wait_for(lock, std::chrono::milliseconds(timeout_ms), [&w] { return w.granted; })) return true;
    waiters_.erase(std::find(waiters_.begin(), waiters_.end(), &w));
    return false;
  }

  size_t waiting() {
    std::lock_guard<std::mutex> lock(mu_);
    return waiters_.size();
  }

  // Hands the slot to the longest waiter, or frees it.
  void leave() {
    std::lock_guard<std::mutex> lock(mu_);
    if (waiters_.empty()) {
      ++free_;
      return;
    }
    Waiter* w = waiters_.front();
    waiters_.pop_front();
    w->granted = true;
    w->cv.notify_one();
  }

 private:
  struct Waiter {
    std::condition_variable cv;
    bool granted = false;
  };
  std::mutex mu_;
  size_t free_;
  std::deque<Waiter*> waiters_;
};

}  // namespace foi::searchd
