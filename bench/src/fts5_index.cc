// foi-bench-fts5-index: the SQLite FTS5 baseline's indexer. Loads every generated letter into one FTS5 table
// (title, body) and its facet values into ordinary tables. The facet values come from gen_corpus's manifest,
// not from extraction: this compares search engines, and foisearch's extraction is work FTS5 is spared.
// Commits every 200 documents with full durability (WAL, synchronous=FULL), as foi-index commits its batches.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "bench/src/bench_util.h"
#include "bench/src/sqlite_db.h"

namespace {

constexpr int kBatch = 200;

struct Inserts {
  foi::bench::Statement doc, fts, force, exemption, offence;
  explicit Inserts(sqlite3* db)
      : doc(db,
            "INSERT INTO docs(id, path, title, authority, date, year, month, reference, outcome) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        fts(db, "INSERT INTO fts(rowid, title, body) VALUES (?, ?, ?)"),
        force(db, "INSERT OR IGNORE INTO doc_force(doc, force) VALUES (?, ?)"),
        exemption(db, "INSERT OR IGNORE INTO doc_exemption(doc, exemption) VALUES (?, ?)"),
        offence(db, "INSERT OR IGNORE INTO doc_offence(doc, offence) VALUES (?, ?)") {}
};

void run(foi::bench::Statement& s) {
  s.step();
  s.reset();
}

void insert_values(foi::bench::Statement& s, long long id, const nlohmann::json& values) {
  for (const auto& v : values) run(s.bind(1, id).bind(2, v.get<std::string>()));
}

size_t insert_doc(Inserts& ins, const nlohmann::json& m, const std::string& corpus) {
  long long id = m.at("id").get<long long>();
  std::string path = m.at("path").get<std::string>();
  std::string text = foi::bench::slurp(corpus + "/docs/" + path);
  std::string date = m.value("date", "");
  ins.doc.bind(1, id)
      .bind(2, path)
      .bind(3, m.at("title").get<std::string>())
      .bind(4, m.value("authority", ""));
  if (date.empty())
    ins.doc.bind_null(5).bind_null(6).bind_null(7);
  else
    ins.doc.bind(5, date).bind(6, date.substr(0, 4)).bind(7, date.substr(0, 7));
  ins.doc.bind(8, m.value("reference", ""));
  if (m.value("outcome", nlohmann::json()).is_null())
    ins.doc.bind_null(9);
  else
    ins.doc.bind(9, m.at("outcome").get<std::string>());
  run(ins.doc);
  run(ins.fts.bind(1, id).bind(2, m.at("title").get<std::string>()).bind(3, text));
  insert_values(ins.force, id, nlohmann::json::array({m.at("force")}));
  insert_values(ins.exemption, id, m.at("exemptions"));
  insert_values(ins.offence, id, m.at("offences"));
  return text.size();
}

}  // namespace

int main(int argc, char** argv) {
  auto flags = foi::bench::parse_flags(argc, argv, {"db", "corpus"}, "--db FILE --corpus DIR");
  try {
    auto start = std::chrono::steady_clock::now();
    foi::bench::Database db(flags["db"]);
    db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
    db.exec(foi::bench::kFts5Schema);
    std::ifstream manifest(flags["corpus"] + "/manifest.jsonl");
    if (!manifest) throw std::runtime_error("cannot open the manifest under " + flags["corpus"]);
    size_t docs = 0, bytes = 0;
    {
      Inserts ins(db.handle());
      db.exec("BEGIN");
      for (std::string line; std::getline(manifest, line);) {
        bytes += insert_doc(ins, nlohmann::json::parse(line), flags["corpus"]);
        if (++docs % kBatch == 0) db.exec("COMMIT; BEGIN");
      }
      db.exec("COMMIT");
    }
    db.exec(foi::bench::kFts5Indexes);
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");  // the index size is then the database file alone
    std::cout << nlohmann::json{{"docs", docs},
                                {"bytes", bytes},
                                {"seconds", foi::bench::ms_since(start) / 1000}}
              << "\n";
  } catch (const std::exception& e) {
    std::cerr << "foi-bench-fts5-index: " << e.what() << "\n";
    return 1;
  }
}
