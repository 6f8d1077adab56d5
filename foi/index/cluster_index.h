// Storing boilerplate clusters in the database: each passage's cluster, and each cluster's summary. A Xapian-side
// file.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "foi/precedents/clusters.h"

namespace foi {

// Reads every passage's fingerprint, clusters them (clusters.h) and writes, in one transaction, the cluster term
// and value of each passage whose cluster changed, and a summary per shared cluster under the metadata key
// "cluster:<id>": {"id", "size", "authorities", "first", "last", "central"} (central: a passage id). Stale
// summaries are deleted. The same commit clears the metadata key schema::kRegroupDueKey (a batch's commit sets it),
// so a run killed before it is regrouped by the next. A database whose clusters are right and that is not due is not
// written.
ClusterStats recluster_passages(Xapian::WritableDatabase& db);

// The same over the shards of one index (options: RegroupOptions, clusters.h): clusters span shards;
// summaries are kept in the first shard, where a database of several shards reads its metadata. One
// transaction per shard, committed one after another (the first shard last) and the due keys cleared only
// after all: a crash between them leaves a key set for the next run, but a reader meanwhile can see some
// shards regrouped and others not (cluster_index.cc commit_regroup).
ClusterStats recluster_passages(const std::vector<Xapian::WritableDatabase*>& shards,
                                const RegroupOptions& options = {});

// Tells the assigner every passage already in the database, with its stored cluster.
void add_existing_passages(const Xapian::Database& db, ClusterAssigner& assigner);

// A cluster's summary as stored, or nullopt (a singleton has none).
std::optional<nlohmann::json> cluster_summary(const Xapian::Database& db, const std::string& cluster_id);

}  // namespace foi
