// MinHash fingerprints.
#include "foi/precedents/minhash.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "foi/extract/forces.h"
#include "foi/base/hash.h"
#include "foi/base/scan.h"
#include "foi/base/text.h"

namespace foi {
namespace {

uint64_t mix(uint64_t x) {  // splitmix64's finaliser: a good 64-bit permutation
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

constexpr size_t kValueBytes = sizeof(MinHashValue);
constexpr size_t kMaxVarintBytes = 5;  // a uint32_t, 7 bits a byte

bool is_month(std::string_view w) {
  static const std::string_view months[] = {"january", "february", "march",     "april",   "may",      "june",
                                            "july",    "august",   "september", "october", "november", "december"};
  return std::find(std::begin(months), std::end(months), w) != std::end(months);
}

std::string with_forces_marked(std::string_view text) {
  std::string out;
  size_t pos = 0;
  for (const ForceMention& m : find_forces(text)) {
    if (m.offset < pos) continue;
    out.append(text.substr(pos, m.offset - pos));
    out += " @force ";
    pos = m.offset + m.length;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace

std::vector<std::string> wording_tokens(std::string_view text) {
  std::string folded = fold_case(with_forces_marked(text));
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    bool digit = std::any_of(word.begin(), word.end(), [](char c) { return scan::is_digit(c); });
    out.push_back(digit || is_month(word) ? "#" : word);
    word.clear();
  };
  for (size_t i = 0; i < folded.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    if (scan::is_alnum(static_cast<char>(c)) || c == '@' || c >= 0x80) word += static_cast<char>(c);
    else flush();
  }
  flush();
  return out;
}

std::optional<Fingerprint> fingerprint(std::string_view text) {
  std::vector<std::string> tokens = wording_tokens(text);
  if (tokens.size() < kShingleWords) return std::nullopt;
  std::unordered_set<uint64_t> shingles;
  for (size_t i = 0; i + kShingleWords <= tokens.size(); ++i) {
    uint64_t h = fnv1a64(tokens[i]);
    for (size_t k = 1; k < kShingleWords; ++k) h = fnv1a64(tokens[i + k], fnv1a64("\x1f", h));
    shingles.insert(h);
  }
  if (shingles.size() < kMinShingles) return std::nullopt;
  Fingerprint f;
  f.shingles = static_cast<uint32_t>(shingles.size());
  std::array<uint32_t, kMinHashes> minima;
  minima.fill(UINT32_MAX);
  static const std::array<uint64_t, kMinHashes> seeds = [] {
    std::array<uint64_t, kMinHashes> out;
    for (size_t i = 0; i < kMinHashes; ++i) out[i] = mix(i);
    return out;
  }();
  for (uint64_t s : shingles)
    for (size_t i = 0; i < kMinHashes; ++i)
      minima[i] = std::min(minima[i], static_cast<uint32_t>(mix(s ^ seeds[i]) >> 32));
  for (size_t i = 0; i < kMinHashes; ++i)
    f.minhash[i] = static_cast<MinHashValue>(minima[i]);  // the low bits
  return f;
}

double jaccard(const Fingerprint& a, const Fingerprint& b) {
  size_t same = 0;
  for (size_t i = 0; i < kMinHashes; ++i) same += a.minhash[i] == b.minhash[i];
  return static_cast<double>(same) / kMinHashes;
}

double wording_similarity(const Fingerprint& a, const Fingerprint& b) {
  double j = jaccard(a, b);
  uint32_t smaller = std::min(a.shingles, b.shingles), larger = std::max(a.shingles, b.shingles);
  if (smaller < kMinContainedShingles || larger > kMaxContainingRatio * smaller || j == 0) return j;
  double shared = j * (a.shingles + b.shingles) / (1 + j);  // |A ∩ B| from J = |A ∩ B| / |A ∪ B|
  return std::max(j, std::min(1.0, shared / smaller));
}

std::string encode_fingerprint(const Fingerprint& f) {
  std::string out;
  out.reserve(kMaxVarintBytes + kValueBytes * kMinHashes);
  uint32_t n = f.shingles;
  for (; n >= 0x80; n >>= 7) out += static_cast<char>((n & 0x7f) | 0x80);
  out += static_cast<char>(n);
  for (MinHashValue v : f.minhash)
    for (size_t b = 0; b < kValueBytes; ++b) out += static_cast<char>((v >> (8 * b)) & 0xff);
  return out;
}

std::optional<Fingerprint> decode_fingerprint(std::string_view bytes) {
  Fingerprint f;
  size_t at = 0;
  for (unsigned shift = 0;; shift += 7) {
    if (at == bytes.size() || at == kMaxVarintBytes) return std::nullopt;
    auto c = static_cast<unsigned char>(bytes[at++]);
    f.shingles |= static_cast<uint32_t>(c & 0x7f) << shift;
    if (!(c & 0x80)) break;
  }
  if (bytes.size() - at != kValueBytes * kMinHashes) return std::nullopt;
  for (MinHashValue& v : f.minhash) {
    v = 0;
    for (size_t b = 0; b < kValueBytes; ++b)
      v |= static_cast<MinHashValue>(static_cast<unsigned char>(bytes[at++]) << (8 * b));
  }
  return f;
}

}  // namespace foi
