// Runs a function over the items a source gives, on worker threads, and hands the results back in the
// source's order, at most `window` items ahead of the consumer: memory stays bounded (`window` slots, reused
// in turn) however many items the source has, and the source is asked for an item only when a slot is free
// for it, so it can be a walk that is never held whole. The source is called under the pool's lock, one call
// at a time; the function runs concurrently with itself. An exception from either reaches the consumer in
// next(), at the place it belongs. The consumer is one thread. Destroying the pool stops and joins the
// workers, even mid-run.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace foi {

template <typename In, typename Out>
class OrderedPool {
 public:
  using Source = std::function<std::optional<In>()>;  // nullopt: no more items
  using Fn = std::function<Out(In)>;

  OrderedPool(unsigned threads, size_t window, Source source, Fn fn)
      : window_(std::max<size_t>(1, window)),
        source_(std::move(source)),
        fn_(std::move(fn)),
        slots_(window_) {
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

  // The result for the next item, in order (waiting for it); nullopt when the source has no more.
  std::optional<Out> next() {
    std::unique_lock<std::mutex> lock(mu_);
    Slot& slot = slots_[taken_ % window_];
    cv_.wait(lock, [&] { return slot.out || slot.error || (ended_ && taken_ == pulled_); });
    if (!slot.out && !slot.error) {
      if (source_error_) std::rethrow_exception(source_error_);
      return std::nullopt;
    }
    std::exception_ptr error = std::exchange(slot.error, nullptr);
    std::optional<Out> out = std::move(slot.out);
    slot.out.reset();
    ++taken_;
    lock.unlock();
    cv_.notify_all();
    if (error) std::rethrow_exception(error);
    return out;
  }

 private:
  struct Slot {
    std::optional<Out> out;
    std::exception_ptr error;
  };

  void work() {
    for (;;) {
      std::optional<In> in;
      size_t i = 0;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [&] { return stop_ || ended_ || pulled_ < taken_ + window_; });
        if (stop_ || ended_) return;
        try {
          in = source_();
        } catch (...) {
          source_error_ = std::current_exception();
        }
        if (!in) {
          ended_ = true;
          lock.unlock();
          cv_.notify_all();
          return;
        }
        i = pulled_++;
      }
      Slot done;
      try {
        done.out = fn_(std::move(*in));
      } catch (...) {
        done.error = std::current_exception();
      }
      {
        std::lock_guard<std::mutex> lock(mu_);
        slots_[i % window_] = std::move(done);  // free: item i - window_ was taken
      }
      cv_.notify_all();
    }
  }

  size_t window_;
  Source source_;
  Fn fn_;
  std::vector<Slot> slots_;  // item i's result waits in slot i % window_
  std::vector<std::thread> workers_;
  // Guarded by mu_:
  size_t pulled_ = 0, taken_ = 0;
  bool ended_ = false, stop_ = false;
  std::exception_ptr source_error_;
  std::mutex mu_;
  std::condition_variable cv_;
};

}  // namespace foi
