// How well "same boilerplate?" (wording similarity at or above kClusterThreshold) agrees with people: precision and
// recall on the labelled passage pairs in tests/fixtures/passage_pairs.json. tools/passage_pairs.py proposes the
// candidate pairs over the whole similarity range; each was labelled by reading it, not by any score.
#include <doctest/doctest.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "foi/clusters.h"
#include "foi/minhash.h"
#include "test_util.h"

namespace {

struct LabelledPair {
  bool same = false;  // the label
  std::string source, note;
  std::optional<double> similarity;  // nullopt when either text is too short to have a fingerprint
};

std::vector<LabelledPair> load_pairs() {
  const nlohmann::json fixture =
      nlohmann::json::parse(foi::test::read_file(foi::test::source_path("tests/fixtures/passage_pairs.json")));
  std::vector<LabelledPair> out;
  for (const nlohmann::json& j : fixture) {
    LabelledPair p;
    p.same = j.at("same").get<bool>();
    p.source = j.value("source", "");
    p.note = j.value("note", "");
    std::optional<foi::Fingerprint> a = foi::fingerprint(j.at("a").get<std::string>());
    std::optional<foi::Fingerprint> b = foi::fingerprint(j.at("b").get<std::string>());
    if (a && b) p.similarity = foi::wording_similarity(*a, *b);
    out.push_back(std::move(p));
  }
  return out;
}

bool predicts_same(const LabelledPair& p, double threshold) { return p.similarity && *p.similarity >= threshold; }

struct Confusion {
  size_t true_pos = 0, false_pos = 0, false_neg = 0, true_neg = 0;
  // With nothing predicted same there is no wrong claim: precision 1.
  double precision() const { return true_pos + false_pos ? double(true_pos) / (true_pos + false_pos) : 1.0; }
  double recall() const { return true_pos + false_neg ? double(true_pos) / (true_pos + false_neg) : 1.0; }
};

Confusion confusion_at(const std::vector<LabelledPair>& pairs, double threshold) {
  Confusion c;
  for (const LabelledPair& p : pairs) {
    bool predicted = predicts_same(p, threshold);
    if (predicted && p.same) ++c.true_pos;
    else if (predicted) ++c.false_pos;
    else if (p.same) ++c.false_neg;
    else ++c.true_neg;
  }
  return c;
}

std::string format(const char* pattern, double x, double y, double z) {
  char buf[160];
  std::snprintf(buf, sizeof buf, pattern, x, y, z);
  return buf;
}

std::string describe(const LabelledPair& p) {
  std::string similarity = p.similarity ? format("%.2f", *p.similarity, 0, 0) : "no fingerprint";
  return std::string(p.same ? "labelled same" : "labelled different") + ", similarity " + similarity + ": " +
         p.source + " (" + p.note + ")";
}

size_t count_same(const std::vector<LabelledPair>& pairs, bool same) {
  size_t n = 0;
  for (const LabelledPair& p : pairs) n += p.same == same;
  return n;
}

}  // namespace

TEST_CASE("passage pairs: the labelled set keeps at least 80 pairs, 25 labelled same and 25 different") {
  const std::vector<LabelledPair> pairs = load_pairs();
  CHECK(pairs.size() >= 80);
  CHECK(count_same(pairs, true) >= 25);
  CHECK(count_same(pairs, false) >= 25);
}

TEST_CASE("passage pairs: at kClusterThreshold, 'same boilerplate' has precision >= 0.9 and recall >= 0.8") {
  const std::vector<LabelledPair> pairs = load_pairs();
  REQUIRE(!pairs.empty());
  const size_t same = count_same(pairs, true);

  // The table the threshold is chosen from.
  for (double threshold : {0.4, 0.5, 0.6, 0.7, 0.8}) {
    Confusion c = confusion_at(pairs, threshold);
    MESSAGE("passage pairs: " << pairs.size() << " labelled (" << same << " same), threshold "
                              << format("%.2f: precision %.2f, recall %.2f", threshold, c.precision(), c.recall()));
  }

  // Where the method and the labels disagree at the threshold in use, so a change can be judged pair by pair.
  for (const LabelledPair& p : pairs)
    if (predicts_same(p, foi::kClusterThreshold) != p.same) MESSAGE("disagreement, " << describe(p));

  Confusion at = confusion_at(pairs, foi::kClusterThreshold);
  MESSAGE("passage pairs at kClusterThreshold "
          << format("%.2f: precision %.2f, recall %.2f", foi::kClusterThreshold, at.precision(), at.recall()));
  CHECK(at.precision() >= 0.9);
  CHECK(at.recall() >= 0.8);
}
