// Whole answers kept for repeated requests: the JSON body of a search, keyed on the index revision it was
// computed at and the request's parameters, so an answer is only ever reused for the same question to the
// same committed index (a commit moves the revision, and the old answers simply stop being asked for). Least
// recently used answers go first once the cache holds more than its byte budget. Thread-safe.
#pragma once

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace foi::searchd {

class AnswerCache {
 public:
  explicit AnswerCache(size_t max_bytes) : max_bytes_(max_bytes) {}

  // The key for a route's answer: the revision, the route, then each parameter (name, value) in the order
  // given.
  template <typename Params>
  static std::string key(const std::string& revision, const std::string& route, const Params& params) {
    std::string k = revision + '\n' + route;
    for (const auto& [name, value] : params) k.append(1, '\n').append(name).append(1, '=').append(value);
    return k;
  }

  bool enabled() const { return max_bytes_ > 0; }
  // The answer kept under `key` (now the most recently used), or null.
  std::shared_ptr<const std::string> get(const std::string& key) {
    if (!enabled()) return nullptr;
    std::lock_guard<std::mutex> lock(mu_);
    auto it = index_.find(key);
    if (it == index_.end()) return nullptr;
    order_.splice(order_.begin(), order_, it->second);
    return it->second->second;
  }

  // Keeps `body` under `key`, then lets the least recently used answers go until the budget holds.
  void put(const std::string& key, std::shared_ptr<const std::string> body) {
    size_t size = key.size() + body->size();
    if (!enabled() || size > max_bytes_ / 4) return;  // one answer never takes most of the budget
    std::lock_guard<std::mutex> lock(mu_);
    if (index_.count(key)) return;  // another request answered it meanwhile
    order_.emplace_front(key, std::move(body));
    index_[key] = order_.begin();
    bytes_ += size;
    while (bytes_ > max_bytes_) {
      const Entry& last = order_.back();
      bytes_ -= last.first.size() + last.second->size();
      index_.erase(last.first);
      order_.pop_back();
    }
  }

 private:
  using Entry = std::pair<std::string, std::shared_ptr<const std::string>>;
  size_t max_bytes_;
  size_t bytes_ = 0;
  std::mutex mu_;
  std::list<Entry> order_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
};

}  // namespace foi::searchd
