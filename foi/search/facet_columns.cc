// Facet columns and the docid pass.
#include "foi/search/facet_columns.h"

#include <filesystem>
#include <functional>
#include <map>
#include <mutex>

#include "foi/index/shards.h"
#include "foi/search/boolean_docids.h"
#include "foi/search/facets.h"

namespace foi {
namespace {

class DocidSpy : public Xapian::MatchSpy {
 public:
  explicit DocidSpy(std::vector<Xapian::docid>& ids) : ids_(ids) {}
  void operator()(const Xapian::Document& doc, double) override { ids_.push_back(doc.get_docid()); }

 private:
  std::vector<Xapian::docid>& ids_;
};


}  // namespace

FacetColumns::FacetColumns(const Xapian::Database& db) {
  for (const schema::Facet& f : schema::kFacets) {
    Column c{std::vector<uint32_t>(db.get_lastdocid() + 1, 0), {{}}, {}};
    std::map<std::string, uint32_t> combo_ids, value_ids;
    for (auto v = db.valuestream_begin(f.slot); v != db.valuestream_end(f.slot); ++v) {
      auto [it, fresh] = combo_ids.emplace(*v, static_cast<uint32_t>(c.combo_values.size()));
      if (fresh) {
        std::vector<uint32_t> ids;
        for (const std::string& value : facet_values(f, *v))
          ids.push_back(value_ids.emplace(value, value_ids.size()).first->second);
        c.combo_values.push_back(std::move(ids));
      }
      if (v.get_docid() < c.combo_of.size()) c.combo_of[v.get_docid()] = it->second;
    }
    c.values.resize(value_ids.size());
    for (const auto& [value, id] : value_ids) c.values[id] = value;
    columns_.push_back(std::move(c));
  }
}

FacetCounts FacetColumns::count(const std::vector<Xapian::docid>& ids,
                                const std::vector<const schema::Facet*>& facets) const {
  FacetCounts out;
  for (const schema::Facet* f : facets) {
    const Column& c = columns_[static_cast<size_t>(f - schema::kFacets)];
    std::vector<unsigned> per_combo(c.combo_values.size(), 0), per_value(c.values.size(), 0);
    for (Xapian::docid id : ids)
      if (id < c.combo_of.size()) ++per_combo[c.combo_of[id]];
    for (size_t combo = 1; combo < per_combo.size(); ++combo)
      for (uint32_t v : c.combo_values[combo]) per_value[v] += per_combo[combo];
    std::vector<FacetCount>& counts = out[std::string(f->name)];
    for (size_t v = 0; v < per_value.size(); ++v)
      if (per_value[v]) counts.push_back({c.values[v], per_value[v]});
    order_facet(std::string(f->name), counts);
  }
  return out;
}

RevisionKey::RevisionKey(std::string path) : path_(std::move(path)) {}

std::string RevisionKey::shards_key() {
  if (shards_.empty()) {
    if (!std::filesystem::is_directory(path_)) return "";
    IndexLayout layout = index_layout(path_, 0);
    if (layout.shards == 0) return "";
    for (const std::string& shard : layout.paths) shards_.emplace_back(shard);
  } else {
    for (Xapian::Database& shard : shards_) shard.reopen();
  }
  std::string key;
  for (const Xapian::Database& shard : shards_)
    key += shard.get_uuid() + ":" + std::to_string(shard.get_revision()) + ";";
  return key;
}

std::string RevisionKey::open(const std::function<void()>& open, const Xapian::Database& db) {
  std::string before = shards_key();
  open();
  if (!std::filesystem::is_directory(path_)) return "";  // a stub file: remote shards, or others' databases
  if (db.size() == 1) return db.get_uuid() + ":" + std::to_string(db.get_revision());
  // Several local shards have no revision of their own: the shards' revisions, if none moved while opening.
  std::string after = shards_key();
  return before == after ? after : "";
}

std::shared_ptr<const FacetColumns> facet_columns(const std::string& path, const Xapian::Database& db,
                                                  const std::string& key) {
  static std::mutex mu;
  static std::map<std::string, std::pair<std::string, std::shared_ptr<const FacetColumns>>> cache;
  std::lock_guard<std::mutex> lock(mu);  // one reader builds a revision's columns; the others wait for it
  auto& entry = cache[path];
  if (entry.first != key || !entry.second) entry = {key, std::make_shared<const FacetColumns>(db)};
  return entry.second;
}

std::vector<Xapian::docid> matching_docids(const Xapian::Database& db, const Xapian::Query& query,
                                           double time_limit_seconds) {
  if (std::optional<std::vector<Xapian::docid>> ids = boolean_docids(db, query)) return std::move(*ids);
  std::vector<Xapian::docid> ids;
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  if (time_limit_seconds > 0) enquire.set_time_limit(time_limit_seconds);
  if (db.size() > 1) {
    // Over several shards a spy is handed each shard's own document numbers: take them from a full MSet.
    Xapian::MSet m = enquire.get_mset(0, db.get_doccount());
    ids.reserve(m.size());
    for (auto it = m.begin(); it != m.end(); ++it) ids.push_back(*it);
    return ids;
  }
  DocidSpy spy(ids);
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, db.get_doccount());
  return ids;
}

}  // namespace foi
