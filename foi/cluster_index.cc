// Regrouping a database's passages.
#include "foi/cluster_index.h"

#include <chrono>
#include <nlohmann/json.hpp>
#include <set>

#include "foi/document.h"
#include "foi/index_writer.h"
#include "foi/schema.h"

namespace foi {
namespace {

struct StoredPassage {
  Xapian::docid docid = 0;
  std::string cluster;  // as stored now
};

std::string iso_of(const std::string& yyyymmdd) {
  if (yyyymmdd.size() != 8) return "";
  return yyyymmdd.substr(0, 4) + "-" + yyyymmdd.substr(4, 2) + "-" + yyyymmdd.substr(6, 2);
}

void set_cluster(Xapian::WritableDatabase& db, Xapian::docid id, const std::string& old_cluster,
                 const std::string& cluster) {
  Xapian::Document doc = db.get_document(id);
  if (!old_cluster.empty()) doc.remove_term(bounded_term(schema::kClusterPrefix, old_cluster));
  doc.add_boolean_term(bounded_term(schema::kClusterPrefix, cluster));
  doc.add_value(schema::kClusterSlot, cluster);
  db.replace_document(id, doc);
}

nlohmann::json summary_json(const Cluster& c, const std::vector<ClusterMember>& members) {
  return {{"id", c.id},          {"size", c.members.size()}, {"authorities", c.authorities},
          {"first", c.first},    {"last", c.last},           {"central", members[c.central].id}};
}

// Writes the metadata summaries; deletes those of clusters that are gone.
void write_summaries(Xapian::WritableDatabase& db, const std::map<std::string, std::string>& wanted) {
  std::vector<std::string> stale;
  std::string prefix(schema::kClusterMetadataPrefix);
  for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k)
    if (!wanted.count(*k)) stale.push_back(*k);
  for (const std::string& k : stale) db.set_metadata(k, "");
  for (const auto& [key, value] : wanted)
    if (db.get_metadata(key) != value) db.set_metadata(key, value);
}

}  // namespace

ClusterStats recluster_passages(Xapian::WritableDatabase& db) {
  auto start = std::chrono::steady_clock::now();
  std::vector<ClusterMember> members;
  std::vector<StoredPassage> stored;
  std::vector<std::pair<StoredPassage, std::string>> loners;  // no fingerprint: a cluster of one
  std::string kind = bounded_term(schema::kKindPrefix, schema::kPassageKind);
  for (auto p = db.postlist_begin(kind); p != db.postlist_end(kind); ++p) {
    Xapian::Document doc = db.get_document(*p);
    std::string id = doc.get_value(schema::kIdSlot);
    StoredPassage sp{*p, doc.get_value(schema::kClusterSlot)};
    std::optional<Fingerprint> f = decode_fingerprint(doc.get_value(schema::kFingerprintSlot));
    if (!f) {
      loners.emplace_back(sp, cluster_id_for(id));
      continue;
    }
    members.push_back({id, *f, doc.get_value(schema::kAuthoritySlot), iso_of(doc.get_value(schema::kDateSlot))});
    stored.push_back(sp);
  }
  std::vector<Cluster> clusters = cluster_wording(members);
  ClusterStats stats{members.size() + loners.size(), clusters.size() + loners.size(), 0, 0, 0};
  db.begin_transaction();
  std::map<std::string, std::string> summaries;
  for (const Cluster& c : clusters) {
    if (c.members.size() > 1) {
      ++stats.shared;
      summaries[std::string(schema::kClusterMetadataPrefix) + c.id] = dump_json(summary_json(c, members));
    }
    for (size_t i : c.members)
      if (stored[i].cluster != c.id) set_cluster(db, stored[i].docid, stored[i].cluster, c.id), ++stats.rewritten;
  }
  for (const auto& [sp, cluster] : loners)
    if (sp.cluster != cluster) set_cluster(db, sp.docid, sp.cluster, cluster), ++stats.rewritten;
  write_summaries(db, summaries);
  db.commit_transaction();
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return stats;
}

std::optional<nlohmann::json> cluster_summary(const Xapian::Database& db, const std::string& cluster_id) {
  std::string raw = db.get_metadata(std::string(schema::kClusterMetadataPrefix) + cluster_id);
  if (raw.empty()) return std::nullopt;
  nlohmann::json j = nlohmann::json::parse(raw, nullptr, false);
  if (j.is_discarded()) return std::nullopt;
  return j;
}

}  // namespace foi
