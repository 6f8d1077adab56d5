// Writing documents into the Xapian database: the schema (schema.h) applied to a Record, batches as transactions.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "foi/precedents/clusters.h"
#include "foi/index/document.h"
#include "foi/index/phase_times.h"
#include "foi/precedents/passages.h"

namespace foi {

// Another writer holds the database's lock.
class IndexLocked : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The database failed (corrupt, unwritable, disk full...): the message is Xapian's description.
class IndexError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// What the database stores for a document besides its record.
struct StoredText {
  std::string text;     // the full extracted text
  std::string format;   // "text", "markdown", "pdf", "html", "mail", "docx", "odt", "wdtk"
  std::string charset;  // what the bytes were read as
  std::vector<std::pair<size_t, int>> pages = {};                // (text offset, page number) where pages start
  std::vector<std::pair<size_t, std::string>> attachments = {};  // (text offset, file name) of attachments
};

// A term: prefix + value, kept under Xapian's 245-byte limit (a longer value is cut on a UTF-8 boundary and
// given a hash of the whole, so two long values stay distinct).
std::string bounded_term(std::string_view prefix, std::string_view value);
// A reference's term (kReferencePrefix, kCitesPrefix): the reference lower-cased, so that "FOI 2021/123" and
// "foi 2021/123" meet.
std::string reference_term(std::string_view prefix, std::string_view reference);

// The id of a document's n-th passage (from 1): "<document id>#p<n>". No document can have that id: a file's id
// writes its own '#' as %23 (corpus_walk.h file_id), so '#' only ever comes from here or an mbox's "#3".
std::string passage_id(std::string_view document_id, size_t n);

// A document made into index entries, its own and its passages': the costly part of writing (tokenising,
// stemming, fingerprints, the stored JSON), done on any thread so the writer's thread only writes. Spelling data
// goes with it as word counts, since only the writer may touch the database.
class IndexEntry {
 public:
  IndexEntry(const Record& record, const StoredText& text, std::string_view signature, std::string_view root_key,
             std::string_view file_id, const std::vector<Passage>& passages = {});
  ~IndexEntry();
  IndexEntry(IndexEntry&&) noexcept;
  IndexEntry& operator=(IndexEntry&&) noexcept;

 private:
  friend class IndexWriter;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Whether a commit waits until the disk has it (fsync). kUnsynced is for a staged build (compaction.h), which
// nothing reads and whose compaction into place is synced: a commit it made can be lost, or its tables left
// inconsistent, only when the machine itself stops (a killed process loses nothing either way).
enum class Durability { kSynced, kUnsynced };

class IndexWriter {
 public:
  // Opens (creating if needed) the glass database in `dir`. Throws IndexLocked when another writer has it.
  // Every method throws IndexError when Xapian fails.
  explicit IndexWriter(const std::string& dir, Durability durability = Durability::kSynced);
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  // The signature stored for a document id, if the document is indexed.
  std::optional<std::string> signature_of(std::string_view id) const;
  // The signature stored for the documents read from a file (by the file's id), if any are indexed.
  std::optional<std::string> file_signature(std::string_view file_id) const;
  // The signature of every file indexed, by the file's term (bounded_term(kFilePrefix, file id)): one pass,
  // so a run can compare signatures on worker threads.
  std::unordered_map<std::string, std::string> file_signatures() const;
  // The ids of the documents read from a file (one, or one per message of an mbox).
  std::vector<std::string> ids_of_file(std::string_view file_id) const;
  // The ids of the documents indexed from a root.
  std::vector<std::string> ids_under_root(std::string_view root_key) const;

  // Adds or replaces a document read from the file `file_id`, with its passages (each its own entry, kind
  // "passage", id "<document id>#p<n>"). Opens a batch (a transaction) if none is open.
  void put(const Record& record, const StoredText& text, std::string_view signature, std::string_view root_key,
           std::string_view file_id, const std::vector<Passage>& passages = {});
  // The same for an entry made beforehand; its passages take their clusters here, in the order they are put.
  void put(IndexEntry entry);
  // Passages written from now on take their cluster from `assigner` (shared by the shards of a run); without
  // one, each starts as a cluster of its own.
  void set_cluster_assigner(ClusterAssigner* assigner);
  // Tells `assigner` the passages already in this database.
  void add_existing_passages_to(ClusterAssigner& assigner) const;

  // Deletes a document by id, and its passages, if present. Opens a batch if none is open.
  void remove(std::string_view id);

  // Regroups every passage of the database into boilerplate clusters (clusters.h) and commits: each passage's
  // cluster term and value, and a summary per cluster in the metadata. Writes only what changed. Call after the
  // last commit of a run that changed something.
  ClusterStats recluster();
  // The same over the shards of one index (each writer one shard).
  static ClusterStats recluster(const std::vector<IndexWriter*>& shards, const RegroupOptions& options = {});

  // Changes in the open batch not yet committed.
  size_t pending() const { return pending_; }
  // Documents put or removed since the writer opened.
  size_t changes() const { return changes_; }
  // Commits the open batch as a whole, marking a regrouping due in the same commit; does nothing when nothing
  // changed.
  void commit();
  // Whether a batch has committed since the last regrouping finished (schema::kRegroupDueKey): a run killed
  // before or during its regrouping left it, and the next run regroups even when no file changed.
  bool regroup_due() const;

  unsigned doc_count() const;

  // Times put()'s parts (spelling data, the document, its passages) into `timings`; null: not timed.
  void set_timings(PhaseTimes* timings) { timings_ = timings; }

 private:
  void ensure_batch();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  size_t pending_ = 0;
  size_t changes_ = 0;
  bool in_batch_ = false;
  ClusterAssigner* assigner_ = nullptr;
  PhaseTimes* timings_ = nullptr;
};

}  // namespace foi
