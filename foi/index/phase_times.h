// Where an indexing run's time goes, by phase (foi-index --timings): each phase's CPU time (of the threads
// that ran it, summed) and wall time. Cheap enough to leave in: two clock reads a phase when asked, none
// otherwise.
#pragma once

#include <map>
#include <mutex>
#include <string>

namespace foi {

class PhaseTimes {
 public:
  void add(const std::string& phase, double cpu_seconds, double wall_seconds);
  // One line a phase, in the order first seen: "phase  cpu 1.23 s  wall 4.56 s  n 789".
  std::string report() const;

 private:
  struct Total {
    double cpu = 0, wall = 0;
    size_t n = 0, order = 0;
  };
  mutable std::mutex mu_;
  std::map<std::string, Total> totals_;
};

// Adds the time from its construction to its destruction to `times` under `phase`; does nothing when `times`
// is null.
class PhaseTimer {
 public:
  PhaseTimer(PhaseTimes* times, const char* phase);
  ~PhaseTimer();
  PhaseTimer(const PhaseTimer&) = delete;
  PhaseTimer& operator=(const PhaseTimer&) = delete;

 private:
  PhaseTimes* times_;
  const char* phase_;
  double cpu0_ = 0, wall0_ = 0;
};

}  // namespace foi
