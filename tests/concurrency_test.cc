// Searching from many threads at once, as searchd's pool does: every answer equals the one-thread answer. Under
// TSan (scripts/sanitize.sh) it is the check that nothing the threads share is copied or written unsynchronised
// (a shared static Xapian::Query's reference count, the facet column cache, the index pool).
#include <doctest/doctest.h>

#include <atomic>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "foi/search/index_pool.h"
#include "foi/index/indexer.h"
#include "foi/search/search.h"
#include "searchd_fixture.h"

namespace {

// Requests as URL parameters: the empty query (every document), words, a phrase, a wildcard, filters, dates,
// sorts, deep and empty pages, passages. Each is "name=value&..." without escaping.
const char* kRequests[] = {
    "q=",
    "",
    "q=decoy",
    "q=\"child decoy\"",
    "q=widget&sort=oldest",
    "q=widget&sort=newest&size=2&page=2",
    "q=wq10*&size=1&page=9",
    "q=&sort=oldest&size=3&page=4",
    "q=&page=500&size=20",
    "exemption=s23(5)",
    "q=widget&force=Kent Police&exemption=s40(2)",
    "exemption=s40&from=2019-01-01&to=2020-12-31",
    "q=section&from=2020-01-01&sort=oldest",
    "passages:q=",
    "passages:q=security bodies&sort=newest",
    "passages:exemption=s31(3)&size=5&page=2",
};

// "passages:a=b&c=d" -> the kind and its parameters.
foi::SearchRequest request_for(const std::string& spec) {
  foi::Kind kind = foi::Kind::kDocuments;
  std::string rest = spec;
  if (rest.rfind("passages:", 0) == 0) {
    kind = foi::Kind::kPassages;
    rest = rest.substr(9);
  }
  foi::Params params;
  size_t start = 0;
  while (start < rest.size()) {
    size_t amp = rest.find('&', start);
    std::string pair = rest.substr(start, amp == std::string::npos ? std::string::npos : amp - start);
    size_t eq = pair.find('=');
    params.emplace(pair.substr(0, eq), eq == std::string::npos ? "" : pair.substr(eq + 1));
    start = amp == std::string::npos ? rest.size() : amp + 1;
  }
  return foi::parse_search_request(params, {}, kind);
}

// What must not differ between threads: the total, the hits in order, the facet counts.
std::string summary(const foi::SearchResult& r) {
  std::string s = std::to_string(r.total) + ":";
  for (const foi::Hit& h : r.hits) s += h.record.id + "|" + h.snippet + ";";
  for (const foi::PassageHit& p : r.passages) s += p.id + "|" + p.snippet + ";";
  for (const auto& [facet, counts] : r.facets)
    for (const foi::FacetCount& c : counts) s += facet + "=" + c.value + "#" + std::to_string(c.count) + ",";
  return s;
}

struct Index {
  foi::test::TempDir corpus, out;
  std::string db = out / "db";
  Index() {
    foi::test::write_fixture_corpus(corpus.path());
    foi::IndexerOptions o;
    o.db = db;
    o.paths = {corpus.path()};
    o.threads = 2;
    foi::run_indexer(o);
  }
};

}  // namespace

TEST_CASE("concurrency: 8 threads searching one index through the pool and their own indexes agree with one thread") {
  Index index;
  std::vector<std::string> expected;
  {
    foi::SearchIndex one(index.db);
    for (const char* spec : kRequests) expected.push_back(summary(one.search(request_for(spec))));
    CHECK(one.search(request_for("q=")).total == one.health().docs);  // q= is every document
  }

  foi::IndexPool pool(index.db, {});
  constexpr int kThreads = 8, kRounds = 6;
  std::atomic<int> mismatches{0}, errors{0}, done{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      try {
        // Even threads lease from the shared pool (searchd's way); odd ones keep an index of their own, so the
        // only thing they share with the others is what the library itself keeps static.
        std::unique_ptr<foi::SearchIndex> own;
        if (t % 2) own = std::make_unique<foi::SearchIndex>(index.db);
        for (int round = 0; round < kRounds; ++round) {
          for (size_t i = 0; i < std::size(kRequests); ++i) {
            size_t k = (i + static_cast<size_t>(t) * 3) % std::size(kRequests);  // threads start apart
            foi::SearchResult r;
            if (own) {
              r = own->search(request_for(kRequests[k]));
            } else {
              foi::IndexPool::Lease lease = pool.acquire();
              r = lease->search(request_for(kRequests[k]));
            }
            if (summary(r) != expected[k]) ++mismatches;
            ++done;
          }
          if (own && round == kRounds / 2) own->all_facets();
        }
      } catch (const std::exception&) {
        ++errors;
      }
    });
  }
  for (std::thread& th : threads) th.join();
  CHECK(errors == 0);
  CHECK(mismatches == 0);
  CHECK(done == kThreads * kRounds * static_cast<int>(std::size(kRequests)));
}
