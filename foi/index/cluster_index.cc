// Regrouping a database's passages.
#include "foi/index/cluster_index.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "foi/index/document.h"
#include "foi/index/schema.h"

namespace foi {
namespace {

struct StoredPassage {
  size_t shard = 0;
  Xapian::docid docid = 0;  // in its shard
  std::string cluster;      // as stored now
};

std::string iso_of(const std::string& yyyymmdd) {
  if (yyyymmdd.size() != 8) return "";
  return yyyymmdd.substr(0, 4) + "-" + yyyymmdd.substr(4, 2) + "-" + yyyymmdd.substr(6, 2);
}

void set_cluster(Xapian::WritableDatabase& db, Xapian::docid id, const std::string& cluster) {
  Xapian::Document doc = db.get_document(id);
  doc.add_value(schema::kClusterSlot, cluster);  // only a value changes: Xapian rewrites no term list
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

// The slots clustering reads, for every passage, read slot by slot along Xapian's value streams (one sequential
// pass each) rather than document by document.
struct PassageColumns {
  std::vector<Xapian::docid> docids;
  std::vector<std::string> id, fingerprint, authority, date, cluster;
};

PassageColumns read_columns(const Xapian::Database& db) {
  PassageColumns c;
  std::unordered_map<Xapian::docid, size_t> row;
  for (auto v = db.valuestream_begin(schema::kRoleSlot); v != db.valuestream_end(schema::kRoleSlot); ++v) {
    row[v.get_docid()] = c.docids.size();
    c.docids.push_back(v.get_docid());
  }
  auto fill = [&](Xapian::valueno slot, std::vector<std::string>& out) {
    out.assign(c.docids.size(), "");
    for (auto v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v) {
      auto r = row.find(v.get_docid());
      if (r != row.end()) out[r->second] = *v;
    }
  };
  fill(schema::kIdSlot, c.id);
  fill(schema::kFingerprintSlot, c.fingerprint);
  fill(schema::kAuthoritySlot, c.authority);
  fill(schema::kDateSlot, c.date);
  fill(schema::kClusterSlot, c.cluster);
  return c;
}

// For tests only (tests/regroup_test.cc), never set in use and on no command line: with the environment variable
// FOI_TEST_EXIT_AFTER_REGROUP_COMMITS=K the process exits at once, with status 86 and no clean-up, as a crash
// would, when the regrouping has made K commits (0: before its first).
void exit_here_if_testing(int commits) {
  static const char* const at = std::getenv("FOI_TEST_EXIT_AFTER_REGROUP_COMMITS");
  if (at && *at && std::atoi(at) == commits) std::_Exit(86);
}

// Commits a regrouping written in one open transaction per shard (`rewrote`: whether it changed passages there) and
// clears the mark that made it due (schema::kRegroupDueKey, set by each batch's commit in its own shard).
// One database: one commit holds the clusters, the summaries and the cleared mark, so a reader sees the regrouping
// whole or not at all, and a crash before it leaves the mark for the next run.
// Several shards cannot commit as one. The other shards commit first, each marking itself due if it changed, then
// the first shard (clusters, summaries, its mark cleared), then the others' marks are cleared: until every shard's
// clusters are committed some mark stays set, so a crash at any point is finished by the next run. Meanwhile a
// reader can see some shards regrouped and others not (a cluster under two ids), with the summaries of the
// grouping before until the first shard commits.
void commit_regroup(const std::vector<Xapian::WritableDatabase*>& shards, const std::vector<bool>& rewrote) {
  const std::string key(schema::kRegroupDueKey);
  std::vector<bool> marked(shards.size());
  int commits = 0;
  for (size_t s = 1; s < shards.size(); ++s) {
    marked[s] = rewrote[s] || !shards[s]->get_metadata(key).empty();
    if (marked[s]) shards[s]->set_metadata(key, "1");
    shards[s]->commit_transaction();
    exit_here_if_testing(++commits);
  }
  if (!shards[0]->get_metadata(key).empty()) shards[0]->set_metadata(key, "");
  shards[0]->commit_transaction();
  exit_here_if_testing(++commits);
  for (size_t s = 1; s < shards.size(); ++s) {
    if (!marked[s]) continue;
    shards[s]->set_metadata(key, "");
    shards[s]->commit();
    exit_here_if_testing(++commits);
  }
}

}  // namespace

ClusterStats recluster_passages(Xapian::WritableDatabase& db) { return recluster_passages({&db}); }

ClusterStats recluster_passages(const std::vector<Xapian::WritableDatabase*>& shards) {
  auto start = std::chrono::steady_clock::now();
  struct Row {
    std::string id, fingerprint, authority, date;
    StoredPassage stored;
  };
  std::vector<Row> rows;
  for (size_t s = 0; s < shards.size(); ++s) {
    PassageColumns cols = read_columns(*shards[s]);
    for (size_t i = 0; i < cols.docids.size(); ++i)
      rows.push_back({cols.id[i], cols.fingerprint[i], cols.authority[i], cols.date[i], {s, cols.docids[i], cols.cluster[i]}});
  }
  // in id order, so the clusters do not depend on how documents were numbered or split into shards
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.id < b.id; });
  std::vector<ClusterMember> members;
  std::vector<StoredPassage> stored;
  std::vector<std::pair<StoredPassage, std::string>> loners;  // no fingerprint: a cluster of one
  for (Row& r : rows) {
    std::optional<Fingerprint> f = decode_fingerprint(r.fingerprint);
    if (!f) {
      loners.emplace_back(r.stored, cluster_id_for(r.id));
      continue;
    }
    members.push_back({r.id, *f, r.authority, iso_of(r.date)});
    stored.push_back(r.stored);
  }
  std::vector<Cluster> clusters = cluster_wording(members);
  ClusterStats stats{members.size() + loners.size(), clusters.size() + loners.size(), 0, 0, 0};
  exit_here_if_testing(0);
  for (Xapian::WritableDatabase* db : shards) db->begin_transaction();
  std::vector<bool> rewrote(shards.size());
  auto move = [&](const StoredPassage& sp, const std::string& cluster) {
    if (sp.cluster == cluster) return;
    set_cluster(*shards[sp.shard], sp.docid, cluster);
    rewrote[sp.shard] = true;
    ++stats.rewritten;
  };
  std::map<std::string, std::string> summaries;
  for (const Cluster& c : clusters) {
    if (c.members.size() > 1) {
      ++stats.shared;
      summaries[std::string(schema::kClusterMetadataPrefix) + c.id] = dump_json(summary_json(c, members));
    }
    for (size_t i : c.members) move(stored[i], c.id);
  }
  for (const auto& [sp, cluster] : loners) move(sp, cluster);
  write_summaries(*shards.front(), summaries);  // a multi-database reads metadata from its first shard
  commit_regroup(shards, rewrote);
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return stats;
}

void add_existing_passages(const Xapian::Database& db, ClusterAssigner& assigner) {
  PassageColumns cols = read_columns(db);
  for (size_t i = 0; i < cols.docids.size(); ++i)
    if (std::optional<Fingerprint> f = decode_fingerprint(cols.fingerprint[i]))
      assigner.add_existing(cols.id[i], *f, cols.cluster[i]);
}

std::optional<nlohmann::json> cluster_summary(const Xapian::Database& db, const std::string& cluster_id) {
  std::string raw = db.get_metadata(std::string(schema::kClusterMetadataPrefix) + cluster_id);
  if (raw.empty()) return std::nullopt;
  nlohmann::json j = nlohmann::json::parse(raw, nullptr, false);
  if (j.is_discarded()) return std::nullopt;
  return j;
}

}  // namespace foi
