// How well "same boilerplate?" (wording similarity at or above kClusterThreshold) agrees with people:
// precision and recall on the labelled passage pairs in tests/fixtures/passage_pairs.json.
// tools/passage_pairs.py proposes the candidates over the whole similarity range; each pair was labelled by
// reading it, never by a score.
//
// Labels: same when the two are the same paragraph(s) reused, with names, request titles, dates, references
// or figures changed, a few words changed, or a sentence or two added or dropped; different otherwise, even
// on the same subject. Each text is a passage as the cutter gives it: a paragraph or a headed section.
#include <doctest/doctest.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "foi/precedents/clusters.h"
#include "foi/precedents/likeness.h"
#include "foi/precedents/minhash.h"
#include "test_util.h"

namespace {

struct LabelledPair {
  bool same = false;  // the label
  std::string source, note;
  std::optional<double> similarity;  // nullopt when either text is too short to have a fingerprint
};

std::vector<LabelledPair> load_pairs() {
  const nlohmann::json fixture = nlohmann::json::parse(
      foi::test::read_file(foi::test::source_path("tests/fixtures/passage_pairs.json")));
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

bool predicts_same(const LabelledPair& p, double threshold) {
  return p.similarity && *p.similarity >= threshold;
}

struct Confusion {
  size_t true_pos = 0, false_pos = 0, false_neg = 0;
  // With nothing predicted same there is no wrong claim: precision 1.
  double precision() const { return true_pos + false_pos ? double(true_pos) / (true_pos + false_pos) : 1.0; }
  double recall() const { return true_pos + false_neg ? double(true_pos) / (true_pos + false_neg) : 1.0; }
};

Confusion confusion_at(const std::vector<LabelledPair>& pairs, double threshold) {
  Confusion c;
  for (const LabelledPair& p : pairs) {
    bool predicted = predicts_same(p, threshold);
    c.true_pos += predicted && p.same;
    c.false_pos += predicted && !p.same;
    c.false_neg += !predicted && p.same;
  }
  return c;
}

size_t count_same(const std::vector<LabelledPair>& pairs, bool same) {
  size_t n = 0;
  for (const LabelledPair& p : pairs) n += p.same == same;
  return n;
}

std::string two_places(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

// "passage pairs: N labelled (P same), threshold 0.60: precision 0.97, recall 0.91"
std::string score_line(const char* what, const std::vector<LabelledPair>& pairs, double threshold) {
  Confusion c = confusion_at(pairs, threshold);
  return std::string(what) + ": " + std::to_string(pairs.size()) + " labelled (" +
         std::to_string(count_same(pairs, true)) + " same), threshold " + two_places(threshold) +
         ": precision " + two_places(c.precision()) + ", recall " + two_places(c.recall());
}

std::string describe(const LabelledPair& p) {
  return std::string(p.same ? "labelled same" : "labelled different") + ", similarity " +
         (p.similarity ? two_places(*p.similarity) : "none (no fingerprint)") + ": " + p.source + " (" +
         p.note + ")";
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
  for (double threshold : {0.4, 0.5, 0.6, 0.7, 0.8})  // the table the threshold is chosen from
    MESSAGE(score_line("passage pairs", pairs, threshold));
  for (const LabelledPair& p : pairs)
    if (predicts_same(p, foi::kClusterThreshold) != p.same) MESSAGE("disagreement, " << describe(p));
  Confusion at = confusion_at(pairs, foi::kClusterThreshold);
  CHECK(at.precision() >= 0.9);
  CHECK(at.recall() >= 0.8);
}

TEST_CASE(
    "passage pairs: a paragraph with another force or council and another date stays the same boilerplate") {
  for (const LabelledPair& p : load_pairs()) {
    if (p.note.rfind("synthetic", 0) != 0) continue;
    CAPTURE(p.source);
    CHECK(predicts_same(p, foi::kClusterThreshold));
  }
}

TEST_CASE(
    "passage pairs: the likeness bands' cut-offs, measured on the labelled pairs (docs/similarity.md)") {
  const std::vector<LabelledPair> pairs = load_pairs();
  REQUIRE(!pairs.empty());
  for (double threshold :
       {0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9})  // the table the cut-offs come from
    MESSAGE(score_line("likeness", pairs, threshold));
  // "same wording": nothing labelled different reaches it.
  CHECK(confusion_at(pairs, foi::kSameWording).precision() == 1.0);
  // "close": the clustering's own threshold, precision >= 0.9 and recall >= 0.8 (above).
  CHECK(foi::kCloseWording == foi::kClusterThreshold);
  // "loosely similar": every pair labelled the same boilerplate is at or above it, and most pairs above it
  // are.
  Confusion loose = confusion_at(pairs, foi::kLooseWording);
  CHECK(loose.recall() >= 0.95);
  CHECK(loose.precision() >= 0.75);
  // Below it ("weak", behind "show weaker"): a pair there is rarely the same boilerplate.
  size_t below = 0, below_same = 0;
  for (const LabelledPair& p : pairs)
    if (!predicts_same(p, foi::kLooseWording)) ++below, below_same += p.same;
  MESSAGE("below kLooseWording: " << below << " pairs, " << below_same << " labelled same");
  CHECK(below_same * 20 <= below);
}
