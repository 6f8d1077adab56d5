// foi-bench-cluster-probe: the regrouping's clustering (SpilledClusters, foi/precedents/cluster_spill.h)
// alone, on N synthetic passages, with its peak resident size and time phase by phase. It stands in for a
// full indexing run when only the clustering changed: 7.5 million passages (the passages of 1,000,000
// generated letters) cluster here in minutes, where the indexing run takes hours.
//
// The passages mimic generated letters' (bench/results/index-phases.md): most are one of `--templates`
// boilerplate paragraphs with a few MinHash values changed (near-duplicates, joined in their first band),
// `--unique` per thousand are like nothing else, templates are picked with a Zipf-like skew, and passage ids
// are in random template order, as document ids are.
//
//   foi-bench-cluster-probe --passages N [--templates 900] [--unique 6] [--seed 1]
// Prints one JSON object: passages, clusters, shared clusters, moves, and each phase's seconds and peak MiB.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "bench/src/bench_util.h"
#include "foi/base/memory.h"
#include "foi/precedents/cluster_spill.h"

namespace {

struct ProbeOptions {
  size_t passages = 100000, templates = 900, unique_per_mille = 6;
  unsigned seed = 1;
};

foi::Fingerprint random_fingerprint(std::mt19937_64& rng) {
  foi::Fingerprint f;
  for (auto& v : f.minhash) v = static_cast<foi::MinHashValue>(rng());
  f.shingles = 40 + static_cast<uint32_t>(rng() % 80);
  return f;
}

// A passage like template t: up to 6 of its 64 values changed (similarity >= 0.9).
foi::Fingerprint near(const foi::Fingerprint& t, std::mt19937_64& rng) {
  foi::Fingerprint f = t;
  for (size_t k = rng() % 7; k > 0; --k)
    f.minhash[rng() % f.minhash.size()] = static_cast<foi::MinHashValue>(rng());
  return f;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Runs f as a phase: its seconds and the peak resident size while it ran, in MiB.
template <typename F>
nlohmann::json phase(F&& f) {
  foi::release_free_memory();
  foi::reset_peak_resident();
  auto start = std::chrono::steady_clock::now();
  f();
  return {{"seconds", seconds_since(start)},
          {"peak_mib", static_cast<double>(foi::peak_resident_bytes()) / (1024.0 * 1024.0)}};
}

}  // namespace

int main(int argc, char** argv) {
  auto flags = foi::bench::parse_flags(argc, argv, {"passages"},
                                       "--passages N [--templates 900] [--unique 6] [--seed 1]");
  auto number = [&](const char* name, size_t fallback) {
    return flags.count(name) ? static_cast<size_t>(std::stoull(flags[name])) : fallback;
  };
  ProbeOptions o;
  o.passages = number("passages", o.passages);
  o.templates = number("templates", o.templates);
  o.unique_per_mille = number("unique", o.unique_per_mille);
  o.seed = static_cast<unsigned>(number("seed", o.seed));

  std::mt19937_64 rng(o.seed);
  std::vector<foi::Fingerprint> templates;
  for (size_t t = 0; t < o.templates; ++t) templates.push_back(random_fingerprint(rng));
  std::vector<std::string> authorities;
  for (int a = 0; a < 45; ++a) authorities.push_back("Authority " + std::to_string(a));

  foi::SpilledClusters spilled;
  nlohmann::json out = {{"passages", o.passages}, {"templates", o.templates}};
  out["add"] = phase([&] {
    char id[32];
    for (size_t n = 0; n < o.passages; ++n) {
      // Zipf-like: the square of a uniform number favours the first templates.
      double u = std::uniform_real_distribution<double>(0, 1)(rng);
      size_t t = static_cast<size_t>(u * u * static_cast<double>(o.templates));
      bool unique = rng() % 1000 < o.unique_per_mille;
      std::snprintf(id, sizeof id, "d%08zu:p%zu", static_cast<size_t>(rng() % (o.passages / 7 + 1)), n % 7);
      foi::StoredPassageRow p;
      p.id = id;
      p.fingerprint = unique ? random_fingerprint(rng) : near(templates[t], rng);
      p.authority = authorities[rng() % authorities.size()];
      p.date = "2024-0" + std::to_string(1 + rng() % 9) + "-1" + std::to_string(rng() % 10);
      p.docid = static_cast<uint32_t>(n + 1);
      spilled.add(p);
    }
  });
  out["cluster"] = phase([&] { spilled.cluster(); });
  size_t moves = 0, shared = 0;
  out["moves"] =
      phase([&] { spilled.for_each_move([&](uint32_t, uint32_t, const std::string&) { ++moves; }); });
  out["shared"] = phase([&] { spilled.for_each_shared([&](const foi::SharedCluster&) { ++shared; }); });
  out["clusters"] = spilled.clusters();
  out["shared_clusters"] = shared;
  out["moved"] = moves;
  std::cout << out.dump() << "\n";
}
