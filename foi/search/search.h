// Searching the index: one SearchIndex per request (Xapian objects are not shared across threads).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "foi/search/cooccurrence.h"
#include "foi/search/results.h"
#include "foi/search/search_request.h"

namespace foi {

class SearchIndex {
 public:
  // Opens whatever Xapian::Database opens: a directory, or a stub file listing several databases or remote
  // shards. Throws IndexUnavailable when it cannot be opened or holds no documents' schema (an empty directory).
  explicit SearchIndex(const std::string& db_path, SearchLimits limits = {});
  ~SearchIndex();
  SearchIndex(const SearchIndex&) = delete;
  SearchIndex& operator=(const SearchIndex&) = delete;

  // Brings the index to the latest committed revision (and reconnects nothing: a failure is IndexUnavailable,
  // after which the object should be dropped).
  void refresh();
  // Hits of the page, the exact total, exact multi-select facet counts. Throws RequestError, IndexUnavailable.
  SearchResult search(const SearchRequest& request);
  // Exemptions cited together in the documents the request matches (its query and filters; not its page).
  Cooccurrence cooccurrence(const SearchRequest& request, CooccurrenceOptions options);
  // The stored record and full text, or nullopt for an unknown id.
  std::optional<StoredDocument> document(std::string_view id);
  // The passages whose wording is most like a passage's or pasted text's, by pasted paragraph (precedents.h).
  SimilarResult similar(const SimilarRequest& request);
  // The documents worded or cited like one (similar_documents.h). Throws RequestError "not_found".
  SimilarDocuments similar_documents(const SimilarDocumentsRequest& request);
  // A boilerplate cluster's members and their differences; nullopt for an unknown id.
  std::optional<ClusterView> cluster(const std::string& id, unsigned limit);
  // Every value of every document facet over the whole index.
  FacetCounts all_facets();
  Health health();
  // What names the committed revision this index is at, for caching answers: a local index's uuid and
  // revision (each shard's, for a directory of local shards); empty for remote shards or a stub file, whose
  // changes it cannot see (nothing should be cached then).
  const std::string& revision_key() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace foi
