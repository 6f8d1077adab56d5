// OrderedPool: results come back in the source's order, the source is asked only when a slot is free, and
// errors reach the consumer where they belong.
#include "foi/index/ordered_pool.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using Pool = foi::OrderedPool<size_t, size_t>;

// A source of 0..n-1 that records how far it ever ran ahead of the consumer's `taken`.
struct Counter {
  size_t n, given = 0;
  std::atomic<size_t>* taken;
  size_t most_ahead = 0;  // called under the pool's lock: no atomics needed
  std::optional<size_t> operator()() {
    if (given == n) return std::nullopt;
    most_ahead = std::max(most_ahead, given + 1 - taken->load());
    return given++;
  }
};

}  // namespace

TEST_CASE(
    "ordered pool: every item once, in order, the source never more than `window` ahead of the consumer") {
  struct Case {
    size_t n;
    unsigned threads;
    size_t window;
  } cases[] = {{0, 2, 4}, {1, 1, 1}, {7, 3, 1}, {100, 4, 3}, {1000, 2, 64}, {50, 8, 0}};
  for (const Case& c : cases) {
    CAPTURE(c.n);
    CAPTURE(c.window);
    std::atomic<size_t> taken{0};
    Counter counter{c.n, 0, &taken};
    std::vector<size_t> got;
    {
      Pool pool(c.threads, c.window, std::ref(counter), [](size_t i) {
        if (i % 3 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));  // finish out of order
        return i * i;
      });
      while (std::optional<size_t> r = pool.next()) {
        got.push_back(*r);
        ++taken;
      }
      CHECK_FALSE(pool.next());  // and it stays spent
    }
    std::vector<size_t> want;
    for (size_t i = 0; i < c.n; ++i) want.push_back(i * i);
    CHECK(got == want);
    // `taken` counts a result after next() has handed it over, so it may lag the pool's own count by one.
    CHECK(counter.most_ahead <= std::max<size_t>(1, c.window) + 1);
  }
}

TEST_CASE("ordered pool: destroyed with results untaken, it stops its workers and the source") {
  std::atomic<size_t> taken{0};
  Counter counter{100000, 0, &taken};
  {
    Pool pool(4, 8, std::ref(counter), [](size_t i) { return i; });
    CHECK(pool.next() == std::optional<size_t>(0));
  }
  CHECK(counter.given <= 1 + 8);  // the window past the one taken, not the 100,000
}

TEST_CASE(
    "ordered pool: an error in the function reaches the consumer at its item, one in the source at the end") {
  std::atomic<size_t> taken{0};
  SUBCASE("function") {
    Counter counter{10, 0, &taken};
    Pool pool(3, 4, std::ref(counter), [](size_t i) -> size_t {
      if (i == 5) throw std::runtime_error("item 5");
      return i;
    });
    for (size_t i = 0; i < 5; ++i) CHECK(pool.next() == std::optional<size_t>(i));
    CHECK_THROWS_WITH(pool.next(), "item 5");
    CHECK(pool.next() == std::optional<size_t>(6));  // the others are still there
  }
  SUBCASE("source") {
    size_t given = 0;
    Pool pool(
        2, 4,
        [&]() -> std::optional<size_t> {
          if (given == 3) throw std::runtime_error("walk failed");
          return given++;
        },
        [](size_t i) { return i + 100; });
    for (size_t i = 0; i < 3; ++i) CHECK(pool.next() == std::optional<size_t>(i + 100));
    CHECK_THROWS_WITH(pool.next(), "walk failed");
  }
}
