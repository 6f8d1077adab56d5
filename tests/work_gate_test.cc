// searchd's work gate: a bounded number of requests at once, the rest served in arrival order or turned away.
#include <doctest/doctest.h>

#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

#include "searchd/work_gate.h"

namespace {
void wait_for_waiters(foi::searchd::WorkGate& gate, size_t n) {
  for (int i = 0; i < 2000 && gate.waiting() < n; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  REQUIRE(gate.waiting() == n);
}
}  // namespace

TEST_CASE("work gate: waiters get the slot in the order they came") {
  foi::searchd::WorkGate gate(1);
  REQUIRE(gate.enter(0));
  std::mutex mu;
  std::vector<int> order;
  std::vector<std::thread> threads;
  for (int k = 0; k < 6; ++k) {
    threads.emplace_back([&, k] {
      REQUIRE(gate.enter(10000));
      {
        std::lock_guard<std::mutex> lock(mu);
        order.push_back(k);
      }
      gate.leave();
    });
    wait_for_waiters(gate, static_cast<size_t>(k) + 1);  // k is in the queue before k + 1 comes
  }
  gate.leave();
  for (std::thread& t : threads) t.join();
  CHECK(order == std::vector<int>{0, 1, 2, 3, 4, 5});
  CHECK(gate.enter(0));  // the slot came back
}

TEST_CASE("work gate: a waiter gives up after its timeout and leaves the queue; free slots are taken at once") {
  foi::searchd::WorkGate gate(2);
  REQUIRE(gate.enter(0));
  REQUIRE(gate.enter(0));
  CHECK_FALSE(gate.enter(30));
  CHECK(gate.waiting() == 0);
  gate.leave();
  CHECK(gate.enter(0));
}
