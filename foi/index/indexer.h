// One indexing run: walk, read, extract, write in batches, remove what is gone, summarise.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "foi/index/corpus_walk.h"
#include "foi/index/document.h"
#include "foi/formats/reader.h"
#include "foi/index/index_writer.h"
#include "foi/index/phase_times.h"

namespace foi {

struct IndexerOptions {
  std::string db;                  // database directory, created if needed
  std::vector<std::string> paths;  // files and directories to index
  size_t batch_size = 200;         // documents per transaction
  bool ocr = false;                // read scanned PDFs with Tesseract
  std::string sidecar;             // a CSV or JSON of fields per file name that override extraction (sidecar.h)
  unsigned threads = 0;            // files read and extracted in parallel; 0: one per core
  size_t shards = 0;               // write N shards under db (shards.h); 0: as the index is, or one database
  size_t max_file_bytes = formats::kMaxFileBytes;  // a larger file is rejected before it is read (--max-file-mb)
  size_t max_text_bytes = formats::kMaxTextBytes;  // a document with more text is rejected (--max-text-mb)
  bool compact = true;  // a build from empty is staged and compacted into place (compaction.h)
  PhaseTimes* timings = nullptr;  // where the run's time goes, by phase (--timings); null: not measured
};

struct IndexSummary {
  size_t indexed = 0, unchanged = 0, removed = 0;
  size_t scanned = 0;    // PDFs with no text layer (also in `rejected`, with that reason)
  size_t ocr_pages = 0;  // pages read by OCR
  std::vector<Rejection> rejected;
  ClusterStats clusters;  // the regrouping into boilerplate clusters, when anything changed or one was due
  bool compacted = false;  // a build from empty, compacted and moved into place (compaction.h)
  double compact_seconds = 0;
  double seconds = 0;
  std::string line() const;     // "indexed N, unchanged N, removed N, rejected N in S s"
  // "with text N, scanned N, OCR pages N; rejected: 2 encrypted PDF, 1 binary file; compacted (S s);
  // passages N in N shared clusters (S s)"
  std::string details() const;
};

// Called after each file with (files done, 0), the total being unknown while the walk goes on, and once at
// the end with (files done, files done).
using ProgressFn = std::function<void(size_t done, size_t total)>;

// Runs the indexer. Throws IndexLocked, MissingRoot, ShardMismatch, and IndexError for failures of the database
// itself. Shards are written in parallel, one writer thread each.
IndexSummary run_indexer(const IndexerOptions& options, const ProgressFn& progress = {});

// The record (and text) the indexer would store for each document of one file, touching no database.
// Throws TextError.
struct Explained {
  Record record;
  StoredText text;
  std::vector<Passage> passages;
  int ocr_pages = 0;
};
std::vector<Explained> explain_file(const std::string& path, const formats::ReadOptions& options = {},
                                    const std::string& sidecar = "");

// The content signature: a hash of the bytes and the extraction version.
std::string content_signature(std::string_view bytes);

}  // namespace foi
