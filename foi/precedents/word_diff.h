// A word-level difference between two wordings, for showing how a cluster member departs from the central text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace foi {

// One edit of a word-level difference.
struct DiffOp {
  enum Kind { kSame, kAdded, kRemoved } kind = kSame;
  std::string text;
};

// The edits that turn `from` into `to`, word by word (white space between words is normalised to one space;
// adjacent edits of one kind are merged). Texts over kMaxDiffWords words are compared as wholes: one removal and
// one addition, unless equal.
std::vector<DiffOp> word_diff(std::string_view from, std::string_view to);
inline constexpr size_t kMaxDiffWords = 3000;

}  // namespace foi
