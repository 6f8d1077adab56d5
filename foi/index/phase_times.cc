// Phase timers for an indexing run.
#include "foi/index/phase_times.h"

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace foi {
namespace {

double seconds_of(clockid_t clock) {
  timespec ts{};
  clock_gettime(clock, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

void PhaseTimes::add(const std::string& phase, double cpu_seconds, double wall_seconds) {
  std::lock_guard<std::mutex> lock(mu_);
  auto [it, fresh] = totals_.try_emplace(phase);
  if (fresh) it->second.order = totals_.size();
  it->second.cpu += cpu_seconds;
  it->second.wall += wall_seconds;
  ++it->second.n;
}

std::string PhaseTimes::report() const {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<std::pair<const std::string*, const Total*>> rows;
  for (const auto& [phase, total] : totals_) rows.emplace_back(&phase, &total);
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return a.second->order < b.second->order; });
  std::string out;
  for (const auto& [phase, total] : rows) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%-16s cpu %8.2f s  wall %8.2f s  n %zu\n", phase->c_str(), total->cpu,
                  total->wall, total->n);
    out += buf;
  }
  return out;
}

PhaseTimer::PhaseTimer(PhaseTimes* times, const char* phase) : times_(times), phase_(phase) {
  if (!times_) return;
  cpu0_ = seconds_of(CLOCK_THREAD_CPUTIME_ID);
  wall0_ = seconds_of(CLOCK_MONOTONIC);
}

PhaseTimer::~PhaseTimer() {
  if (!times_) return;
  times_->add(phase_, seconds_of(CLOCK_THREAD_CPUTIME_ID) - cpu0_, seconds_of(CLOCK_MONOTONIC) - wall0_);
}

}  // namespace foi
