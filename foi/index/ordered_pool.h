// Runs a function over 0..n-1 on worker threads and hands the results back in order, at most `window` ahead
// of the consumer (so memory stays bounded: `window` slots, reused in turn, whatever n is). The consumer is
// one thread; the function must be safe to run concurrently with itself. Destroying the pool stops and joins
// the workers, even mid-run.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace foi {

template <typename T>
class OrderedPool {
 public:
  OrderedPool(size_t n, unsigned threads, size_t window, std::function<T(size_t)> fn)
      : n_(n), window_(std::max<size_t>(1, window)), fn_(std::move(fn)), slots_(window_) {
    for (unsigned t = 0; t < std::max(1u, threads); ++t) workers_.emplace_back([this] { work(); });
  }
  ~OrderedPool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    for (std::thread& w : workers_) w.join();
  }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  // The result for the next index, in order; waits for it.
  T next() {
    std::unique_lock<std::mutex> lock(mu_);
    std::optional<T>& slot = slots_[taken_ % window_];
    cv_.wait(lock, [&] { return slot.has_value(); });
    T out = std::move(*slot);
    slot.reset();
    ++taken_;
    lock.unlock();
    cv_.notify_all();
    return out;
  }

 private:
  void work() {
    for (;;) {
      size_t i = next_index_++;
      if (i >= n_) return;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [&] { return stop_ || i < taken_ + window_; });
        if (stop_) return;
      }
      T result = fn_(i);
      {
        std::lock_guard<std::mutex> lock(mu_);
        slots_[i % window_] = std::move(result);  // free: index i - window_ was taken
      }
      cv_.notify_all();
    }
  }

  size_t n_, window_;
  std::function<T(size_t)> fn_;
  std::vector<std::optional<T>> slots_;  // index i's result waits in slot i % window_
  std::vector<std::thread> workers_;
  std::atomic<size_t> next_index_{0};
  size_t taken_ = 0;  // guarded by mu_
  bool stop_ = false;
  std::mutex mu_;
  std::condition_variable cv_;
};

}  // namespace foi
