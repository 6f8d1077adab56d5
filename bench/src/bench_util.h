// What the benchmark programs share: the query set (queries.jsonl, written by bench/lib/make_queries.py), the
// timing loop that every engine's query bench runs, and a small flag parser.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace foi::bench {

// One query of the fixed set, in the forms each engine takes. The work asked is the same: top 10 with stored
// fields and snippets, the exact total, exact multi-select facet counts.
struct BenchQuery {
  std::string id;   // "term_02pct", "and_rare_common"...
  std::string cls;  // "term", "and", "or", "phrase", "filter"
  std::vector<std::pair<std::string, std::string>>
      params;       // URL parameters, as the API takes them (foisearch)
  std::string fts;  // the text part as an FTS5 MATCH expression
  std::map<std::string, std::vector<std::string>> filters;  // facet -> canonical values (FTS5)
  std::string from, to;                                     // inclusive ISO dates, or empty (FTS5)
};

std::vector<BenchQuery> read_queries(const std::string& path);

// Runs every query once untimed (warm-up: page cache, lazily built structures), then `reps` timed passes over
// the whole set in order. `run` does the full page and returns the exact total it found.
// Answers {"engine", "reps", "queries": [{"id", "class", "total", "ms": [...], "cpu_ms": [...]}]}: wall-clock
// and process CPU milliseconds per timed run (CPU time is this process's only: for HTTP, the client's).
using RunQuery = std::function<unsigned(const BenchQuery&)>;
nlohmann::json time_queries(const std::string& engine, const std::vector<BenchQuery>& queries, unsigned reps,
                            const RunQuery& run);

// Milliseconds since `start`.
double ms_since(std::chrono::steady_clock::time_point start);

// "--name value" flags; `required` lists names that must be present. Exits with a usage message otherwise.
using Flags = std::map<std::string, std::string>;
Flags parse_flags(int argc, char** argv, const std::vector<std::string>& required, const std::string& usage);

// Every regular file under `dir`, sorted (the order foi-index reads them in).
std::vector<std::string> files_under(const std::string& dir);

// The whole file; throws std::runtime_error when it cannot be read.
std::string slurp(const std::string& path);

}  // namespace foi::bench
