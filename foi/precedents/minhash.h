// Fingerprints of wording for near-duplicate passages: MinHash over word 3-shingles of normalised text.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace foi {

inline constexpr size_t kMinHashes = 64;     // signature length: the Jaccard estimate's error is about 1/sqrt(64)
inline constexpr size_t kShingleWords = 3;   // words per shingle
inline constexpr size_t kMinShingles = 6;    // shorter passages get no fingerprint (too little wording to compare)

// b-bit MinHash: each of the 64 minima (taken over 32-bit hashes) keeps only its low 16 bits. Two minima that
// differ still agree in those bits by chance, with probability 2^-16: a pair of unrelated passages gains a
// spurious equal value once in about 1,000 comparisons, adding 1/64 to its estimate. That is left
// uncorrected: the correction, (share - 2^-16) / (1 - 2^-16), is at most 0.000015, a thousandth of the
// estimate's step, and would move every figure /api/similar reports (bench/results/fingerprint-size.md). Half
// the bytes of the 32-bit values.
using MinHashValue = uint16_t;

struct Fingerprint {
  std::array<MinHashValue, kMinHashes> minhash{};
  uint32_t shingles = 0;  // distinct shingles in the text
};

// The words compared: case folded, a police force's name as "@force", any word with a digit (dates, numbers,
// references) and month names as "#", everything else that is not a letter or digit a separator. A changed force
// name, date or reference number changes no shingle.
std::vector<std::string> wording_tokens(std::string_view text);

// nullopt when the text has fewer than kMinShingles shingles.
std::optional<Fingerprint> fingerprint(std::string_view text);

// The share of equal MinHash values: an estimate of the Jaccard similarity of the two shingle sets.
double jaccard(const Fingerprint& a, const Fingerprint& b);

// How alike two wordings are, from 0 to 1: the larger of the Jaccard estimate and, when the shorter text has at
// least kMinContainedShingles shingles and the longer at most kMaxContainingRatio times as many, the share of the
// shorter text's shingles found in the longer (so the same boilerplate with a sentence added before it still
// scores high, while a question quoted inside a long letter does not make the two alike).
double wording_similarity(const Fingerprint& a, const Fingerprint& b);
inline constexpr uint32_t kMinContainedShingles = 15;
inline constexpr uint32_t kMaxContainingRatio = 3;

// The fingerprint as bytes (a value slot) and back; nullopt for bytes that are not one. The shingle count as
// a varint (7 bits a byte, low first), then the 64 values, 2 bytes each, low byte first: 129 or 130 bytes.
std::string encode_fingerprint(const Fingerprint& f);
std::optional<Fingerprint> decode_fingerprint(std::string_view bytes);

}  // namespace foi
