// Facet columns and the docid pass.
#include "foi/search/facet_columns.h"

#include <algorithm>
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

// By docid, each entry's place in the order of its `slot` values (descending when `descending`). The values
// are kept in one buffer and compared by their first eight bytes first (a date, mostly), then whole.
std::vector<uint32_t> ranks_of(const Xapian::Database& db, Xapian::valueno slot, bool descending) {
  struct Key {
    uint64_t head;
    uint32_t at, size;
    Xapian::docid id;
  };
  std::string bytes;
  std::vector<Key> keys;
  for (auto v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v) {
    std::string value = *v;
    uint64_t head = 0;
    for (size_t i = 0; i < 8; ++i)
      head = head << 8 | (i < value.size() ? static_cast<unsigned char>(value[i]) : 0);
    keys.push_back(
        {head, static_cast<uint32_t>(bytes.size()), static_cast<uint32_t>(value.size()), v.get_docid()});
    bytes += value;
  }
  auto text = [&](const Key& k) { return std::string_view(bytes).substr(k.at, k.size); };
  std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
    if (a.head != b.head) return descending ? a.head > b.head : a.head < b.head;
    int c = text(a).compare(text(b));
    return descending ? c > 0 : c < 0;
  });
  std::vector<uint32_t> rank(db.get_lastdocid() + 1, UINT32_MAX);
  for (size_t i = 0; i < keys.size(); ++i)
    if (keys[i].id < rank.size()) rank[keys[i].id] = static_cast<uint32_t>(i);
  return rank;
}

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

const std::vector<uint32_t>& FacetColumns::ranks(const Xapian::Database& db, bool newest) const {
  if (newest) {
    std::call_once(newest_once_, [&] { newest_rank_ = ranks_of(db, schema::kNewestSlot, true); });
    return newest_rank_;
  }
  std::call_once(oldest_once_, [&] { oldest_rank_ = ranks_of(db, schema::kOldestSlot, false); });
  return oldest_rank_;
}

std::vector<Xapian::docid> FacetColumns::by_date(const Xapian::Database& db, std::vector<Xapian::docid> ids,
                                                 bool newest, uint64_t first, unsigned size) const {
  const std::vector<uint32_t>& rank = ranks(db, newest);
  auto place = [&](Xapian::docid id) { return id < rank.size() ? rank[id] : UINT32_MAX; };
  auto before = [&](Xapian::docid a, Xapian::docid b) {
    return place(a) != place(b) ? place(a) < place(b) : a < b;
  };
  if (first >= ids.size()) return {};
  size_t end = static_cast<size_t>(std::min<uint64_t>(ids.size(), first + size));
  std::partial_sort(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(end), ids.end(), before);
  return std::vector<Xapian::docid>(ids.begin() + static_cast<std::ptrdiff_t>(first),
                                    ids.begin() + static_cast<std::ptrdiff_t>(end));
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
