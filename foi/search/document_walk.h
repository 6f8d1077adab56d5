// Every document a search matches, a window at a time, from one revision of the index: what /api/export
// streams and /api/feed lists. Memory holds one window, never the whole match. A Xapian-side file.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "foi/search/search_request.h"

namespace foi {

struct WalkOptions {
  unsigned window = 200;     // documents read per call of next()
  size_t excerpt_bytes = 0;  // the start of each document's text to keep (the feed's summaries); 0: none
};

struct WalkedDocument {
  Record record;
  std::string excerpt;  // at most excerpt_bytes of the text, cut between characters
};

// Rows come in the order of a unique sort key, so each window starts after the last key of the one before
// (keyset windows: each costs one match of at most window + 1 documents, whatever the depth): newest or
// oldest first as sort asks, and in document id order for relevance (ranking every match would hold them
// all). The walk opens its own database and never reopens it: every window reads the revision the first one
// did.
class DocumentWalk {
 public:
  // Throws RequestError (the query's own errors) and IndexUnavailable.
  DocumentWalk(const std::string& db_path, const SearchRequest& request, const SearchLimits& limits,
               WalkOptions options = {});
  ~DocumentWalk();
  DocumentWalk(const DocumentWalk&) = delete;
  DocumentWalk& operator=(const DocumentWalk&) = delete;

  // The next window; empty once every document has been read. Throws IndexUnavailable, also when the indexer
  // has committed so often since the walk began that its revision can no longer be read (the caller stops).
  std::vector<WalkedDocument> next();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace foi
