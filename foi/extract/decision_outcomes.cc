// Decision outcomes: phrase tables scanned left to right, with bounded work at each word start.
#include "foi/extract/decision_outcomes.h"

#include <algorithm>
#include <utility>

#include "foi/base/scan.h"

namespace foi {
namespace {

constexpr size_t npos = std::string_view::npos;
constexpr std::string_view kAllowed = "allowed", kPartly = "partly allowed", kDismissed = "dismissed",
                           kStruckOut = "struck out", kWithdrawn = "withdrawn";

struct Said {
  std::string_view words;
  std::string_view outcome;
};

// "The appeal is [therefore] <verb>": who, the adverbs that may come between, and the verbs (longer first).
constexpr std::string_view kSubjects[] = {"appeal is",      "appeals are",     "appeal was",
                                          "appeals were",   "appeal has been", "appeals have been",
                                          "appeal must be", "appeal shall be", "appeal will be",
                                          "application is", "applications are"};
constexpr std::string_view kAdverbs[] = {"therefore", "accordingly", "hereby", "consequently",
                                         "thus",      "also",        "now"};
constexpr Said kVerbs[] = {
    {"allowed in part", kPartly}, {"partly allowed", kPartly}, {"partially allowed", kPartly},
    {"upheld in part", kPartly},  {"not allowed", kDismissed}, {"allowed", kAllowed},
    {"upheld", kAllowed},         {"dismissed", kDismissed},   {"refused", kDismissed},
    {"rejected", kDismissed},     {"struck out", kStruckOut},  {"withdrawn", kWithdrawn},
};
// Statements of the result in other words.
constexpr Said kStatements[] = {
    {"allows the appeal in part", kPartly},
    {"allow the appeal in part", kPartly},
    {"succeeds in part", kPartly},
    {"part allowed", kPartly},
    {"allows the appeal", kAllowed},
    {"allow the appeal", kAllowed},
    {"appeal succeeds", kAllowed},
    {"appeal allowed", kAllowed},
    {"substitutes the following decision notice", kAllowed},
    {"substitute the following decision notice", kAllowed},
    {"dismisses the appeal", kDismissed},
    {"dismiss the appeal", kDismissed},
    {"dismiss this appeal", kDismissed},
    {"refuses the appeal", kDismissed},
    {"refuse the appeal", kDismissed},
    {"refused the appeal", kDismissed},
    {"appeal fails", kDismissed},
    {"appeal does not succeed", kDismissed},
    {"appeal dismissed", kDismissed},
    {"appeal refused", kDismissed},
    {"decision notice is upheld", kDismissed},
    {"decision notice is confirmed", kDismissed},
    {"is dismissed", kDismissed},
    {"are dismissed", kDismissed},
    {"strikes out the appeal", kStruckOut},
    {"strike out the appeal", kStruckOut},
    {"strike out the proceedings", kStruckOut},
    {"appeal struck out", kStruckOut},
    {"withdrawal notice", kWithdrawn},
    {"notice of withdrawal", kWithdrawn},
    {"withdrawal of the appeal", kWithdrawn},
    {"consent to the withdrawal", kWithdrawn},
};

// Past spaces and commas ("is, accordingly, struck out").
size_t skip_commas(std::string_view t, size_t i) {
  while (i < t.size() && (scan::is_space(t[i]) || t[i] == ',')) ++i;
  return i;
}

// The verb of "<subject> [adverb] <verb>" at i, and where it ends.
std::optional<std::pair<Said, size_t>> subject_form(std::string_view t, size_t i) {
  for (std::string_view subject : kSubjects) {
    size_t j = scan::match_words(t, i, subject);
    if (j == npos) continue;
    j = skip_commas(t, j);
    for (std::string_view adverb : kAdverbs)
      if (size_t a = scan::match_words(t, j, adverb); a != npos) {
        j = skip_commas(t, a);
        break;
      }
    for (const Said& verb : kVerbs)
      if (size_t v = scan::match_words(t, j, verb.words); v != npos) return std::pair{verb, v};
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::pair<Said, size_t>> statement_at(std::string_view t, size_t i) {
  if (!scan::word_start(t, i) || !scan::is_alpha(t[i])) return std::nullopt;
  if (auto s = subject_form(t, i)) return s;
  for (const Said& s : kStatements)
    if (size_t e = scan::match_words(t, i, s.words); e != npos) return std::pair{s, e};
  return std::nullopt;
}

// A statement under a condition earlier in its sentence: "if ... the Tribunal must allow the appeal", "we
// would dismiss".
bool conditional(std::string_view t, size_t i) {
  size_t from = i > 120 ? i - 120 : 0;
  std::string_view before = t.substr(from, i - from);
  size_t stop = before.find_last_of(".;");
  if (stop != npos) before = before.substr(stop + 1);
  for (std::string_view w : {"if", "whether", "unless", "should", "would", "may", "could", "might", "can",
                             "entitles", "entitled", "power", "jurisdiction"})
    for (size_t k = 0; k < before.size(); ++k)
      if (scan::match_words(before, k, w) != npos) return true;
  return false;
}

// The heading's "Decision: Appeal Refused" line, read by its keywords.
std::optional<OutcomeReading> decision_line(std::string_view heading) {
  for (size_t i = 0; i < heading.size(); i = heading.find('\n', i) + 1) {
    size_t start = scan::skip_spaces(heading, i);
    size_t j = scan::match_words(heading, start, "decision");
    if (j != npos) {
      j = scan::skip_spaces(heading, j);
      if (j < heading.size() && (heading[j] == ':' || heading[j] == '-')) {
        size_t end = std::min(heading.find('\n', j), heading.size());
        std::string_view line = heading.substr(j + 1, end - j - 1);
        const Said keys[] = {{"in part", kPartly},       {"part allowed", kPartly}, {"partly", kPartly},
                             {"struck out", kStruckOut}, {"withdrawn", kWithdrawn}, {"allowed", kAllowed},
                             {"upheld", kAllowed},       {"succeeds", kAllowed},    {"dismissed", kDismissed},
                             {"refused", kDismissed},    {"rejected", kDismissed},  {"fails", kDismissed}};
        for (const Said& k : keys)
          for (size_t p = 0; p < line.size(); ++p)
            if (scan::match_words(line, p, k.words) != npos)
              return OutcomeReading{std::string(k.outcome),
                                    "'Decision:' line says '" + std::string(k.words) + "'"};
      }
    }
    if (heading.find('\n', i) == npos) break;
  }
  return std::nullopt;
}

}  // namespace

std::optional<OutcomeReading> tribunal_outcome(std::string_view text) {
  if (auto d = decision_line(text.substr(0, std::min<size_t>(text.size(), 6000)))) return d;
  for (size_t i = 0; i < text.size(); ++i) {
    auto found = statement_at(text, i);
    if (!found || conditional(text, i)) continue;
    auto [said, end] = *found;
    size_t next = skip_commas(text, end);
    if (said.outcome == kAllowed && (scan::match_words(text, next, "or substitute") != npos ||
                                     scan::match_words(text, next, "if") != npos))
      continue;  // the Tribunal's power as the statute words it, not its result
    std::string_view outcome = said.outcome;
    if (outcome == kAllowed && scan::match_words(text, next, "in part") != npos) outcome = kPartly;
    return OutcomeReading{std::string(outcome), "'" + std::string(said.words) + "'"};
  }
  return std::nullopt;
}

std::optional<OutcomeReading> notice_outcome(std::string_view text) {
  std::string_view summary = text.substr(0, std::min<size_t>(text.size(), 4000));
  std::string_view partly = scan::first_words(
      summary,
      {"partly upheld", "partially upheld", "partially failed", "partly failed", "partially complied"});
  if (!partly.empty()) return OutcomeReading{"partly upheld", "'" + std::string(partly) + "'"};
  std::string_view failed = scan::first_words(
      summary, {"failed to comply", "has breached", "breached section", "breached regulation",
                "was not entitled", "is not entitled", "incorrectly applied", "incorrectly withheld",
                "to take the following steps", "requires the public authority to take"});
  std::string_view entitled = scan::first_words(
      summary, {"was entitled to", "is entitled to", "correctly applied", "correctly relied",
                "has complied with", "does not require", "requires no steps"});
  if (!failed.empty() && !entitled.empty())
    return OutcomeReading{"partly upheld",
                          "'" + std::string(failed) + "' and '" + std::string(entitled) + "'"};
  if (!failed.empty()) return OutcomeReading{"upheld", "'" + std::string(failed) + "'"};
  if (!entitled.empty()) return OutcomeReading{"not upheld", "'" + std::string(entitled) + "'"};
  return std::nullopt;
}

}  // namespace foi
