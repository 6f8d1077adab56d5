// foi-bench-query: foisearch's full page in-process. Each query is read from URL parameters with the API's
// own parse_search_request and answered by a SearchIndex opened for it, as foi-searchd does for every
// request; only the JSON and HTTP are left out (foi-bench-http measures those). --db takes whatever SearchIndex
// opens: a database directory, a sharded index's directory, or a stub file of remote shards.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "bench/src/bench_util.h"
#include "foi/document.h"
#include "foi/search.h"
#include "foi/search_request.h"

namespace {

foi::SearchResult search(const std::string& db, const foi::SearchLimits& limits, const foi::bench::BenchQuery& q) {
  foi::Params params(q.params.begin(), q.params.end());
  foi::SearchRequest request = foi::parse_search_request(params, limits);
  foi::SearchIndex index(db, limits);
  return index.search(request);
}

unsigned full_page(const std::string& db, const foi::SearchLimits& limits, const foi::bench::BenchQuery& q) {
  foi::SearchResult r = search(db, limits, q);
  // The page must hold what the API would send: stop an engine that skipped work from looking fast.
  if (r.hits.empty() && r.total > 0) throw std::runtime_error(q.id + ": a total but no hits");
  for (const foi::Hit& h : r.hits)
    if (h.snippet.empty() || h.record.id.empty()) throw std::runtime_error(q.id + ": a hit without fields");
  if (r.total > 0 && r.facets.empty()) throw std::runtime_error(q.id + ": no facet counts");
  return r.total;
}

// --pages FILE: each query's page once more, untimed, one JSON line per query (total, hit ids in order, snippets,
// facet counts), so two indexes of the same documents can be compared answer for answer (bench/shards does).
void write_pages(const std::string& path, const std::string& db, const foi::SearchLimits& limits,
                 const std::vector<foi::bench::BenchQuery>& queries) {
  std::ofstream out(path);
  if (!out) throw std::runtime_error("cannot write " + path);
  for (const foi::bench::BenchQuery& q : queries) {
    foi::SearchResult r = search(db, limits, q);
    nlohmann::json page = {{"id", q.id}, {"total", r.total}, {"hits", nlohmann::json::array()},
                           {"snippets", nlohmann::json::array()}, {"facets", r.facets}};
    for (const foi::Hit& h : r.hits) {
      page["hits"].push_back(h.record.id);
      page["snippets"].push_back(h.snippet);
    }
    out << foi::dump_json(page) << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  auto flags = foi::bench::parse_flags(argc, argv, {"db", "queries"},
                                       "--db DB --queries FILE [--reps N] [--remote-timeout S] [--pages FILE]");
  try {
    auto queries = foi::bench::read_queries(flags["queries"]);
    unsigned reps = flags.count("reps") ? std::stoul(flags["reps"]) : 10;
    foi::SearchLimits limits;  // the API's defaults, as foi-searchd runs with
    if (flags.count("remote-timeout")) limits.remote_timeout_seconds = std::stod(flags["remote-timeout"]);
    const std::string db = flags["db"];
    auto out = foi::bench::time_queries("foisearch", queries, reps,
                                        [&](const foi::bench::BenchQuery& q) { return full_page(db, limits, q); });
    if (flags.count("pages")) write_pages(flags["pages"], db, limits, queries);
    std::cout << out.dump() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "foi-bench-query: " << e.what() << "\n";
    return 1;
  }
}
