// foi-bench-bound: the floor under any Xapian-based indexer. Reads every file and runs Xapian's TermGenerator
// over it (English stemmer, positions, as foi-index does) into a document that is thrown away: no extraction,
// no database. foi-index's speed as a fraction of this says how much its own work costs.
//
// For profiling, flags add foi-index's Xapian work back one piece at a time, so the gap between this floor
// and foi-index can be split up without touching the library: --db DIR writes the documents (a transaction
// per
// --batch N, default 200, as foi-index commits), --spelling adds spelling data, --store-text stores the text
// as the document data.
#include <xapian.h>

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "bench/src/bench_util.h"

namespace {

struct Sink {
  std::unique_ptr<Xapian::WritableDatabase> db;
  size_t batch = 200, pending = 0;
  void add(const Xapian::Document& doc) {
    if (!db) return;
    if (pending == 0) db->begin_transaction();
    db->add_document(doc);
    if (++pending == batch) commit();
  }
  void commit() {
    if (db && pending > 0) db->commit_transaction();
    pending = 0;
  }
};

}  // namespace

int main(int argc, char** argv) {
  auto flags = foi::bench::parse_flags(argc, argv, {"corpus"},
                                       "--corpus DIR [--db DIR [--batch N] [--spelling 1] [--store-text 1]]");
  try {
    auto start = std::chrono::steady_clock::now();
    Sink sink;
    if (flags.count("db"))
      sink.db = std::make_unique<Xapian::WritableDatabase>(flags["db"], Xapian::DB_CREATE_OR_OVERWRITE);
    if (flags.count("batch")) sink.batch = std::stoul(flags["batch"]);
    Xapian::TermGenerator tg;
    tg.set_stemmer(Xapian::Stem("english"));
    tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    if (sink.db && flags.count("spelling")) {
      tg.set_database(*sink.db);
      tg.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
    }
    size_t docs = 0, bytes = 0, terms = 0;
    for (const std::string& path : foi::bench::files_under(flags["corpus"])) {
      std::string text = foi::bench::slurp(path);
      Xapian::Document doc;
      tg.set_document(doc);
      tg.index_text(text);
      if (flags.count("store-text")) doc.set_data(text);
      terms += doc.termlist_count();  // used, so the work cannot be optimised away
      sink.add(doc);
      bytes += text.size();
      ++docs;
    }
    sink.commit();
    std::cout << nlohmann::json{{"docs", docs},
                                {"bytes", bytes},
                                {"terms", terms},
                                {"seconds", foi::bench::ms_since(start) / 1000}}
              << "\n";
  } catch (const std::exception& e) {
    std::cerr << "foi-bench-bound: " << e.what() << "\n";
    return 1;
  } catch (const Xapian::Error& e) {
    std::cerr << "foi-bench-bound: " << e.get_description() << "\n";
    return 1;
  }
}
