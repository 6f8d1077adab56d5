// Phase timers for an indexing run.
#include "foi/index/phase_times.h"

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "foi/base/memory.h"

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

void PhaseTimes::add_peak(const std::string& phase, size_t bytes) {
  std::lock_guard<std::mutex> lock(mu_);
  auto [it, fresh] = totals_.try_emplace(phase);
  if (fresh) it->second.order = totals_.size();
  it->second.peak = std::max(it->second.peak, bytes);
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
    if (total->peak) {
      out.pop_back();
      std::snprintf(buf, sizeof buf, "  peak %.1f MiB\n", static_cast<double>(total->peak) / (1 << 20));
      out += buf;
    }
  }
  return out;
}

PhaseTimer::PhaseTimer(PhaseTimes* times, const char* phase, Peak peak)
    : times_(times), phase_(phase), peak_(peak) {
  if (!times_) return;
  if (peak_ == Peak::kTake) reset_peak_resident();
  cpu0_ = seconds_of(CLOCK_THREAD_CPUTIME_ID);
  wall0_ = seconds_of(CLOCK_MONOTONIC);
}

PhaseTimer::~PhaseTimer() {
  if (!times_) return;
  times_->add(phase_, seconds_of(CLOCK_THREAD_CPUTIME_ID) - cpu0_, seconds_of(CLOCK_MONOTONIC) - wall0_);
  if (peak_ == Peak::kTake) times_->add_peak(phase_, peak_resident_bytes());
}

}  // namespace foi
