// MinHash fingerprints.
#include "foi/precedents/minhash.h"

#include <algorithm>
#include <array>
#include <cstring>
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
  f.minhash.fill(UINT32_MAX);
  static const std::array<uint64_t, kMinHashes> seeds = [] {
    std::array<uint64_t, kMinHashes> out;
    for (size_t i = 0; i < kMinHashes; ++i) out[i] = mix(i);
    return out;
  }();
  for (uint64_t s : shingles)
    for (size_t i = 0; i < kMinHashes; ++i)
      f.minhash[i] = std::min(f.minhash[i], static_cast<uint32_t>(mix(s ^ seeds[i]) >> 32));
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
  std::string out(sizeof(uint32_t) * (kMinHashes + 1), '\0');
  std::memcpy(out.data(), &f.shingles, sizeof(uint32_t));
  std::memcpy(out.data() + sizeof(uint32_t), f.minhash.data(), sizeof(uint32_t) * kMinHashes);
  return out;
}

std::optional<Fingerprint> decode_fingerprint(std::string_view bytes) {
  if (bytes.size() != sizeof(uint32_t) * (kMinHashes + 1)) return std::nullopt;
  Fingerprint f;
  std::memcpy(&f.shingles, bytes.data(), sizeof(uint32_t));
  std::memcpy(f.minhash.data(), bytes.data() + sizeof(uint32_t), sizeof(uint32_t) * kMinHashes);
  return f;
}

}  // namespace foi
