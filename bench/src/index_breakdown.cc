// foi-bench-index-breakdown: where an index's bytes go. For an index directory (one glass database, or shards
// under a stub), answers JSON with the size of each glass table as built and after compaction (the difference
// is the free space a build leaves), and splits the compacted size between documents and passages by copying
// each kind into a database of its own (and once more without values, which gives the values' cost), then
// compacting those copies. Counts beside the bytes: entries, stored data, postings, positions, values,
// spelling words.
//
//   foi-bench-index-breakdown --db DIR [--split 0]     (--split 0: table sizes and free space only)
#include <unistd.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "bench/src/bench_util.h"
#include "foi/index/index_writer.h"
#include "foi/index/schema.h"

namespace {

namespace fs = std::filesystem;
using Sizes =
    std::map<std::string, uint64_t>;  // table ("postlist", "position"...) -> bytes; "other": the rest

// The glass databases of an index: the shard directories its stub lists, or the directory itself.
std::vector<std::string> databases_of(const std::string& dir) {
  std::vector<std::string> out;
  std::ifstream stub(fs::path(dir) / "XAPIANDB");
  for (std::string line; stub && std::getline(stub, line);)
    if (line.rfind("auto ", 0) == 0) out.push_back((fs::path(dir) / line.substr(5)).string());
  if (out.empty()) out.push_back(dir);
  return out;
}

// Bytes per table file ("postlist.glass" -> "postlist"); version file, lock and changesets as "other".
void add_table_sizes(const std::string& db, Sizes& sizes) {
  for (const auto& e : fs::directory_iterator(db)) {
    if (!e.is_regular_file()) continue;
    fs::path p = e.path();
    sizes[p.extension() == ".glass" ? p.stem().string() : "other"] += e.file_size();
  }
}

Sizes sizes_of(const std::vector<std::string>& dbs) {
  Sizes s;
  for (const std::string& db : dbs) add_table_sizes(db, s);
  return s;
}

// Each database compacted into `into` (one directory per database), as `xapian-compact` would.
Sizes compacted_sizes(const std::vector<std::string>& dbs, const fs::path& into) {
  std::vector<std::string> outs;
  fs::create_directories(into);
  for (size_t k = 0; k < dbs.size(); ++k) {
    outs.push_back((into / ("db-" + std::to_string(k))).string());
    Xapian::Database(dbs[k]).compact(outs.back(), Xapian::DBCOMPACT_NO_RENUMBER);
  }
  Sizes s = sizes_of(outs);
  fs::remove_all(into);
  return s;
}

// A kind's entries copied into a database of their own, with and without their values. Scratch databases: no
// fsync, and Xapian's own flush every 10,000 entries rather than commits of ours.
constexpr int kScratch = Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS | Xapian::DB_NO_SYNC;

struct KindCopy {
  std::string dir, dir_no_values;
  Xapian::WritableDatabase db, no_values;
  uint64_t entries = 0, data_bytes = 0, postings = 0, positions = 0, values = 0, value_bytes = 0;
  KindCopy(const fs::path& tmp, const std::string& kind)
      : dir((tmp / kind).string()),
        dir_no_values((tmp / (kind + "-no-values")).string()),
        db(dir, kScratch),
        no_values(dir_no_values, kScratch) {}

  void add(const Xapian::Document& doc) {
    ++entries;
    data_bytes += doc.get_data().size();
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      ++postings;
      positions += t.positionlist_count();
    }
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v) {
      ++values;
      value_bytes += (*v).size();
    }
    db.add_document(doc);
    Xapian::Document bare = doc;
    bare.clear_values();
    no_values.add_document(bare);
  }

  nlohmann::json report(const fs::path& tmp, const std::string& kind) {
    db.commit(), no_values.commit();
    db.close(), no_values.close();
    nlohmann::json j = {{"entries", entries},     {"data_bytes", data_bytes}, {"postings", postings},
                        {"positions", positions}, {"values", values},         {"value_bytes", value_bytes}};
    j["tables"] = compacted_sizes({dir}, tmp / (kind + "-compact"));
    j["tables_without_values"] = compacted_sizes({dir_no_values}, tmp / (kind + "-no-values-compact"));
    fs::remove_all(dir), fs::remove_all(dir_no_values);
    return j;
  }
};

// Documents and passages (told apart by the kind term) copied apart; the spelling data goes with the
// documents, whose words it comes from.
nlohmann::json split_by_kind(const std::string& index, const fs::path& tmp) {
  Xapian::Database db(index);
  std::string passage_term = foi::bounded_term(foi::schema::kKindPrefix, foi::schema::kPassageKind);
  std::vector<bool> is_passage(db.get_lastdocid() + 1);
  for (auto p = db.postlist_begin(passage_term); p != db.postlist_end(passage_term); ++p)
    is_passage[*p] = true;
  KindCopy documents(tmp, "documents"), passages(tmp, "passages");
  for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p)
    (is_passage[*p] ? passages : documents).add(db.get_document(*p));
  uint64_t words = 0;
  for (auto s = db.spellings_begin(); s != db.spellings_end(); ++s, ++words)
    documents.db.add_spelling(*s, s.get_termfreq());
  nlohmann::json j = {{"document", documents.report(tmp, "documents")},
                      {"passage", passages.report(tmp, "passages")}};
  j["spelling_words"] = words;
  return j;
}

}  // namespace

int main(int argc, char** argv) {
  auto flags = foi::bench::parse_flags(argc, argv, {"db"}, "--db DIR [--split 0|1]");
  fs::path tmp = fs::temp_directory_path() / ("foi-breakdown-" + std::to_string(getpid()));
  try {
    std::vector<std::string> dbs = databases_of(flags["db"]);
    fs::create_directories(tmp);
    nlohmann::json out = {{"databases", dbs.size()}};
    out["built"] = sizes_of(dbs);
    out["compacted"] = compacted_sizes(dbs, tmp / "compact");
    if (!flags.count("split") || flags["split"] != "0") out["kinds"] = split_by_kind(flags["db"], tmp);
    fs::remove_all(tmp);
    std::cout << out.dump(1) << "\n";
    return 0;
  } catch (const Xapian::Error& e) {
    std::cerr << argv[0] << ": " << e.get_description() << "\n";
  } catch (const std::exception& e) {
    std::cerr << argv[0] << ": " << e.what() << "\n";
  }
  std::error_code ignored;
  fs::remove_all(tmp, ignored);
  return 1;
}
