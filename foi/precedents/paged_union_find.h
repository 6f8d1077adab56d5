// Union-find over passage numbers whose parents live in a temporary file, with a bounded cache of its pages
// in memory: the regrouping's one table that grew with the corpus (4 bytes a passage: 30 MB at 7.5 million,
// 300 MB at 75 million) now costs at most `cache_bytes` however many passages there are. The same answers as
// UnionFind<uint32_t> (union_find.h): path halving, a set's root its smallest number. When every page fits in
// the cache there is no file at all.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "foi/base/spill_sort.h"

namespace foi {

class PagedUnionFind {
 public:
  static constexpr size_t kPageNumbers = 1024;  // 4 KB a page
  static constexpr size_t kWays = 4;            // pages a cache set holds; the least recently used goes
  static constexpr size_t kDefaultCacheBytes = size_t{8} << 20;

  explicit PagedUnionFind(size_t n, size_t cache_bytes = kDefaultCacheBytes);
  uint32_t find(uint32_t x);
  void join(uint32_t a, uint32_t b);
  // Pages read from the file so far (0 when everything is in memory): how hard the cache works.
  size_t page_reads() const { return page_reads_; }

 private:
  static constexpr uint32_t kNoPage = UINT32_MAX;
  struct Slot {
    uint32_t page = kNoPage;
    bool dirty = false;
    uint64_t used = 0;  // the tick of its last use
  };
  uint32_t& at(uint32_t x, bool writing);
  size_t slot_of(uint32_t page);

  size_t n_, sets_ = 0;
  std::vector<uint32_t> numbers_;  // everything (no file), or the cached pages, kPageNumbers a slot
  std::vector<Slot> slots_;
  std::unique_ptr<SpillFile> file_;
  uint64_t tick_ = 0;
  size_t page_reads_ = 0;
};

}  // namespace foi
