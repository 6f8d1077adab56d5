// Union-find over numbered items (path halving; a set's root is its smallest number, so roots do not depend on the
// order of joins). `Index` is the item number's type: uint32_t where memory per item matters.
#pragma once

#include <algorithm>
#include <numeric>
#include <vector>

namespace foi {

template <typename Index>
struct UnionFind {
  std::vector<Index> parent;
  UnionFind() = default;
  explicit UnionFind(size_t n) { reset(n); }
  void reset(size_t n) {
    parent.resize(n);
    std::iota(parent.begin(), parent.end(), Index{0});
  }
  Index find(Index x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(Index a, Index b) {
    a = find(a), b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

}  // namespace foi
