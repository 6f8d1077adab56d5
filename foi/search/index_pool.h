// Open indexes kept between requests, so a request does not pay for opening the database (or connecting to every
// remote shard) each time. A request leases one, brought up to the latest committed revision first; one that
// failed during the request is dropped rather than given back, and the next lease opens a fresh one. Thread-safe.
#pragma once

#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "foi/search/search.h"

namespace foi {

class IndexPool {
 public:
  IndexPool(std::string path, SearchLimits limits) : path_(std::move(path)), limits_(limits) {}

  class Lease {
   public:
    Lease(IndexPool& pool, std::unique_ptr<SearchIndex> index)
        : pool_(pool), index_(std::move(index)), exceptions_(std::uncaught_exceptions()) {}
    ~Lease() {
      if (std::uncaught_exceptions() == exceptions_) pool_.give_back(std::move(index_));  // else: dropped
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    SearchIndex* operator->() { return index_.get(); }
    SearchIndex& operator*() { return *index_; }

   private:
    IndexPool& pool_;
    std::unique_ptr<SearchIndex> index_;
    int exceptions_;
  };

  // An index at the latest revision. Throws IndexUnavailable.
  Lease acquire();

 private:
  void give_back(std::unique_ptr<SearchIndex> index);
  static constexpr size_t kMaxIdle = 64;
  std::string path_;
  SearchLimits limits_;
  std::mutex mu_;
  std::vector<std::unique_ptr<SearchIndex>> idle_;
};

}  // namespace foi
