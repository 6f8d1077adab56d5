// foi-index --timings: phases' times and the peak resident size of the run's whole phases.
#include "foi/index/phase_times.h"

#include <doctest/doctest.h>

#include <cstring>
#include <memory>
#include <regex>

#include "foi/base/memory.h"
#include "test_util.h"

namespace {

constexpr size_t kMB = size_t{1} << 20;

// Allocates `bytes`, writes every page (so that they are resident), and lets them go.
void touch_and_free(size_t bytes) {
  std::unique_ptr<char[]> block(new char[bytes]);
  std::memset(block.get(), 1, bytes);
  CHECK(block[bytes - 1] == 1);
}

}  // namespace

TEST_CASE("phase times: a phase's line carries its peak only when one was taken") {
  struct Case {
    size_t peak;
    const char* line;
  } cases[] = {
      {0, "^write +cpu +1\\.50 s  wall +2\\.00 s  n 1\n$"},
      {95'630'000, "^write +cpu +1\\.50 s  wall +2\\.00 s  n 1  peak 91\\.2 MiB\n$"},
  };
  for (const Case& c : cases) {
    foi::PhaseTimes times;
    times.add("write", 1.5, 2.0);
    if (c.peak) times.add_peak("write", c.peak / 2), times.add_peak("write", c.peak);  // the larger stays
    CAPTURE(times.report());
    CHECK(std::regex_search(times.report(), std::regex(c.line)));
  }
}

TEST_CASE("phase times: a phase's peak is the most held during it, not before it") {
  if (foi::peak_resident_bytes() == 0) return;  // no /proc: nothing to measure
  foi::PhaseTimes times;
  {
    foi::PhaseTimer timer(&times, "big", foi::PhaseTimer::Peak::kTake);
    touch_and_free(96 * kMB);
  }
  foi::release_free_memory();
  {
    foi::PhaseTimer timer(&times, "small", foi::PhaseTimer::Peak::kTake);
    touch_and_free(kMB);
  }
  std::smatch big, small;
  std::string report = times.report();
  CAPTURE(report);
  REQUIRE(std::regex_search(report, big, std::regex("big .* peak ([0-9.]+) MiB")));
  REQUIRE(std::regex_search(report, small, std::regex("small .* peak ([0-9.]+) MiB")));
  // The second phase began after the 96 MB went back: were the peak not started again, it would show them.
  CHECK(std::stod(big[1]) >= std::stod(small[1]) + 64);
}

TEST_CASE("foi-index --timings: writing, regrouping and compaction each report their peak") {
  foi::test::TempDir dir;
  foi::test::write_file(dir / "docs/a.txt",
                        "Gwent Police\n3 March 2019\nThe information is exempt under section 40(2).\n");
  foi::test::RunResult r = foi::test::run(foi::test::bin_path("foi-index") + " --timings --db '" +
                                          dir / "db" + "' '" + dir / "docs" + "'");
  REQUIRE(r.status == 0);
  CAPTURE(r.err);
  for (const char* phase : {"write", "recluster", "compact"})
    CHECK(std::regex_search(r.err, std::regex(std::string("(^|\n)") + phase + " .* peak [0-9.]+ MiB\n")));
  CHECK_FALSE(std::regex_search(r.err, std::regex("\nput .* peak")));
}
