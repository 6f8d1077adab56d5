// The query set, the timing loop, flags and file helpers shared by the benchmark programs.
#include "bench/src/bench_util.h"

#include <time.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

namespace foi::bench {

std::vector<BenchQuery> read_queries(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::vector<BenchQuery> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line);
    BenchQuery q;
    q.id = j.at("id").get<std::string>();
    q.cls = j.at("class").get<std::string>();
    for (const auto& p : j.at("params"))
      q.params.emplace_back(p.at(0).get<std::string>(), p.at(1).get<std::string>());
    q.fts = j.at("fts").get<std::string>();
    q.filters = j.value("filters", std::map<std::string, std::vector<std::string>>{});
    q.from = j.value("from", "");
    q.to = j.value("to", "");
    out.push_back(std::move(q));
  }
  if (out.empty()) throw std::runtime_error("no queries in " + path);
  return out;
}

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

namespace {

// CPU milliseconds this process has used: on a shared machine a query's CPU time moves far less than its wall
// time when other work takes the cores, so the report gives both.
double process_cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

}  // namespace

nlohmann::json time_queries(const std::string& engine, const std::vector<BenchQuery>& queries, unsigned reps,
                            const RunQuery& run) {
  std::vector<unsigned> totals;
  for (const BenchQuery& q : queries) totals.push_back(run(q));
  std::vector<std::vector<double>> ms(queries.size()), cpu_ms(queries.size());
  // Passes over the whole set rather than one query many times: a query's repeats then meet the caches the
  // other queries left, as a server's requests do.
  for (unsigned r = 0; r < reps; ++r) {
    for (size_t i = 0; i < queries.size(); ++i) {
      double cpu_start = process_cpu_ms();
      auto start = std::chrono::steady_clock::now();
      unsigned total = run(queries[i]);
      ms[i].push_back(ms_since(start));
      cpu_ms[i].push_back(process_cpu_ms() - cpu_start);
      if (total != totals[i]) throw std::runtime_error(queries[i].id + ": the total changed between runs");
    }
  }
  nlohmann::json out = {{"engine", engine}, {"reps", reps}, {"queries", nlohmann::json::array()}};
  for (size_t i = 0; i < queries.size(); ++i)
    out["queries"].push_back({{"id", queries[i].id},
                              {"class", queries[i].cls},
                              {"total", totals[i]},
                              {"ms", ms[i]},
                              {"cpu_ms", cpu_ms[i]}});
  return out;
}

Flags parse_flags(int argc, char** argv, const std::vector<std::string>& required, const std::string& usage) {
  Flags flags;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a.rfind("--", 0) != 0 || i + 1 >= argc) {
      std::cerr << "usage: " << argv[0] << " " << usage << "\n";
      std::exit(a == "--help" ? 0 : 2);
    }
    flags[a.substr(2)] = argv[++i];
  }
  for (const std::string& r : required) {
    if (!flags.count(r)) {
      std::cerr << argv[0] << ": --" << r << " is required\nusage: " << argv[0] << " " << usage << "\n";
      std::exit(2);
    }
  }
  return flags;
}

std::vector<std::string> files_under(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace foi::bench
