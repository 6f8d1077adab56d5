// foi-bench-fts5-query: the SQLite FTS5 baseline doing foisearch's full page through the C API, the way a
// developer would: the text's match set goes into a temporary table once, with each document's single-valued
// fields; the exact total and each facet's counts are GROUP BYs over it (joined to the facet tables for the
// multi-valued facets), each facet ignoring its own filter (multi-select, like foisearch's extra count query
// per filtered facet); the top 10 by bm25 (title weighted 5, as foisearch weights titles) with snippet() and
// every stored field.
#include <iostream>
#include <nlohmann/json.hpp>

#include "bench/src/bench_util.h"
#include "bench/src/sqlite_db.h"

namespace {

using foi::bench::BenchQuery;
using foi::bench::Statement;

std::string quote(const std::string& s) {
  char* q = sqlite3_mprintf("%Q", s.c_str());
  std::string out(q);
  sqlite3_free(q);
  return out;
}

std::string in_list(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : ", ") + quote(v);
  return "(" + out + ")";
}

// The SQL condition on a row of m for one filter ("date" is from/to). Single-valued fields are columns of m;
// multi-valued ones are looked up by value in their table.
std::string condition(const std::string& facet, const BenchQuery& q) {
  if (facet == "date") {
    if (!q.from.empty() && !q.to.empty()) return "m.date BETWEEN " + quote(q.from) + " AND " + quote(q.to);
    return "m.date " + (q.from.empty() ? "<= " + quote(q.to) : ">= " + quote(q.from));
  }
  const std::vector<std::string>& values = q.filters.at(facet);
  if (facet == "authority" || facet == "outcome") return "m." + facet + " IN " + in_list(values);
  return "m.doc IN (SELECT doc FROM doc_" + facet + " WHERE " + facet + " IN " + in_list(values) + ")";
}

// Every filter of the query but `except` (a facet name, or "date"), as " AND ..." conditions.
std::string filters_sql(const BenchQuery& q, const std::string& except) {
  std::string out;
  for (const auto& [facet, values] : q.filters)
    if (facet != except && !values.empty()) out += " AND " + condition(facet, q);
  if ((!q.from.empty() || !q.to.empty()) && except != "date") out += " AND " + condition("date", q);
  return out;
}

struct FacetSql {
  const char* name;
  const char* own;     // the filter this facet's counts ignore
  const char* select;  // value and count over m, joined; filters are appended to its WHERE
};
constexpr FacetSql kFacets[] = {
    {"force", "force", "SELECT t.force, count(*) FROM m JOIN doc_force t ON t.doc = m.doc WHERE 1"},
    {"exemption", "exemption",
     "SELECT t.exemption, count(*) FROM m JOIN doc_exemption t ON t.doc = m.doc WHERE 1"},
    {"offence", "offence", "SELECT t.offence, count(*) FROM m JOIN doc_offence t ON t.doc = m.doc WHERE 1"},
    {"authority", "authority", "SELECT m.authority, count(*) FROM m WHERE m.authority <> ''"},
    {"outcome", "outcome", "SELECT m.outcome, count(*) FROM m WHERE m.outcome IS NOT NULL"},
    {"year", "date", "SELECT m.year, count(*) FROM m WHERE m.year IS NOT NULL"},
    {"month", "date", "SELECT m.month, count(*) FROM m WHERE m.month IS NOT NULL"},
};

class FullPage {
 public:
  explicit FullPage(foi::bench::Database& db)
      : db_(db),
        fill_(db.handle(),
              "INSERT INTO m SELECT d.id, d.authority, d.outcome, d.date, d.year, d.month "
              "FROM fts JOIN docs d ON d.id = fts.rowid WHERE fts MATCH ?"),
        doc_(db.handle(), "SELECT path, title, authority, date, reference, outcome FROM docs WHERE id = ?"),
        forces_(db.handle(), "SELECT group_concat(force, char(31)) FROM doc_force WHERE doc = ?"),
        exemptions_(db.handle(), "SELECT group_concat(exemption, char(31)) FROM doc_exemption WHERE doc = ?"),
        offences_(db.handle(), "SELECT group_concat(offence, char(31)) FROM doc_offence WHERE doc = ?") {}

  unsigned run(const BenchQuery& q) {
    db_.exec("DELETE FROM m");
    fill_.bind(1, q.fts);
    fill_.step();
    fill_.reset();
    unsigned total = count(q);
    nlohmann::json facets;
    for (const FacetSql& f : kFacets) facets[f.name] = facet_counts(f, q);
    nlohmann::json hits = top_hits(q);
    if (total > 0 && (hits.empty() || facets["force"].empty()))
      throw std::runtime_error(q.id + ": an empty page");
    return total;
  }

 private:
  unsigned count(const BenchQuery& q) {
    Statement s(db_.handle(), "SELECT count(*) FROM m WHERE 1" + filters_sql(q, ""));
    s.step();
    return static_cast<unsigned>(s.column_int(0));
  }

  nlohmann::json facet_counts(const FacetSql& f, const BenchQuery& q) {
    Statement s(db_.handle(),
                std::string(f.select) + filters_sql(q, f.own) + " GROUP BY 1 ORDER BY 2 DESC, 1");
    nlohmann::json out = nlohmann::json::array();
    while (s.step()) out.push_back({s.column_text(0), s.column_int(1)});
    return out;
  }

  std::string joined(Statement& s, long long id) {
    s.bind(1, id);
    s.step();
    std::string v = s.column_text(0);
    s.reset();
    return v;
  }

  nlohmann::json top_hits(const BenchQuery& q) {
    std::string filters = filters_sql(q, "");
    std::string sql =
        "SELECT rowid, snippet(fts, -1, '<mark>', '</mark>', '…', 40) FROM fts WHERE fts MATCH ?";
    // "+rowid": FTS5 would take a plain "rowid IN" as one lookup per listed row, re-running the MATCH for each.
    if (!filters.empty()) sql += " AND +rowid IN (SELECT doc FROM m WHERE 1" + filters + ")";
    Statement s(db_.handle(), sql + " ORDER BY bm25(fts, 5.0, 1.0) LIMIT 10");
    s.bind(1, q.fts);
    nlohmann::json hits = nlohmann::json::array();
    while (s.step()) {
      long long id = s.column_int(0);
      doc_.bind(1, id);
      doc_.step();
      hits.push_back({{"path", doc_.column_text(0)},
                      {"title", doc_.column_text(1)},
                      {"authority", doc_.column_text(2)},
                      {"outcome", doc_.column_text(5)},
                      {"date", doc_.column_text(3)},
                      {"reference", doc_.column_text(4)},
                      {"force", joined(forces_, id)},
                      {"exemptions", joined(exemptions_, id)},
                      {"offences", joined(offences_, id)},
                      {"snippet", s.column_text(1)}});
      doc_.reset();
    }
    return hits;
  }

  foi::bench::Database& db_;
  Statement fill_, doc_, forces_, exemptions_, offences_;
};

}  // namespace

int main(int argc, char** argv) {
  auto flags = foi::bench::parse_flags(argc, argv, {"db", "queries"}, "--db FILE --queries FILE [--reps N]");
  try {
    auto queries = foi::bench::read_queries(flags["queries"]);
    unsigned reps = flags.count("reps") ? std::stoul(flags["reps"]) : 10;
    foi::bench::Database db(flags["db"]);
    // The match set with the single-valued fields beside each document, so filters and counts on them need
    // no join.
    db.exec(
        "CREATE TEMP TABLE m(doc INTEGER PRIMARY KEY, authority TEXT, outcome TEXT, date TEXT, year TEXT, "
        "month TEXT)");
    FullPage page(db);
    auto out =
        foi::bench::time_queries("fts5", queries, reps, [&](const BenchQuery& q) { return page.run(q); });
    std::cout << out.dump() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "foi-bench-fts5-query: " << e.what() << "\n";
    return 1;
  }
}
