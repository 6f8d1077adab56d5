// Wording fingerprints as stored: 16-bit MinHash values, their bytes, what the estimate still tells apart.
#include "foi/precedents/minhash.h"

#include <doctest/doctest.h>

#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "foi/precedents/clusters.h"

namespace {

// A word of letters only (a digit would make it "#"): "ba", "ca", ... unique for each n.
std::string word(size_t n) {
  std::string w;
  do {
    w += static_cast<char>('b' + n % 24);
    n /= 24;
  } while (n);
  return w + "a";
}

// Words first..last-1, each once, as a sentence.
std::string words(size_t first, size_t last) {
  std::string out;
  for (size_t n = first; n < last; ++n) out += word(n) + (n + 1 < last ? " " : ".");
  return out;
}

// The true Jaccard similarity of two texts' 3-word shingles.
double true_jaccard(const std::string& a, const std::string& b) {
  auto shingles = [](const std::string& text) {
    std::vector<std::string> t = foi::wording_tokens(text);
    std::set<std::string> out;
    for (size_t i = 0; i + 3 <= t.size(); ++i) out.insert(t[i] + " " + t[i + 1] + " " + t[i + 2]);
    return out;
  };
  std::set<std::string> sa = shingles(a), sb = shingles(b);
  size_t both = 0;
  for (const std::string& s : sa) both += sb.count(s);
  return static_cast<double>(both) / static_cast<double>(sa.size() + sb.size() - both);
}

foi::Fingerprint through_bytes(const foi::Fingerprint& f) {
  std::optional<foi::Fingerprint> back = foi::decode_fingerprint(foi::encode_fingerprint(f));
  REQUIRE(back);
  return *back;
}

}  // namespace

TEST_CASE("minhash: a fingerprint's bytes are the shingle count as a varint, then 64 values low byte first") {
  struct Case {
    uint32_t shingles;
    size_t count_bytes;
    std::string count_prefix;
  };
  const Case cases[] = {
      {6, 1, "\x06"},
      {127, 1, "\x7f"},
      {128, 2, "\x80\x01"},
      {300, 2, "\xac\x02"},
      {16384, 3, std::string("\x80\x80\x01")},
      {UINT32_MAX, 5, "\xff\xff\xff\xff\x0f"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.shingles);
    foi::Fingerprint f;
    f.shingles = c.shingles;
    for (size_t i = 0; i < foi::kMinHashes; ++i)
      f.minhash[i] = static_cast<uint16_t>(0xff00 ^ (i * 0x0101 + c.shingles));
    std::string bytes = foi::encode_fingerprint(f);
    REQUIRE(bytes.size() == c.count_bytes + 2 * foi::kMinHashes);
    CHECK(bytes.substr(0, c.count_bytes) == c.count_prefix);
    CHECK(static_cast<unsigned char>(bytes[c.count_bytes]) == (f.minhash[0] & 0xff));
    CHECK(static_cast<unsigned char>(bytes[c.count_bytes + 1]) == (f.minhash[0] >> 8));
    foi::Fingerprint back = through_bytes(f);
    CHECK(back.shingles == f.shingles);
    CHECK(back.minhash == f.minhash);
  }
}

TEST_CASE("minhash: bytes that are not a fingerprint are refused") {
  foi::Fingerprint f = *foi::fingerprint(words(0, 40));
  std::string good = foi::encode_fingerprint(f);
  const std::pair<std::string, std::string> bad[] = {
      {"", "empty"},
      {"not a fingerprint", "text"},
      {good.substr(0, good.size() - 1), "a value cut short"},
      {good + "x", "a byte too many"},
      {std::string(4 + 4 * foi::kMinHashes, '\x01'), "the 32-bit layout before extraction version 12"},
      {std::string(6, '\x80') + std::string(2 * foi::kMinHashes, '\0'),
       "a count longer than a uint32_t's varint"},
      {std::string(1, '\x80'), "a count that never ends"},
  };
  for (const auto& [bytes, why] : bad) {
    CAPTURE(why);
    CHECK_FALSE(foi::decode_fingerprint(bytes));
  }
}

TEST_CASE("minhash: the 16-bit estimate stays near the true Jaccard similarity, and unrelated texts near 0") {
  struct Case {
    std::string a, b, why;
  };
  const Case cases[] = {
      {words(0, 80), words(0, 80), "the same text"},
      {words(0, 80), words(0, 70), "a tenth cut off"},
      {words(0, 80), words(20, 100), "three quarters shared"},
      {words(0, 80), words(40, 120), "half shared"},
      {words(0, 80), words(60, 140), "a quarter shared"},
      {words(0, 200), words(150, 400), "a sixth of a long text shared"},
      {words(0, 80), words(1000, 1080), "nothing shared"},
      {words(0, 300), words(5000, 5300), "nothing shared, long"},
      {words(0, 30), words(2000, 2600), "nothing shared, very different lengths"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.why);
    foi::Fingerprint fa = through_bytes(*foi::fingerprint(c.a)), fb = through_bytes(*foi::fingerprint(c.b));
    double j = true_jaccard(c.a, c.b), estimate = foi::jaccard(fa, fb);
    CAPTURE(j);
    CAPTURE(estimate);
    // Three standard errors of a 64-value estimate, and at most 2 values in 64 equal by chance in 16 bits: a
    // sketch of 8 or fewer bits would find about 0.25 to 4 values equal by chance between unrelated texts.
    double error = 3 * std::sqrt(j * (1 - j) / foi::kMinHashes);
    CHECK(estimate <= j + error + 2.0 / foi::kMinHashes);
    CHECK(estimate >= j - error);
    if (j == 0) CHECK(estimate <= 1.0 / foi::kMinHashes);
  }
}

TEST_CASE("minhash: through its bytes, a near duplicate still clusters and an unrelated pair does not") {
  const std::string letter = words(0, 90);
  struct Case {
    std::string other;
    bool together;
    std::string why;
  };
  const Case cases[] = {
      {words(0, 45) + " Kent Police on 3 May 2021. " + words(45, 90), true, "a force and a date put in"},
      {words(0, 88) + " " + word(7000) + " " + word(7001) + ".", true, "the last two words changed"},
      {words(3000, 3090), false, "other words altogether"},
      {words(0, 30) + " " + words(4000, 4060), false, "a third shared"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.why);
    std::vector<foi::ClusterMember> members = {
        {"a#p1", through_bytes(*foi::fingerprint(letter)), "A", "2021-01-01"},
        {"b#p1", through_bytes(*foi::fingerprint(c.other)), "B", "2022-01-01"}};
    CHECK((foi::wording_similarity(members[0].fingerprint, members[1].fingerprint) >=
           foi::kClusterThreshold) == c.together);
    CHECK(foi::cluster_wording(members).size() == (c.together ? 1u : 2u));
  }
}
