// foi-bench-facet-probe: a measured prototype of the change the query profile points at, run against a real
// foi-index database without touching the library. For each query's main pass (text and every filter; the
// extra multi-select passes have the same shape) it times:
//   current   the library's way: BM25 Enquire with foi::FacetSpies (a ValueCountMatchSpy per facet, reading
//   each
//             slot of every match through Xapian::Document) and checkatleast = the database size;
//   proposed  a BM25 Enquire for the top 10 alone, then a BoolWeight Enquire (no weights to compute) whose
//   spy
//             only records docids, counted against per-slot columns read once per database (a docid -> value
//             combination array per facet, as a server would cache per revision).
// It first checks that both give the same total and the same counts, then prints JSON with both timings; and
// the page's ten snippets as the library makes them (background model, exhaustive) against plain ones.
#include <xapian.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "bench/src/bench_util.h"
#include "foi/facets.h"
#include "foi/schema.h"
#include "foi/search_query.h"

namespace {

// One facet's slot for every document: the value combination each docid holds (0: none).
struct Column {
  const foi::schema::Facet* facet;
  std::vector<uint32_t> combo_of;                   // by docid
  std::vector<std::vector<uint32_t>> combo_values;  // combo -> value ids ([0] is the empty combination)
  std::vector<std::string> values;
};

Column read_column(const Xapian::Database& db, const foi::schema::Facet& f) {
  Column c{&f, std::vector<uint32_t>(db.get_lastdocid() + 1, 0), {{}}, {}};
  std::map<std::string, uint32_t> combo_ids, value_ids;
  for (auto v = db.valuestream_begin(f.slot); v != db.valuestream_end(f.slot); ++v) {
    auto [it, fresh] = combo_ids.emplace(*v, c.combo_values.size());
    if (fresh) {
      std::vector<uint32_t> ids;
      std::string joined = *v;
      for (size_t start = 0; start <= joined.size();) {
        size_t sep = f.multi ? joined.find(foi::schema::kFacetSeparator, start) : std::string::npos;
        if (sep == std::string::npos) sep = joined.size();
        std::string value = joined.substr(start, sep - start);
        if (!value.empty()) ids.push_back(value_ids.emplace(value, value_ids.size()).first->second);
        start = sep + 1;
      }
      c.combo_values.push_back(ids);
    }
    c.combo_of[v.get_docid()] = it->second;
  }
  c.values.resize(value_ids.size());
  for (const auto& [value, id] : value_ids) c.values[id] = value;
  return c;
}

class DocidSpy : public Xapian::MatchSpy {
 public:
  explicit DocidSpy(std::vector<Xapian::docid>& ids) : ids_(ids) {}
  void operator()(const Xapian::Document& doc, double) override { ids_.push_back(doc.get_docid()); }

 private:
  std::vector<Xapian::docid>& ids_;
};

foi::FacetCounts count(const std::vector<Column>& columns, const std::vector<Xapian::docid>& ids) {
  foi::FacetCounts out;
  for (const Column& c : columns) {
    std::vector<unsigned> per_combo(c.combo_values.size(), 0), per_value(c.values.size(), 0);
    for (Xapian::docid id : ids) ++per_combo[c.combo_of[id]];
    for (size_t combo = 1; combo < per_combo.size(); ++combo)
      for (uint32_t v : c.combo_values[combo]) per_value[v] += per_combo[combo];
    std::vector<foi::FacetCount>& counts = out[std::string(c.facet->name)];
    for (size_t v = 0; v < per_value.size(); ++v)
      if (per_value[v]) counts.push_back({c.values[v], per_value[v]});
    foi::order_facet(std::string(c.facet->name), counts);
  }
  return out;
}

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

Page proposed(const Xapian::Database& db, const std::vector<Column>& columns, const Xapian::Query& query) {
  Xapian::Enquire top(db);
  top.set_query(query);
  Xapian::MSet m = top.get_mset(0, 10);  // the page's hits: the matcher may skip what cannot reach the top 10
  std::vector<Xapian::docid> ids;
  DocidSpy spy(ids);
  Xapian::Enquire all(db);
  all.set_query(query);
  all.set_weighting_scheme(Xapian::BoolWeight());
  all.add_matchspy(&spy);
  all.get_mset(0, 0, db.get_doccount());
  return {static_cast<unsigned>(ids.size()), count(columns, ids)};
}

// The page's snippets: each hit's stored text (parsed from the record's JSON, as the library stores it)
// through MSet::snippet with the given flags. The library passes SNIPPET_BACKGROUND_MODEL |
// SNIPPET_EXHAUSTIVE.
unsigned snippets(const Xapian::Database& db, const Xapian::Query& query, unsigned flags) {
  Xapian::Enquire top(db);
  top.set_query(query);
  Xapian::MSet m = top.get_mset(0, 10);
  size_t marked = 0;
  for (auto it = m.begin(); it != m.end(); ++it) {
    std::string text = nlohmann::json::parse(it.get_document().get_data()).value("text", "");
    std::string s = m.snippet(text, 300, Xapian::Stem("english"), flags, "<mark>", "</mark>", "…");
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
    std::vector<Column> columns;
    for (const auto& f : foi::schema::kFacets) columns.push_back(read_column(db, f));
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
    const unsigned exhaustive = Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE;
    auto run_snippets = [&](unsigned f) {
      return [&, f](const foi::bench::BenchQuery& q) { return snippets(db, main_query(db, q), f); };
    };
    nlohmann::json out = {
        {"columns_load_ms", load_ms},
        {"current", foi::bench::time_queries("current", queries, reps, run_current)},
        {"proposed", foi::bench::time_queries("proposed", queries, reps, run_proposed)},
        {"snippets_current",
         foi::bench::time_queries("snippets_current", queries, reps, run_snippets(exhaustive))},
        {"snippets_background",
         foi::bench::time_queries("snippets_background", queries, reps,
                                  run_snippets(Xapian::MSet::SNIPPET_BACKGROUND_MODEL))},
        {"snippets_plain", foi::bench::time_queries("snippets_plain", queries, reps, run_snippets(0))}};
    std::cout << out.dump() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "foi-bench-facet-probe: " << e.what() << "\n";
    return 1;
  } catch (const Xapian::Error& e) {
    std::cerr << "foi-bench-facet-probe: " << e.get_description() << "\n";
    return 1;
  }
}
