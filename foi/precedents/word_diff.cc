// Longest common subsequence over words.
#include "foi/precedents/word_diff.h"

#include <string>

#include "foi/base/scan.h"

namespace foi {
namespace {

std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && scan::is_space(s[i])) ++i;
    size_t start = i;
    while (i < s.size() && !scan::is_space(s[i])) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

void emit(std::vector<DiffOp>& out, DiffOp::Kind kind, std::string_view word) {
  if (!out.empty() && out.back().kind == kind) {
    out.back().text += " ";
    out.back().text += word;
  } else {
    out.push_back({kind, std::string(word)});
  }
}

}  // namespace

std::vector<DiffOp> word_diff(std::string_view from, std::string_view to) {
  std::vector<std::string_view> a = words_of(from), b = words_of(to);
  std::vector<DiffOp> out;
  if (a.size() > kMaxDiffWords || b.size() > kMaxDiffWords) {
    if (a == b) return {{DiffOp::kSame, std::string(from)}};
    return {{DiffOp::kRemoved, std::string(from)}, {DiffOp::kAdded, std::string(to)}};
  }
  size_t n = a.size(), m = b.size();
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..]
  std::vector<std::vector<unsigned>> lcs(n + 1, std::vector<unsigned>(m + 1, 0));
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) emit(out, DiffOp::kSame, a[i++]), ++j;
    else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) emit(out, DiffOp::kRemoved, a[i++]);
    else emit(out, DiffOp::kAdded, b[j++]);
  }
  return out;
}

}  // namespace foi
