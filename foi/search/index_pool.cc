// Leasing open indexes.
#include "foi/search/index_pool.h"

namespace foi {

IndexPool::Lease IndexPool::acquire() {
  std::unique_ptr<SearchIndex> index;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      index = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (index) {
    try {
      index->refresh();
      return Lease(*this, std::move(index));
    } catch (const IndexUnavailable&) {  // a shard went away, a replica flipped copies: open afresh
    }
  }
  return Lease(*this, std::make_unique<SearchIndex>(path_, limits_));
}

void IndexPool::give_back(std::unique_ptr<SearchIndex> index) {
  std::lock_guard<std::mutex> lock(mu_);
  if (index && idle_.size() < kMaxIdle) idle_.push_back(std::move(index));
}

}  // namespace foi
