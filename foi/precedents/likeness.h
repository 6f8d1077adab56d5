// How alike two wordings are, in words a reader uses: the similarity (minhash.h wording_similarity) put into
// bands whose cut-offs were chosen from the labelled passage pairs (tests/fixtures/passage_pairs.json; the
// figures are in docs/similarity.md, and tests/passage_quality_test.cc checks them).
#pragma once

#include <string_view>

namespace foi {

inline constexpr double kSameWording = 0.8;  // "same wording": the same paragraph, names and dates aside
inline constexpr double kCloseWording =
    0.6;  // "close": the same boilerplate with words changed (kClusterThreshold)
inline constexpr double kLooseWording = 0.35;  // "loosely similar": shares phrases; below it, "weak"

// "same_wording", "close", "loose" or "weak".
std::string_view likeness(double similarity);

}  // namespace foi
