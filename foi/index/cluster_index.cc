// Regrouping a database's passages.
#include "foi/index/cluster_index.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "foi/index/document.h"
#include "foi/index/schema.h"
#include "foi/precedents/cluster_spill.h"

namespace foi {
namespace {

std::string iso_of(const std::string& yyyymmdd) {
  if (yyyymmdd.size() != 8) return "";
  return yyyymmdd.substr(0, 4) + "-" + yyyymmdd.substr(4, 2) + "-" + yyyymmdd.substr(6, 2);
}

void set_cluster(Xapian::WritableDatabase& db, Xapian::docid id, const std::string& cluster) {
  Xapian::Document doc = db.get_document(id);
  doc.add_value(schema::kClusterSlot, cluster);  // only a value changes: Xapian rewrites no term list
  db.replace_document(id, doc);
}

nlohmann::json summary_json(const SharedCluster& c) {
  return {{"id", c.id},       {"size", c.size}, {"authorities", c.authorities},
          {"first", c.first}, {"last", c.last}, {"central", c.central}};
}

// Deletes the metadata summaries of clusters not in `wanted` (keys).
void delete_stale_summaries(Xapian::WritableDatabase& db, const std::set<std::string>& wanted) {
  std::vector<std::string> stale;
  std::string prefix(schema::kClusterMetadataPrefix);
  for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k)
    if (!wanted.count(*k)) stale.push_back(*k);
  for (const std::string& k : stale) db.set_metadata(k, "");
}

// A passage's slots as clustering reads them.
struct PassageValues {
  Xapian::docid docid = 0;
  std::string id, fingerprint, authority, date, cluster;
};

// Every passage (an entry with a role) with the slots clustering reads, in one sequential pass along Xapian's
// value streams, side by side, holding nothing.
void for_each_passage(const Xapian::Database& db, const std::function<void(const PassageValues&)>& f) {
  const Xapian::valueno slots[] = {schema::kIdSlot, schema::kFingerprintSlot, schema::kAuthoritySlot,
                                   schema::kDateSlot, schema::kClusterSlot};
  std::vector<Xapian::ValueIterator> at;
  for (Xapian::valueno slot : slots) at.push_back(db.valuestream_begin(slot));
  const Xapian::ValueIterator end = db.valuestream_end(schema::kRoleSlot);
  PassageValues p;
  std::string* fields[] = {&p.id, &p.fingerprint, &p.authority, &p.date, &p.cluster};
  for (auto v = db.valuestream_begin(schema::kRoleSlot); v != end; ++v) {
    p.docid = v.get_docid();
    for (size_t k = 0; k < at.size(); ++k) {
      if (at[k] != end && at[k].get_docid() < p.docid) at[k].skip_to(p.docid);
      *fields[k] = at[k] != end && at[k].get_docid() == p.docid ? *at[k] : std::string();
    }
    f(p);
  }
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

// Commits the part of a regrouping written so far (RegroupOptions::commit_every), every shard marked due so
// that a crash before the end is finished by the next run, and opens the next part's transactions.
void commit_part(const std::vector<Xapian::WritableDatabase*>& shards) {
  for (Xapian::WritableDatabase* db : shards) {
    db->set_metadata(std::string(schema::kRegroupDueKey), "1");
    db->commit_transaction();
    db->begin_transaction();
  }
}

}  // namespace

ClusterStats recluster_passages(Xapian::WritableDatabase& db) { return recluster_passages({&db}); }

ClusterStats recluster_passages(const std::vector<Xapian::WritableDatabase*>& shards,
                                const RegroupOptions& options) {
  auto start = std::chrono::steady_clock::now();
  SpilledClusters spilled;  // in id order there, so the clusters do not depend on document numbers or shards
  for (size_t s = 0; s < shards.size(); ++s)
    for_each_passage(*shards[s], [&](const PassageValues& p) {
      spilled.add({p.id, decode_fingerprint(p.fingerprint), p.authority, iso_of(p.date), p.cluster,
                   static_cast<uint32_t>(s), p.docid});
    });
  spilled.cluster();
  ClusterStats stats{spilled.passages(), spilled.clusters(), 0, 0, 0};
  exit_here_if_testing(0);
  for (Xapian::WritableDatabase* db : shards) db->begin_transaction();
  std::vector<bool> rewrote(shards.size());
  spilled.for_each_move([&](uint32_t shard, uint32_t docid, const std::string& cluster) {
    set_cluster(*shards[shard], docid, cluster);
    rewrote[shard] = true;
    ++stats.rewritten;
    if (options.commit_every && stats.rewritten % options.commit_every == 0) commit_part(shards);
  });
  Xapian::WritableDatabase& first = *shards.front();  // a multi-database reads metadata from its first shard
  std::set<std::string> wanted;
  spilled.for_each_shared([&](const SharedCluster& c) {
    ++stats.shared;
    std::string key = std::string(schema::kClusterMetadataPrefix) + c.id, value = dump_json(summary_json(c));
    if (first.get_metadata(key) != value) first.set_metadata(key, value);
    wanted.insert(key);
  });
  delete_stale_summaries(first, wanted);
  commit_regroup(shards, rewrote);
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return stats;
}

void add_existing_passages(const Xapian::Database& db, ClusterAssigner& assigner) {
  for_each_passage(db, [&](const PassageValues& p) {
    if (std::optional<Fingerprint> f = decode_fingerprint(p.fingerprint))
      assigner.add_existing(p.id, *f, p.cluster);
  });
}

std::optional<nlohmann::json> cluster_summary(const Xapian::Database& db, const std::string& cluster_id) {
  std::string raw = db.get_metadata(std::string(schema::kClusterMetadataPrefix) + cluster_id);
  if (raw.empty()) return std::nullopt;
  nlohmann::json j = nlohmann::json::parse(raw, nullptr, false);
  if (j.is_discarded()) return std::nullopt;
  return j;
}

}  // namespace foi
