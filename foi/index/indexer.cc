// The indexing run.
#include "foi/index/indexer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>

#include "foi/base/hash.h"
#include "foi/base/memory.h"
#include "foi/formats/pdf.h"
#include "foi/formats/sandbox.h"
#include "foi/index/compaction.h"
#include "foi/index/extract_record.h"
#include "foi/index/ordered_pool.h"
#include "foi/index/schema.h"
#include "foi/index/shards.h"
#include "foi/index/sidecar.h"

namespace foi {
namespace {

// A file's bytes, refused before they are read when there are more than `max_bytes` ("too large: 200.0 MB, the
// limit is 64 MB (--max-file-mb)"), and never read past the limit if the file grows meanwhile.
std::string read_file(const std::string& path, size_t max_bytes) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw TextError("unreadable: cannot open file");
  std::unique_ptr<int, void (*)(int*)> closer(&fd, [](int* f) { close(*f); });
  struct stat st;
  if (fstat(fd, &st) != 0) throw TextError("unreadable: cannot open file");
  auto too_large = [&](size_t size) {
    return TextError("too large: " + formats::megabytes(size) + ", the limit is " + formats::megabytes(max_bytes) +
                     " (--max-file-mb)");
  };
  if (static_cast<size_t>(st.st_size) > max_bytes) throw too_large(static_cast<size_t>(st.st_size));
  std::string bytes(static_cast<size_t>(st.st_size), '\0');
  size_t done = 0;
  while (true) {
    if (done == bytes.size()) bytes.resize(std::min(std::max<size_t>(2 * done, 65536), max_bytes + 1));
    if (done == bytes.size()) break;  // one byte past the limit read: too large
    ssize_t n = read(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw TextError("unreadable: read error");
    if (n == 0) break;
    done += static_cast<size_t>(n);
  }
  if (done > max_bytes) throw too_large(done);
  bytes.resize(done);
  return bytes;
}

StoredText stored_text(formats::ReadText& read) {
  StoredText t{std::move(read.text), read.format, read.charset, {}, {}};
  for (const formats::Page& p : read.pages) t.pages.emplace_back(p.offset, p.number);
  for (const formats::Attachment& a : read.attachments) t.attachments.emplace_back(a.offset, a.name);
  return t;
}

std::vector<Explained> explain_bytes(const CorpusFile& f, std::string_view bytes, const formats::ReadOptions& o,
                                     const SidecarFields* sidecar) {
  std::vector<Explained> out;
  for (formats::ReadText& read : formats::read_file_bytes(f.path, bytes, o)) {
    if (read.text.find_first_not_of(" \t\n") == std::string::npos) throw TextError("no text");
    Explained e;
    std::string id = f.id + read.part;
    e.ocr_pages = read.ocr_pages;
    Extracted x = extract_document({read.text, id, f.path, &read});
    e.record = std::move(x.record);
    e.passages = std::move(x.passages);
    if (sidecar) apply_sidecar(e.record, *sidecar);
    e.text = stored_text(read);
    out.push_back(std::move(e));
  }
  return out;
}

std::optional<Sidecar> load_sidecar(const std::string& path) {
  if (path.empty()) return std::nullopt;
  return Sidecar::load(path);
}

// A document of a file, made into its index entries.
struct Ready {
  std::string id;
  int ocr_pages = 0;
  IndexEntry entry;
};

// What a worker makes of one file, away from the database: unchanged, documents to write, or a rejection.
struct Prepared {
  enum Kind { kUnchanged, kDocuments, kRejected } kind = kRejected;
  std::string signature;
  std::vector<Ready> docs;
  std::string reason;
  bool scanned = false;
};

Prepared prepare(const CorpusFile& f, const IndexerOptions& options, const Sidecar* sidecar,
                 const std::unordered_map<std::string, std::string>& stored) {
  Prepared p;
  try {
    std::string bytes = read_file(f.path, options.max_file_bytes);
    const SidecarFields* fields = sidecar ? sidecar->find(f.path) : nullptr;  // by the name itself, not its id
    p.signature = content_signature(bytes) + (fields ? ":s" + sidecar_signature(*fields) : "");
    auto known = stored.find(bounded_term(schema::kFilePrefix, f.id));
    if (known != stored.end() && known->second == p.signature) {
      p.kind = Prepared::kUnchanged;
      return p;
    }
    formats::ReadOptions ro;
    ro.ocr = options.ocr;
    ro.max_file_bytes = options.max_file_bytes;
    ro.max_text_bytes = options.max_text_bytes;
    std::vector<Explained> docs;
    {
      PhaseTimer timer(options.timings, "read+extract");
      docs = explain_bytes(f, bytes, ro, fields);
    }
    PhaseTimer timer(options.timings, "entries");
    for (Explained& e : docs)
      p.docs.push_back({e.record.id, e.ocr_pages,
                        IndexEntry(e.record, e.text, p.signature, f.root_key, f.id, e.passages)});
    p.kind = Prepared::kDocuments;
  } catch (const formats::ScannedPdf& err) {
    p.scanned = true;
    p.reason = err.what();
  } catch (const TextError& err) {
    p.reason = err.what();
  } catch (const std::exception& err) {  // a reader's bug must cost one file, not the run
    p.reason = std::string("could not be read: ") + err.what();
  }
  return p;
}

struct Run {
  const IndexerOptions& options;
  IndexWriter writer;
  IndexSummary summary;
  // The documents this run wrote or kept, for removing the others under its roots; a run that began on an
  // empty database has nothing to remove, so it keeps none (a million ids is ~100 MB).
  bool fresh = false;
  std::set<std::string> seen;

  void see(const std::string& id) {
    if (!fresh) seen.insert(id);
  }

  void commit_if_full() {
    if (writer.pending() < options.batch_size) return;
    PhaseTimer timer(options.timings, "commit");
    writer.commit();
  }

  void forget_file(const CorpusFile& f) {
    for (const std::string& id : writer.ids_of_file(f.id)) writer.remove(id);
  }

  void apply(const CorpusFile& f, Prepared& p) {
    if (p.kind == Prepared::kUnchanged) {
      for (const std::string& id : writer.ids_of_file(f.id)) see(id), ++summary.unchanged;
      return;
    }
    if (p.kind == Prepared::kRejected) {
      summary.scanned += p.scanned;
      reject(f, p.reason);
      return;
    }
    forget_file(f);  // an mbox may have lost messages; its documents are written afresh
    for (Ready& r : p.docs) {
      summary.ocr_pages += static_cast<size_t>(r.ocr_pages);
      {
        PhaseTimer timer(options.timings, "put");
        writer.put(std::move(r.entry));
      }
      see(r.id);
      ++summary.indexed;
      commit_if_full();
    }
  }

  void reject(const CorpusFile& f, const std::string& reason) {
    summary.rejected.push_back({f.path, reason});
    forget_file(f);  // its old text no longer describes the file
    for (const std::string& id : writer.ids_of_file(f.id)) see(id);
  }

  void remove_missing(const CorpusWalk& walk) {
    if (fresh) return;
    for (const std::string& key : walk.root_keys()) {
      if (walk.incomplete_roots().count(key)) continue;  // an unreadable directory is not a deleted one
      for (const std::string& id : writer.ids_under_root(key)) {
        if (seen.count(id)) continue;
        writer.remove(id);
        ++summary.removed;
        commit_if_full();
      }
    }
  }
};

}  // namespace

std::string IndexSummary::line() const {
  char buf[160];
  std::snprintf(buf, sizeof buf, "indexed %zu, unchanged %zu, removed %zu, rejected %zu in %.2f s", indexed,
                unchanged, removed, rejected.size(), seconds);
  return buf;
}

std::string IndexSummary::details() const {
  std::map<std::string, size_t> reasons;
  for (const Rejection& r : rejected) reasons[r.reason.substr(0, r.reason.find(':'))]++;
  std::string out = "with text " + std::to_string(indexed + unchanged) + ", scanned " + std::to_string(scanned) +
                    ", OCR pages " + std::to_string(ocr_pages);
  if (!reasons.empty()) {
    out += "; rejected:";
    for (const auto& [reason, n] : reasons) out += " " + std::to_string(n) + " " + reason + ",";
    out.pop_back();
  }
  if (compacted) {
    char buf[60];
    std::snprintf(buf, sizeof buf, "; compacted (%.2f s)", compact_seconds);
    out += buf;
  }
  if (clusters.passages > 0) {
    char buf[120];
    std::snprintf(buf, sizeof buf, "; passages %zu in %zu shared clusters (%.2f s)", clusters.passages,
                  clusters.shared, clusters.seconds);
    out += buf;
  }
  return out;
}

std::string content_signature(std::string_view bytes) {
  return hex64(fnv1a64(bytes)) + ":" + std::to_string(bytes.size()) + ":v" + std::string(schema::kExtractionVersion);
}

std::vector<Explained> explain_file(const std::string& path, const formats::ReadOptions& options,
                                    const std::string& sidecar_path) {
  std::string bytes = read_file(path, options.max_file_bytes);
  size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  std::optional<Sidecar> sidecar = load_sidecar(sidecar_path);
  return explain_bytes({path, file_id(name), ""}, bytes, options, sidecar ? sidecar->find(name) : nullptr);
}

namespace {

// A file and what a worker made of it.
struct Job {
  CorpusFile file;
  Prepared prepared;
};

// One database of the index (the only one, or one shard) and the files of the walk that go to it, written on
// the calling thread while `threads` workers read and extract ahead of it, and take the files from the walk
// as they go: the run never holds the corpus's list of files.
void index_into(Run& run, CorpusWalk& walk, size_t shard, size_t shards, const Sidecar* sidecar,
                unsigned threads, const std::function<void()>& file_done) {
  constexpr size_t kWindow = 64;  // files prepared ahead of the writer
  std::unordered_map<std::string, std::string> stored = run.writer.file_signatures();
  {
    OrderedPool<CorpusFile, Job> pool(
        threads, kWindow,
        [&]() -> std::optional<CorpusFile> {
          while (std::optional<CorpusFile> f = walk.next())
            if (shard_of(f->id, shards) == shard) return f;
          return std::nullopt;
        },
        [&](CorpusFile f) {
          Prepared p = prepare(f, run.options, sidecar, stored);
          return Job{std::move(f), std::move(p)};
        });
    for (;;) {
      std::optional<Job> job = [&] {
        PhaseTimer timer(run.options.timings, "writer waits");
        return pool.next();
      }();
      if (!job) break;
      run.apply(job->file, job->prepared);  // an IndexError stops the run: the open batch is dropped whole
      run.commit_if_full();
      file_done();
    }
  }
  run.remove_missing(walk);
  PhaseTimer timer(run.options.timings, "commit");
  run.writer.commit();
}

// The layout to write: the index's own, or for a build from empty its staging directory's (compaction.h). A
// staged build of another shard count, left by a killed run, is dropped rather than refused.
IndexLayout layout_to_write(const IndexerOptions& options, const std::optional<std::string>& staging) {
  if (!staging) return index_layout(options.db, options.shards);
  try {
    return index_layout(*staging, options.shards);
  } catch (const ShardMismatch&) {
    remove_staging(*staging);
    return index_layout(*staging, options.shards);
  }
}

std::vector<std::unique_ptr<Run>> open_writers(const IndexerOptions& options, const IndexLayout& layout,
                                               Durability durability) {
  if (layout.shards) std::filesystem::create_directories(layout.dir);
  std::vector<std::unique_ptr<Run>> runs;
  for (const std::string& path : layout.paths)
    runs.emplace_back(new Run{options, IndexWriter(path, durability), {}, false, {}});
  return runs;
}

// A writer for each database of the layout. A staged build is written unsynced (Durability); one that Xapian
// cannot open, as a power cut during it can leave it, is dropped and built again: it is this build's own and
// nothing has read it. Another indexer's lock (IndexLocked) is never a reason to drop it.
std::vector<std::unique_ptr<Run>> open_runs(const IndexerOptions& options, IndexLayout& layout,
                                            const std::optional<std::string>& staging) {
  if (!staging) return open_writers(options, layout, Durability::kSynced);
  try {
    return open_writers(options, layout, Durability::kUnsynced);
  } catch (const IndexError&) {
  }
  remove_staging(*staging);
  layout = index_layout(*staging, options.shards);
  return open_writers(options, layout, Durability::kUnsynced);
}

void add_up(IndexSummary& total, const IndexSummary& part) {
  total.indexed += part.indexed;
  total.unchanged += part.unchanged;
  total.removed += part.removed;
  total.scanned += part.scanned;
  total.ocr_pages += part.ocr_pages;
  total.rejected.insert(total.rejected.end(), part.rejected.begin(), part.rejected.end());
}

}  // namespace

IndexSummary run_indexer(const IndexerOptions& options, const ProgressFn& progress) {
  auto start = std::chrono::steady_clock::now();
  // Each shard's writer walks the roots for its own files; the first walk is made before the index is opened,
  // so that a mistyped path changes nothing.
  std::vector<std::unique_ptr<CorpusWalk>> walks;
  walks.emplace_back(new CorpusWalk(options.paths));
  std::optional<Sidecar> sidecar = load_sidecar(options.sidecar);  // a bad sidecar stops the run before writing
  std::optional<std::string> staging = options.compact ? staging_dir(options.db) : std::nullopt;
  IndexLayout layout = layout_to_write(options, staging);
  std::vector<std::unique_ptr<Run>> runs = open_runs(options, layout, staging);
  for (const auto& run : runs) {
    run->writer.set_timings(options.timings);
    run->fresh = run->writer.doc_count() == 0;
  }
  write_shard_stub(layout);
  // Passages join their cluster as they are written (clusters.h); the regrouping after does without it.
  auto assigner = std::make_unique<ClusterAssigner>();
  for (const auto& run : runs) {
    run->writer.add_existing_passages_to(*assigner);
    run->writer.set_cluster_assigner(assigner.get());
  }
  while (walks.size() < runs.size()) walks.emplace_back(new CorpusWalk(options.paths));

  unsigned cores = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  unsigned per_shard = std::max<unsigned>(1, cores / static_cast<unsigned>(runs.size()));
  std::mutex progress_mu;
  size_t done = 0;
  auto file_done = [&] {
    std::lock_guard<std::mutex> lock(progress_mu);
    ++done;
    if (progress) progress(done, 0);
  };
  // One writer thread per shard (the calling thread when there is one database).
  std::vector<std::exception_ptr> failures(runs.size());
  auto write_shard = [&](size_t k) {
    try {
      index_into(*runs[k], *walks[k], k, layout.shards, sidecar ? &*sidecar : nullptr, per_shard, file_done);
    } catch (...) {
      failures[k] = std::current_exception();
    }
  };
  {
    PhaseTimer timer(options.timings, "write", PhaseTimer::Peak::kTake);
    std::vector<std::thread> writers;
    for (size_t k = 1; k < runs.size(); ++k) writers.emplace_back(write_shard, k);
    write_shard(0);
    for (std::thread& t : writers) t.join();
  }
  for (const std::exception_ptr& e : failures)
    if (e) std::rethrow_exception(e);
  if (progress && done > 0) progress(done, done);
  for (const auto& run : runs) run->writer.set_cluster_assigner(nullptr);
  assigner.reset();
  release_free_memory();  // what the workers and the assigner held: the regrouping's memory is its own

  IndexSummary summary;
  summary.rejected = walks.front()->rejected();  // every shard's walk met the same
  walks.clear();
  size_t changes = 0;
  bool regroup_due = false;  // a run killed before or during its regrouping left it due: finish it now
  std::vector<IndexWriter*> writers_of;
  for (const auto& run : runs) {
    add_up(summary, run->summary);
    changes += run->writer.changes();
    regroup_due = regroup_due || run->writer.regroup_due();
    writers_of.push_back(&run->writer);
  }
  // Nobody reads a staged build: commit its regrouping in parts, bounding what Xapian holds. Each rewritten
  // passage keeps all its values in Xapian's memory until the commit, about 1.7 kB: 20,000 to a part took the
  // regrouping of 30,000 letters to 70.3 MiB, above the writing's 68.4; 2,000 to 45.1 MiB for 13% more time.
  RegroupOptions regroup;
  if (staging) regroup.commit_every = 2000;
  if (changes > 0 || regroup_due) {
    PhaseTimer timer(options.timings, "recluster", PhaseTimer::Peak::kTake);
    summary.clusters = IndexWriter::recluster(writers_of, regroup);
    release_free_memory();  // the compaction's memory is its own too
  }
  if (staging) {
    auto compact_start = std::chrono::steady_clock::now();
    PhaseTimer timer(options.timings, "compact", PhaseTimer::Peak::kTake);
    compact_into_place(layout, options.db);
    runs.clear();  // the writers let go of the staged build before it goes
    remove_staging(*staging);
    summary.compacted = true;
    summary.compact_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - compact_start).count();
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace foi
