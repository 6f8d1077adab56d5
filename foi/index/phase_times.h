// Where an indexing run's time goes, by phase (foi-index --timings): each phase's CPU time (of the threads
// that ran it, summed) and wall time, and for the run's whole phases (writing, regrouping, compaction) the
// process's peak resident size while it ran. Cheap enough to leave in: two clock reads a phase when asked,
// none otherwise.
#pragma once

#include <cstddef>
#include <map>
#include <mutex>
#include <string>

namespace foi {

class PhaseTimes {
 public:
  void add(const std::string& phase, double cpu_seconds, double wall_seconds);
  // The most the process held resident during the phase (the largest when it ran more than once).
  void add_peak(const std::string& phase, size_t bytes);
  // One line a phase, in the order first seen: "phase  cpu 1.23 s  wall 4.56 s  n 789", then
  // "  peak 91.2 MiB" for a phase whose peak was taken.
  std::string report() const;

 private:
  struct Total {
    double cpu = 0, wall = 0;
    size_t n = 0, order = 0, peak = 0;
  };
  mutable std::mutex mu_;
  std::map<std::string, Total> totals_;
};

// Adds the time from its construction to its destruction to `times` under `phase`; does nothing when `times`
// is null. With Peak::kTake, also the process's peak resident size over that time (base/memory.h): for a
// phase that has the process to itself, never one that runs beside others.
class PhaseTimer {
 public:
  enum class Peak { kSkip, kTake };
  PhaseTimer(PhaseTimes* times, const char* phase, Peak peak = Peak::kSkip);
  ~PhaseTimer();
  PhaseTimer(const PhaseTimer&) = delete;
  PhaseTimer& operator=(const PhaseTimer&) = delete;

 private:
  PhaseTimes* times_;
  const char* phase_;
  Peak peak_;
  double cpu0_ = 0, wall0_ = 0;
};

}  // namespace foi
