// foi-bench-query: foisearch's full page in-process. Each query is read from URL parameters with the API's
// own parse_search_request and answered by the library's SearchIndex; only the JSON and HTTP are left out
// (foi-bench-http measures those). --db takes whatever SearchIndex opens: a database directory, a sharded index's
// directory, or a stub file of remote shards.
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "bench/src/bench_util.h"
#include "foi/index/document.h"
#include "foi/search/index_pool.h"
#include "foi/search/search.h"
#include "foi/search/search_request.h"

namespace {

// Where each query's index comes from. "fresh": a SearchIndex opened for the query (every remote shard connected
// anew). "kept": leased from an IndexPool and brought to the latest revision, as foi-searchd does per request.
class Indexes {
 public:
  Indexes(std::string db, foi::SearchLimits limits, bool kept)
      : db_(std::move(db)), limits_(limits), pool_(kept ? std::make_unique<foi::IndexPool>(db_, limits) : nullptr) {}

  foi::SearchResult search(const foi::bench::BenchQuery& q) {
    foi::Params params(q.params.begin(), q.params.end());
    foi::SearchRequest request = foi::parse_search_request(params, limits_);
    if (pool_) {
      foi::IndexPool::Lease index = pool_->acquire();
      return index->search(request);
    }
    foi::SearchIndex index(db_, limits_);
    return index.search(request);
  }

 private:
  std::string db_;
  foi::SearchLimits limits_;
  std::unique_ptr<foi::IndexPool> pool_;
};

unsigned full_page(Indexes& indexes, const foi::bench::BenchQuery& q) {
  foi::SearchResult r = indexes.search(q);
  // The page must hold what the API would send: stop an engine that skipped work from looking fast.
  if (r.hits.empty() && r.total > 0) throw std::runtime_error(q.id + ": a total but no hits");
  for (const foi::Hit& h : r.hits)
    if (h.snippet.empty() || h.record.id.empty()) throw std::runtime_error(q.id + ": a hit without fields");
  if (r.total > 0 && r.facets.empty()) throw std::runtime_error(q.id + ": no facet counts");
  return r.total;
}

// --pages FILE: each query's page once more, untimed, one JSON line per query (total, hit ids in order, snippets,
// facet counts), so two indexes of the same documents can be compared answer for answer (bench/shards does).
void write_pages(const std::string& path, Indexes& indexes, const std::vector<foi::bench::BenchQuery>& queries) {
  std::ofstream out(path);
  if (!out) throw std::runtime_error("cannot write " + path);
  for (const foi::bench::BenchQuery& q : queries) {
    foi::SearchResult r = indexes.search(q);
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
  auto flags = foi::bench::parse_flags(
      argc, argv, {"db", "queries"},
      "--db DB --queries FILE [--reps N] [--open fresh|kept] [--remote-timeout S] [--pages FILE]");
  try {
    auto queries = foi::bench::read_queries(flags["queries"]);
    unsigned reps = flags.count("reps") ? std::stoul(flags["reps"]) : 10;
    std::string open = flags.count("open") ? flags["open"] : "fresh";
    if (open != "fresh" && open != "kept") throw std::runtime_error("--open takes fresh or kept");
    foi::SearchLimits limits;  // the API's defaults, as foi-searchd runs with
    if (flags.count("remote-timeout")) limits.remote_timeout_seconds = std::stod(flags["remote-timeout"]);
    Indexes indexes(flags["db"], limits, open == "kept");
    auto out = foi::bench::time_queries("foisearch", queries, reps,
                                        [&](const foi::bench::BenchQuery& q) { return full_page(indexes, q); });
    out["open"] = open;
    if (flags.count("pages")) write_pages(flags["pages"], indexes, queries);
    std::cout << out.dump() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "foi-bench-query: " << e.what() << "\n";
    return 1;
  }
}
