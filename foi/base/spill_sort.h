// Sorting more records than memory should hold: sorted runs of bounded size written to temporary files, then
// merged back in order. Memory stays near `run_bytes` however many records there are (the buffer is reserved
// once, never grown by copying), and is given back when the records have been read. Runs are merged at most
// kMergeWidth at a time, the first ones into one run on disk while there are too many, so neither the merge's
// read buffers nor the open files grow with the number of records.
#pragma once

#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace foi {

class SpillSorter {
 public:
  using Less = bool (*)(std::string_view, std::string_view);
  static constexpr size_t kDefaultRunBytes = size_t{16} << 20;
  static constexpr size_t kMergeWidth = 64;  // runs read at once, each through a kReadBytes buffer
  static constexpr size_t kReadBytes = size_t{64} << 10;
  static constexpr size_t kMaxRuns = 4 * kMergeWidth;  // runs on disk at once (each an open file)

  explicit SpillSorter(Less less, size_t run_bytes = kDefaultRunBytes);
  ~SpillSorter();
  SpillSorter(const SpillSorter&) = delete;
  SpillSorter& operator=(const SpillSorter&) = delete;

  void add(std::string_view record);
  // Calls f with every record added, in order (equal records in no particular order). Once: the sorter is
  // empty after. Throws std::runtime_error when a temporary file cannot be written or read.
  void for_each(const std::function<void(std::string_view)>& f);
  // Runs on disk now (0: everything fitted in memory); never more than kMaxRuns.
  size_t runs() const { return runs_.size(); }
  // The most runs for_each has read at once (never more than kMergeWidth).
  size_t widest_merge() const { return widest_merge_; }

 private:
  static constexpr size_t kSlackBytes = size_t{64} << 10;
  void sort_buffer();
  void spill();
  void release();
  void merge_down(size_t most_runs);
  void merge_first(size_t k, const std::function<void(std::string_view)>& f);
  Less less_;
  size_t run_bytes_;
  std::string arena_;
  std::vector<std::pair<size_t, size_t>> index_;  // (offset, length) in arena_
  std::vector<std::FILE*> runs_;                  // anonymous temporary files, gone when closed
  size_t widest_merge_ = 0;
};

// A temporary file read back at any offset: records of a fixed size appended, then read (or overwritten) by
// number. Anonymous:
// it leaves nothing behind however the process ends.
class SpillFile {
 public:
  SpillFile();
  ~SpillFile();
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;

  // Appends bytes; returns the offset they start at.
  size_t append(const void* bytes, size_t n);
  // Reads n bytes at offset into out (after any appends). Throws std::runtime_error on a short read.
  void read(size_t offset, void* out, size_t n) const;
  // Overwrites n bytes at offset, all within what was appended. Throws std::runtime_error when it cannot.
  void write(size_t offset, const void* bytes, size_t n);
  size_t size() const { return size_; }

 private:
  std::FILE* file_;
  size_t size_ = 0;
  mutable bool flushed_ = true;
  void flush_appends() const;
};

}  // namespace foi
