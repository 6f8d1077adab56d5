// foi-bench-http: foisearch's full page over HTTP. The same queries as foi-bench-query, sent to a running
// foi-searchd on a loopback port over one keep-alive connection; each latency runs from sending the request
// to having parsed the JSON body, as a page's script would (which also reads the total and checks the page).
#include <httplib.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "bench/src/bench_util.h"

namespace {

unsigned full_page(httplib::Client& client, const foi::bench::BenchQuery& q) {
  httplib::Params params(q.params.begin(), q.params.end());
  httplib::Result res = client.Get("/api/search", params, httplib::Headers{});
  if (!res) throw std::runtime_error(q.id + ": " + httplib::to_string(res.error()));
  if (res->status != 200)
    throw std::runtime_error(q.id + ": HTTP " + std::to_string(res->status) + " " + res->body);
  nlohmann::json page = nlohmann::json::parse(res->body);
  unsigned total = page.at("total").get<unsigned>();
  if (total > 0 && (page.at("hits").empty() || page.at("facets").empty()))
    throw std::runtime_error(q.id + ": an incomplete page");
  return total;
}

}  // namespace

int main(int argc, char** argv) {
  auto flags = foi::bench::parse_flags(argc, argv, {"port", "queries"}, "--port N --queries FILE [--reps N]");
  try {
    auto queries = foi::bench::read_queries(flags["queries"]);
    unsigned reps = flags.count("reps") ? std::stoul(flags["reps"]) : 10;
    httplib::Client client("127.0.0.1", std::stoi(flags["port"]));
    client.set_keep_alive(true);
    client.set_read_timeout(30, 0);
    auto out =
        foi::bench::time_queries("foisearch-http", queries, reps,
                                 [&](const foi::bench::BenchQuery& q) { return full_page(client, q); });
    std::cout << out.dump() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "foi-bench-http: " << e.what() << "\n";
    return 1;
  }
}
