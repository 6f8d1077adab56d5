// Passages as search results: reading them back, similar wording, clusters. A Xapian-side file; SearchIndex
// (search.h) calls these inside its retry-on-modification wrapper.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>

#include "foi/search/results.h"
#include "foi/search/search_request.h"

namespace foi {

// A passage entry read back (snippet left empty). Throws IndexUnavailable for data that is not a passage's.
PassageHit read_passage(const Xapian::Database& db, const Xapian::Document& doc);

// The passages of a document, in order.
std::vector<PassageHit> passages_of(const Xapian::Database& db, const std::string& document_id);

// The cluster summary of a cluster id: stored for shared clusters, made up for a passage's own cluster of one.
ClusterInfo cluster_info(const Xapian::Database& db, const std::string& cluster_id, const std::string& self_id = "");

inline constexpr unsigned kSimilarCandidates = 200;  // passages ranked by shared words, then by wording

// The passages from other documents whose wording is most like the passage's, most similar first, each with
// its similarity (0..1, minhash.h). Pasted text is cut into paragraphs as documents are (passages.h
// cut_passages); each paragraph gets its own matches, and the documents matched are ranked by how many
// paragraphs they match, so a pasted copy of an indexed letter finds that letter first. Candidates come from
// a best-terms OR query over the words, so the work does not grow with the database. Throws RequestError
// (not_found for an unknown passage, text_too_short when no paragraph has enough words to compare).
SimilarResult similar_passages(const Xapian::Database& db, const SimilarRequest& request);

// The members of a cluster (at most `limit`, the central one first, then by date) and each one's word-level
// difference against the central member. nullopt for an unknown cluster.
std::optional<ClusterView> cluster_view(const Xapian::Database& db, const std::string& cluster_id, unsigned limit);

}  // namespace foi
