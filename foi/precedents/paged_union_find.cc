#include "foi/precedents/paged_union_find.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace foi {

PagedUnionFind::PagedUnionFind(size_t n, size_t cache_bytes) : n_(n) {
  if (n > UINT32_MAX) throw std::length_error("too many items for a union-find of 32-bit numbers");
  size_t pages = (n + kPageNumbers - 1) / kPageNumbers;
  size_t slots = std::max(kWays, cache_bytes / (kPageNumbers * sizeof(uint32_t)) / kWays * kWays);
  if (pages <= slots) {  // it all fits: the plain array
    numbers_.resize(n);
    std::iota(numbers_.begin(), numbers_.end(), uint32_t{0});
    return;
  }
  file_ = std::make_unique<SpillFile>();
  std::vector<uint32_t> page(kPageNumbers);
  for (size_t first = 0; first < n; first += kPageNumbers) {
    size_t k = std::min(kPageNumbers, n - first);
    std::iota(page.begin(), page.begin() + static_cast<std::ptrdiff_t>(k), static_cast<uint32_t>(first));
    file_->append(page.data(), k * sizeof(uint32_t));
  }
  sets_ = slots / kWays;
  slots_.resize(slots);
  numbers_.resize(slots * kPageNumbers);
}

// The slot holding `page`, read in (and the set's least recently used page written back if changed) when it
// is not cached. Consecutive pages fall in different sets.
size_t PagedUnionFind::slot_of(uint32_t page) {
  size_t first = (page % sets_) * kWays, victim = first;
  for (size_t s = first; s < first + kWays; ++s) {
    if (slots_[s].page == page) {
      slots_[s].used = ++tick_;
      return s;
    }
    if (slots_[s].used < slots_[victim].used) victim = s;
  }
  Slot& v = slots_[victim];
  uint32_t* data = numbers_.data() + victim * kPageNumbers;
  auto bytes_of = [&](uint32_t p) {
    return std::min(kPageNumbers, n_ - size_t{p} * kPageNumbers) * sizeof(uint32_t);
  };
  if (v.page != kNoPage && v.dirty)
    file_->write(size_t{v.page} * kPageNumbers * sizeof(uint32_t), data, bytes_of(v.page));
  v = Slot{};  // empty until the read succeeds: a failed read leaves no slot claiming half-read data
  file_->read(size_t{page} * kPageNumbers * sizeof(uint32_t), data, bytes_of(page));
  ++page_reads_;
  v = Slot{page, false, ++tick_};
  return victim;
}

uint32_t& PagedUnionFind::at(uint32_t x, bool writing) {
  if (!file_) return numbers_[x];
  size_t s = slot_of(x / kPageNumbers);
  slots_[s].dirty |= writing;
  return numbers_[s * kPageNumbers + x % kPageNumbers];
}

uint32_t PagedUnionFind::find(uint32_t x) {
  for (;;) {
    uint32_t parent = at(x, false);
    if (parent == x) return x;
    uint32_t grandparent = at(parent, false);
    if (grandparent == parent) return parent;
    at(x, true) = grandparent;  // path halving
    x = grandparent;
  }
}

void PagedUnionFind::join(uint32_t a, uint32_t b) {
  a = find(a), b = find(b);
  if (a != b) at(std::max(a, b), true) = std::min(a, b);
}

}  // namespace foi
