// foi-bench-facet-probe: the facet-counting measurement that led to foi/search/facet_columns.h, kept to show its effect.
// For each query's main pass (text and every filter; the extra multi-select passes have the same shape) it times:
//   current   spies: a BM25 Enquire with foi::FacetSpies (a ValueCountMatchSpy per facet, reading each slot of
//             every match through Xapian::Document) and checkatleast = the database size, as remote shards count;
//   proposed  columns: a BM25 Enquire for the top 10 alone, then foi::matching_docids counted against
//             foi::FacetColumns, as a local index counts now.
// It first checks that both give the same total and the same counts, then prints JSON with both timings; and
// the page's ten snippets as the library makes them against Xapian's MSet::snippet, exhaustive and plain.
#include <xapian.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "bench/src/bench_util.h"
#include "foi/search/facet_columns.h"
#include "foi/search/facets.h"
#include "foi/index/schema.h"
#include "foi/search/search_query.h"
#include "foi/search/snippets.h"

namespace {

Xapian::Query main_query(const Xapian::Database& db, const foi::bench::BenchQuery& q) {
  Xapian::Query query = foi::parse_user_query(db, q.params.at(0).second, {}).query;
  for (const auto& [facet, values] : q.filters)  // values of one facet OR together, facets AND
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, foi::facet_filter(facet, values));
  if (!q.from.empty() || !q.to.empty())
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, foi::date_filter(q.from, q.to));
  return query;
}

struct Page {
  unsigned total = 0;
  foi::FacetCounts facets;
};

Page current(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  std::vector<const foi::schema::Facet*> all;
  for (const auto& f : foi::schema::kFacets) all.push_back(&f);
  foi::FacetSpies spies;
  spies.attach(enquire, all);
  Xapian::MSet m = enquire.get_mset(0, 10, db.get_doccount());
  Page p{m.get_matches_estimated(), {}};
  spies.read_into(p.facets);
  return p;
}

// The library's way now (foi/search/facet_columns.h): the page by BM25 alone, then a docid pass counted on columns.
Page proposed(const Xapian::Database& db, const foi::FacetColumns& columns, const Xapian::Query& query) {
  Xapian::Enquire top(db);
  top.set_query(query);
  Xapian::MSet m = top.get_mset(0, 10);  // the page's hits: the matcher may skip what cannot reach the top 10
  std::vector<Xapian::docid> ids = foi::matching_docids(db, query, 0);
  std::vector<const foi::schema::Facet*> all;
  for (const auto& f : foi::schema::kFacets) all.push_back(&f);
  return {static_cast<unsigned>(ids.size()), columns.count(ids, all)};
}

// The page's ten snippets from each hit's stored text (parsed from the record's JSON, as the library stores it):
// the library's own (foi/search/snippets.h), or Xapian's MSet::snippet with `flags` (SNIPPET_EXHAUSTIVE is what the
// library used before it made its own). Returns how many were marked.
unsigned snippets(const Xapian::Database& db, const Xapian::Query& query, bool library, unsigned flags) {
  Xapian::Enquire top(db);
  top.set_query(query);
  Xapian::MSet m = top.get_mset(0, 10);
  foi::SnippetQuery sq =
      foi::snippet_query(query, [&](const std::string& t) { return m.get_termfreq(t); }, db.get_doccount());
  size_t marked = 0;
  for (auto it = m.begin(); it != m.end(); ++it) {
    std::string text = nlohmann::json::parse(it.get_document().get_data()).value("text", "");
    std::string s = library ? foi::make_snippet(sq, text)
                            : m.snippet(text, 300, Xapian::Stem("english"), flags, "<mark>", "</mark>", "…");
    marked += s.find("<mark>") != std::string::npos;
  }
  return static_cast<unsigned>(marked);
}

bool same(const foi::FacetCounts& a, const foi::FacetCounts& b) {
  auto as_pairs = [](const foi::FacetCounts& f) {
    std::map<std::string, std::vector<std::pair<std::string, unsigned>>> out;
    for (const auto& [name, counts] : f)
      for (const auto& c : counts) out[name].emplace_back(c.value, c.count);
    for (auto it = out.begin(); it != out.end();) it = it->second.empty() ? out.erase(it) : std::next(it);
    return out;
  };
  return as_pairs(a) == as_pairs(b);
}

}  // namespace

int main(int argc, char** argv) {
  auto flags = foi::bench::parse_flags(argc, argv, {"db", "queries"}, "--db DIR --queries FILE [--reps N]");
  try {
    auto queries = foi::bench::read_queries(flags["queries"]);
    unsigned reps = flags.count("reps") ? std::stoul(flags["reps"]) : 10;
    Xapian::Database db(flags["db"]);
    auto start = std::chrono::steady_clock::now();
    foi::FacetColumns columns(db);
    double load_ms = foi::bench::ms_since(start);
    for (const auto& q : queries) {
      Xapian::Query query = main_query(db, q);
      Page a = current(db, query), b = proposed(db, columns, query);
      if (a.total != b.total || !same(a.facets, b.facets))
        throw std::runtime_error(q.id + ": the prototype's counts differ from the library's");
    }
    auto run_current = [&](const foi::bench::BenchQuery& q) { return current(db, main_query(db, q)).total; };
    auto run_proposed = [&](const foi::bench::BenchQuery& q) {
      return proposed(db, columns, main_query(db, q)).total;
    };
    auto run_snippets = [&](bool library, unsigned f) {
      return [&, library, f](const foi::bench::BenchQuery& q) { return snippets(db, main_query(db, q), library, f); };
    };
    nlohmann::json out = {
        {"columns_load_ms", load_ms},
        {"current", foi::bench::time_queries("current", queries, reps, run_current)},
        {"proposed", foi::bench::time_queries("proposed", queries, reps, run_proposed)},
        {"snippets_library", foi::bench::time_queries("snippets_library", queries, reps, run_snippets(true, 0))},
        {"snippets_xapian", foi::bench::time_queries("snippets_xapian", queries, reps,
                                                     run_snippets(false, Xapian::MSet::SNIPPET_EXHAUSTIVE))},
        {"snippets_xapian_plain",
         foi::bench::time_queries("snippets_xapian_plain", queries, reps, run_snippets(false, 0))}};
    std::cout << out.dump() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "foi-bench-facet-probe: " << e.what() << "\n";
    return 1;
  } catch (const Xapian::Error& e) {
    std::cerr << "foi-bench-facet-probe: " << e.get_description() << "\n";
    return 1;
  }
}
