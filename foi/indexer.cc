// The indexing run.
#include "foi/indexer.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include "foi/extract.h"
#include "foi/formats/reader.h"
#include "foi/hash.h"
#include "foi/schema.h"

namespace foi {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw TextError("unreadable: cannot open file");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw TextError("unreadable: read error");
  return ss.str();
}

Explained explain_bytes(const CorpusFile& f, std::string_view bytes) {
  formats::ReadText read = formats::read_document(f.path, bytes);
  Explained e;
  e.record = extract_record({read.text, f.id, f.path});
  e.text = {std::move(read.text), read.format, read.charset};
  if (e.text.text.find_first_not_of(" \t\n") == std::string::npos) throw TextError("no text");
  return e;
}

}  // namespace

std::string IndexSummary::line() const {
  char buf[160];
  std::snprintf(buf, sizeof buf, "indexed %zu, unchanged %zu, removed %zu, rejected %zu in %.2f s", indexed,
                unchanged, removed, rejected.size(), seconds);
  return buf;
}

std::string content_signature(std::string_view bytes) {
  return hex64(fnv1a64(bytes)) + ":" + std::to_string(bytes.size()) + ":v" + std::string(schema::kExtractionVersion);
}

Explained explain_file(const std::string& path) {
  std::string bytes = read_file(path);
  std::string name = path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
  return explain_bytes({path, name, ""}, bytes);
}

IndexSummary run_indexer(const IndexerOptions& options, const ProgressFn& progress) {
  auto start = std::chrono::steady_clock::now();
  Walk walk = walk_roots(options.paths);  // before opening the index: a mistyped path changes nothing
  IndexWriter writer(options.db);
  IndexSummary s;
  s.rejected = walk.rejected;
  std::set<std::string> seen;
  for (size_t i = 0; i < walk.files.size(); ++i) {
    const CorpusFile& f = walk.files[i];
    seen.insert(f.id);
    try {
      std::string bytes = read_file(f.path);
      std::string sig = content_signature(bytes);
      if (writer.signature_of(f.id) == sig) {
        ++s.unchanged;
      } else {
        Explained e = explain_bytes(f, bytes);
        writer.put(e.record, e.text, sig, f.root_key);
        ++s.indexed;
      }
    } catch (const TextError& err) {
      s.rejected.push_back({f.path, err.what()});
      if (writer.signature_of(f.id)) writer.remove(f.id);  // its old text no longer describes the file
    }
    if (writer.pending() >= options.batch_size) writer.commit();
    if (progress) progress(i + 1, walk.files.size());
  }
  for (const std::string& key : walk.root_keys) {
    for (const std::string& id : writer.ids_under_root(key)) {
      if (seen.count(id)) continue;
      writer.remove(id);
      ++s.removed;
      if (writer.pending() >= options.batch_size) writer.commit();
    }
  }
  writer.commit();
  s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return s;
}

}  // namespace foi
