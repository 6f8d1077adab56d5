// OrderedPool: results come back in order, never more than `window` ahead of the consumer, with slots reused.
#include "foi/index/ordered_pool.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

TEST_CASE("ordered pool: every index once, in order, at most `window` computed ahead of the consumer") {
  struct Case {
    size_t n;
    unsigned threads;
    size_t window;
  } cases[] = {{0, 2, 4}, {1, 1, 1}, {7, 3, 1}, {100, 4, 3}, {1000, 2, 64}, {50, 8, 0}};
  for (const Case& c : cases) {
    CAPTURE(c.n);
    CAPTURE(c.window);
    std::atomic<size_t> started{0}, taken{0}, most_ahead{0};
    foi::OrderedPool<size_t> pool(c.n, c.threads, c.window, [&](size_t i) {
      size_t ahead = ++started - taken.load();
      size_t seen = most_ahead.load();
      while (ahead > seen && !most_ahead.compare_exchange_weak(seen, ahead)) {
      }
      if (i % 3 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));  // finish out of order
      return i * i;
    });
    std::vector<size_t> got;
    for (size_t i = 0; i < c.n; ++i) {
      got.push_back(pool.next());
      ++taken;
    }
    std::vector<size_t> want;
    for (size_t i = 0; i < c.n; ++i) want.push_back(i * i);
    CHECK(got == want);
    // `taken` counts a result after next() has handed it over, so it may lag the pool's own count by one.
    CHECK(most_ahead.load() <= std::max<size_t>(1, c.window) + 1);
  }
}

TEST_CASE("ordered pool: destroyed with results untaken, it stops its workers") {
  std::atomic<size_t> calls{0};
  {
    foi::OrderedPool<int> pool(100000, 4, 8, [&](size_t) { return static_cast<int>(++calls); });
    CHECK(pool.next() >= 1);
  }
  CHECK(calls.load() <= 1 + 8 + 4);  // the window and one in hand per worker, not the 100,000
}
