// External sorting through anonymous temporary files.
#include "foi/base/spill_sort.h"

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <queue>
#include <stdexcept>
#include <utility>

namespace foi {
namespace {

std::FILE* temporary_file() {
  std::FILE* f = std::tmpfile();
  if (!f) throw std::runtime_error("cannot create a temporary file for sorting");
  return f;
}

void write_all(std::FILE* f, const void* bytes, size_t n) {
  if (n && std::fwrite(bytes, 1, n, f) != n)
    throw std::runtime_error("cannot write a temporary file (disk full?)");
}

// A record in a run: its length (4 bytes), then its bytes.
void write_record(std::FILE* f, std::string_view record) {
  uint32_t n = static_cast<uint32_t>(record.size());
  write_all(f, &n, sizeof n);
  write_all(f, record.data(), record.size());
}

void flush(std::FILE* f) {
  if (std::fflush(f) != 0) throw std::runtime_error("cannot write a temporary file (disk full?)");
}

// One sorted run read back record by record; it owns the file and closes it (before its buffer goes).
struct RunReader {
  std::FILE* file;
  std::unique_ptr<char[]> buffer{new char[SpillSorter::kReadBytes]};
  std::string current;
  explicit RunReader(std::FILE* f) : file(f) {
    std::rewind(file);
    std::setvbuf(file, buffer.get(), _IOFBF, SpillSorter::kReadBytes);
  }
  ~RunReader() { std::fclose(file); }
  RunReader(const RunReader&) = delete;
  RunReader& operator=(const RunReader&) = delete;
  bool next() {
    uint32_t n;
    if (std::fread(&n, sizeof n, 1, file) != 1) return false;
    current.resize(n);
    if (n && std::fread(current.data(), 1, n, file) != n)
      throw std::runtime_error("a temporary file was cut short");
    return true;
  }
};

}  // namespace

SpillSorter::SpillSorter(Less less, size_t run_bytes) : less_(less), run_bytes_(run_bytes) {}

SpillSorter::~SpillSorter() {
  for (std::FILE* f : runs_) std::fclose(f);
}

// The buffer is reserved whole once, so that it never grows by copying (a copy doubles the memory for a
// moment: 16 MB of records became 32 MB of peak RSS); pages of the reservation that no record reaches are
// never touched.
void SpillSorter::add(std::string_view record) {
  if (arena_.capacity() < run_bytes_) {
    arena_.reserve(run_bytes_ + kSlackBytes);  // the record that passes run_bytes_ fits too, most often
    index_.reserve(run_bytes_ / sizeof(index_[0]) + 1);
  }
  index_.emplace_back(arena_.size(), record.size());
  arena_.append(record);
  if (arena_.size() + index_.size() * sizeof(index_[0]) >= run_bytes_) spill();
}

void SpillSorter::sort_buffer() {
  std::sort(index_.begin(), index_.end(), [&](const auto& a, const auto& b) {
    return less_(std::string_view(arena_).substr(a.first, a.second),
                 std::string_view(arena_).substr(b.first, b.second));
  });
}

void SpillSorter::spill() {
  if (index_.empty()) return;
  sort_buffer();
  std::FILE* f = temporary_file();
  runs_.push_back(f);
  for (const auto& [offset, length] : index_)
    write_record(f, std::string_view(arena_).substr(offset, length));
  flush(f);
  merge_down(kMaxRuns);
  index_.clear();  // the reservation is kept for the next run
  arena_.clear();
}

void SpillSorter::release() {
  std::vector<std::pair<size_t, size_t>>().swap(index_);
  std::string().swap(arena_);
}

void SpillSorter::for_each(const std::function<void(std::string_view)>& f) {
  if (runs_.empty()) {  // everything fitted: no file at all
    sort_buffer();
    for (const auto& [offset, length] : index_) f(std::string_view(arena_).substr(offset, length));
    release();
    return;
  }
  spill();
  release();
  merge_down(kMergeWidth);
  merge_first(runs_.size(), f);
}

// While there are more than most_runs runs, the first kMergeWidth become one, at the back.
void SpillSorter::merge_down(size_t most_runs) {
  while (runs_.size() > most_runs) {
    std::FILE* out = temporary_file();
    runs_.push_back(out);
    merge_first(kMergeWidth, [&](std::string_view r) { write_record(out, r); });
    flush(out);
  }
}

// Merges runs_[0, k) into f; they are taken out of runs_ and closed when read.
void SpillSorter::merge_first(size_t k, const std::function<void(std::string_view)>& f) {
  widest_merge_ = std::max(widest_merge_, k);
  std::vector<std::unique_ptr<RunReader>> readers;
  readers.reserve(k);
  for (size_t i = 0; i < k; ++i) {
    auto reader = std::make_unique<RunReader>(runs_.front());  // owns the file from here
    runs_.erase(runs_.begin());
    readers.push_back(std::move(reader));
  }
  auto later = [&](size_t a, size_t b) { return less_(readers[b]->current, readers[a]->current); };
  std::priority_queue<size_t, std::vector<size_t>, decltype(later)> heads(later);
  for (size_t i = 0; i < readers.size(); ++i)
    if (readers[i]->next()) heads.push(i);
  while (!heads.empty()) {
    size_t i = heads.top();
    heads.pop();
    f(readers[i]->current);
    if (readers[i]->next()) heads.push(i);
  }
}

SpillFile::SpillFile() : file_(temporary_file()) {}

SpillFile::~SpillFile() { std::fclose(file_); }

size_t SpillFile::append(const void* bytes, size_t n) {
  size_t at = size_;
  write_all(file_, bytes, n);
  size_ += n;
  flushed_ = false;
  return at;
}

void SpillFile::flush_appends() const {
  if (!flushed_) {
    if (std::fflush(file_) != 0) throw std::runtime_error("cannot write a temporary file (disk full?)");
    flushed_ = true;
  }
}

void SpillFile::read(size_t offset, void* out, size_t n) const {
  flush_appends();
  char* to = static_cast<char*>(out);
  while (n > 0) {
    ssize_t got = pread(fileno(file_), to, n, static_cast<off_t>(offset));
    if (got <= 0) throw std::runtime_error("a temporary file was cut short");
    to += got, offset += static_cast<size_t>(got), n -= static_cast<size_t>(got);
  }
}

void SpillFile::write(size_t offset, const void* bytes, size_t n) {
  if (offset + n > size_) throw std::runtime_error("a write past the end of a temporary file");
  flush_appends();  // pwrite leaves the stream's own position, where appends go, alone
  const char* from = static_cast<const char*>(bytes);
  while (n > 0) {
    ssize_t put = pwrite(fileno(file_), from, n, static_cast<off_t>(offset));
    if (put <= 0) throw std::runtime_error("cannot write a temporary file (disk full?)");
    from += put, offset += static_cast<size_t>(put), n -= static_cast<size_t>(put);
  }
}

}  // namespace foi
