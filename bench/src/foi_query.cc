// foi-bench-query: foisearch's full page in-process. Each query is read from URL parameters with the API's
// own parse_search_request and answered by a SearchIndex opened for it, as foi-searchd does for every
// request; only the JSON and HTTP are left out (foi-bench-http measures those).
#include <iostream>
#include <nlohmann/json.hpp>

#include "bench/src/bench_util.h"
#include "foi/search.h"
#include "foi/search_request.h"

namespace {

unsigned full_page(const std::string& db, const foi::bench::BenchQuery& q) {
  foi::Params params(q.params.begin(), q.params.end());
  foi::SearchRequest request = foi::parse_search_request(params);
  foi::SearchIndex index(db);
  foi::SearchResult r = index.search(request);
  // The page must hold what the API would send: stop an engine that skipped work from looking fast.
  if (r.hits.empty() && r.total > 0) throw std::runtime_error(q.id + ": a total but no hits");
  for (const foi::Hit& h : r.hits)
    if (h.snippet.empty() || h.record.id.empty()) throw std::runtime_error(q.id + ": a hit without fields");
  if (r.total > 0 && r.facets.empty()) throw std::runtime_error(q.id + ": no facet counts");
  return r.total;
}

}  // namespace

int main(int argc, char** argv) {
  auto flags = foi::bench::parse_flags(argc, argv, {"db", "queries"}, "--db DIR --queries FILE [--reps N]");
  try {
    auto queries = foi::bench::read_queries(flags["queries"]);
    unsigned reps = flags.count("reps") ? std::stoul(flags["reps"]) : 10;
    const std::string db = flags["db"];
    auto out = foi::bench::time_queries("foisearch", queries, reps,
                                        [&](const foi::bench::BenchQuery& q) { return full_page(db, q); });
    std::cout << out.dump() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "foi-bench-query: " << e.what() << "\n";
    return 1;
  }
}
