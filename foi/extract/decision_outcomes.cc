// Decision outcomes: phrase tables scanned left to right, with bounded work at each word start.
#include "foi/extract/decision_outcomes.h"

#include <algorithm>
#include <utility>

#include "foi/base/scan.h"
#include "foi/extract/notice_verdicts.h"

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
                                         "thus",      "also",        "now",    "unanimously"};
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
    {"decision notice is set aside", kAllowed},  // "... and this decision stands in its place"
    {"tribunal upholds the decision notice", kDismissed},
    {"we uphold the decision notice", kDismissed},
    {"tribunal upholds the commissioner's decision", kDismissed},
    {"tribunal upholds the commissioner’s decision", kDismissed},
    {"decision notice is confirmed", kDismissed},
    {"is dismissed", kDismissed},
    {"are dismissed", kDismissed},
    {"strikes out the appeal", kStruckOut},
    {"strike out the appeal", kStruckOut},
    {"strike out the proceedings", kStruckOut},
    {"appeal struck out", kStruckOut},
    {"strike it out", kStruckOut},
    {"strikes it out", kStruckOut},
    {"strike the appeal out", kStruckOut},
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

// "The Tribunal dismisses Ms X's appeal", "we allow her appeal": a verb in the present, up to four words
// within the clause, then "appeal".
std::optional<std::pair<Said, size_t>> verb_object_form(std::string_view t, size_t i) {
  constexpr Said kPresent[] = {{"dismisses", kDismissed},   {"dismiss", kDismissed},
                               {"allows", kAllowed},        {"allow", kAllowed},
                               {"strikes out", kStruckOut}, {"strike out", kStruckOut}};
  for (const Said& verb : kPresent) {
    size_t j = scan::match_words(t, i, verb.words);
    if (j == npos) continue;
    for (int words = 0; words < 5; ++words) {
      j = scan::skip_spaces(t, j);
      if (size_t e = scan::match_words(t, j, "appeal"); e != npos) return std::pair{verb, e};
      size_t w = j;
      while (w < t.size() && !scan::is_space(t[w]) && std::string_view(".;:,()").find(t[w]) == npos) ++w;
      if (w == j) return std::nullopt;
      j = w;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::pair<Said, size_t>> statement_at(std::string_view t, size_t i) {
  if (!scan::word_start(t, i) || !scan::is_alpha(t[i])) return std::nullopt;
  if (auto s = subject_form(t, i)) return s;
  for (const Said& s : kStatements)
    if (size_t e = scan::match_words(t, i, s.words); e != npos) return std::pair{s, e};
  return verb_object_form(t, i);
}

// The clause before i in its sentence (at most 120 bytes back to the last '.', ';' or blank line).
std::string_view clause_before(std::string_view t, size_t i) {
  size_t from = i > 120 ? i - 120 : 0;
  std::string_view before = t.substr(from, i - from);
  size_t stop = before.find_last_of(".;");
  if (size_t blank = before.rfind("\n\n"); blank != npos && (stop == npos || blank > stop)) stop = blank + 1;
  return stop == npos ? before : before.substr(stop + 1);
}

// The rest of the sentence from i: up to the next '.', ';' or blank line, at most 300 bytes.
std::string_view sentence_after(std::string_view t, size_t i) {
  std::string_view after = t.substr(i, std::min<size_t>(300, t.size() - i));
  for (size_t k = 0; k < after.size(); ++k)
    if (after[k] == ';' || (after[k] == '.' && (k + 1 == after.size() || scan::is_space(after[k + 1]))) ||
        (after[k] == '\n' && k + 1 < after.size() && after[k + 1] == '\n'))
      return after.substr(0, k);
  return after;
}

// A statement that is not the result: under a condition ("if ... the Tribunal must allow the appeal",
// "otherwise the Tribunal must dismiss"), a power ("entitles the Tribunal to"), or somebody's request of the
// Tribunal ("DFID applied to have the appeal struck out", "the Commissioner invites the Tribunal to
// dismiss"). "would" is a condition unless the clause gives its ground ("On that basis, we would dismiss this
// appeal").
bool not_the_result(std::string_view t, size_t i, size_t end) {
  std::string_view before = clause_before(t, i);
  for (std::string_view w :
       {"if",        "whether",  "unless",   "should", "could",        "might",   "can",     "had",
        "otherwise", "entitles", "entitled", "power",  "jurisdiction", "applied", "applies", "application",
        "sought",    "seeks",    "asked",    "asks",   "invited",      "invites", "urged",   "urges",
        "submitted", "submits",  "argued",   "argues", "contended",    "contends"})
    if (!scan::first_words(before, {w}).empty()) return true;
  // "may" in lower case only: "5 May 2015" is a date.
  for (size_t k = before.find("may"); k != npos; k = before.find("may", k + 1))
    if (scan::match_words(before, k, "may") != npos) return true;
  if (!scan::first_words(before, {"would"}).empty() &&
      scan::first_words(before, {"basis", "therefore", "accordingly", "reasons", "thus"}).empty())
    return true;
  std::string_view after = sentence_after(t, end);
  return !scan::first_words(after.substr(0, std::min<size_t>(after.size(), 40)), {"if", "unless"}).empty();
}

// A line of a chronology ("6 June 2016   FTT allows the appeal") tells history, not this decision's result.
bool in_chronology(std::string_view t, size_t i) {
  size_t line = t.rfind('\n', i);
  line = line == npos ? 0 : line + 1;
  std::string_view prefix = t.substr(line, i - line);
  size_t s = scan::skip_spaces(prefix, 0);
  if (s >= prefix.size() || !scan::is_digit(prefix[s])) return false;
  return !scan::first_words(prefix, {"january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"})
              .empty();
}

// An allowed or dismissed result qualified in its sentence is a partial one: "allows the appeal to the extent
// that", "To that extent, this appeal is allowed", or both verbs ("refuses the appeal on request 1 and allows
// it on request 2").
bool partial(std::string_view t, size_t i, size_t end, std::string_view outcome) {
  std::string_view before = clause_before(t, i), after = sentence_after(t, end);
  std::string_view both = t.substr(i - before.size(), end + after.size() - (i - before.size()));
  if (outcome == kAllowed && !scan::first_words(both, {"extent", "in part", "in so far", "insofar", "partly",
                                                       "partially", "save that", "except"})
                                  .empty())
    return true;
  bool allows = !scan::first_words(both, {"allow", "allows", "allowed", "succeeds", "upheld"}).empty();
  bool dismisses = !scan::first_words(both, {"dismiss", "dismisses", "dismissed", "refuse", "refuses",
                                             "refused", "fails", "uphold", "upholds"})
                        .empty();
  return allows && dismisses;
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
    if (!found) continue;
    auto [said, end] = *found;
    if (not_the_result(text, i, end) || in_chronology(text, i)) continue;
    size_t next = skip_commas(text, end);
    if (said.outcome == kAllowed && (scan::match_words(text, next, "or substitute") != npos ||
                                     scan::match_words(text, next, "to continue") != npos ||
                                     scan::match_words(text, next, "to proceed") != npos))
      continue;  // the Tribunal's power as the statute words it, or letting the appeal go on: not its result
    std::string_view outcome = said.outcome;
    std::string reason = "'" + std::string(said.words) + "'";
    if ((outcome == kAllowed || outcome == kDismissed) && partial(text, i, end, outcome)) {
      outcome = kPartly;
      reason += ", qualified in its sentence";
    }
    return OutcomeReading{std::string(outcome), reason};
  }
  return std::nullopt;
}

namespace {

// The first of `phrases` in t that its clause does not negate ("not entitled to", "did not deal with the
// request in accordance with Part 1"), or "".
std::string_view first_affirmed(std::string_view t, std::initializer_list<std::string_view> phrases) {
  for (std::string_view p : phrases)
    for (size_t i = 0; i < t.size(); ++i) {
      if (scan::lower(t[i]) != scan::lower(p[0]) || scan::match_words(t, i, p) == npos) continue;
      std::string_view before = t.substr(i > 60 ? i - 60 : 0, std::min<size_t>(i, 60));
      if (size_t stop = before.find_last_of(".,;"); stop != npos) before = before.substr(stop + 1);
      if (scan::first_words(before, {"not", "never", "nor"}).empty()) return p;
    }
  return {};
}

// A notice's summary: its opening, up to the list of statutory provisions or the background that follows it.
std::string_view notice_summary(std::string_view text) {
  std::string_view summary = text.substr(0, std::min<size_t>(text.size(), 4000));
  for (std::string_view heading :
       {"\nRelevant statutory provisions", "\nRelevant Statutory Provisions", "\nBackground"})
    if (size_t h = summary.find(heading); h != npos && h > 80) summary = summary.substr(0, h);
  return summary;
}

// "He required the Authority to", "ordered Police Scotland to", "required its disclosure": the Commissioner
// ordering a step; not "as required by", "Fees for Required Disclosure".
std::string_view commissioner_orders(std::string_view t) {
  for (std::string_view verb : {"ordered", "required"})
    for (size_t i = t.find(verb.substr(1)); i != npos; i = t.find(verb.substr(1), i + 1)) {
      size_t at = i - 1;
      if (i == 0 || scan::lower(t[at]) != verb[0] || scan::match_words(t, at, verb) == npos) continue;
      size_t next = scan::skip_spaces(t, at + verb.size());
      size_t prev = at;
      while (prev > 0 && scan::is_space(t[prev - 1])) --prev;
      size_t prev_start = scan::letters_start(t, prev);
      std::string_view before = t.substr(prev_start, prev - prev_start);
      if (!scan::first_words(before, {"as", "is", "be", "was", "were", "been", "for", "not"}).empty())
        continue;
      if (scan::match_words(t, next, "by") != npos || scan::match_words(t, next, "disclosure") != npos)
        continue;
      if (next < t.size() &&
          (scan::is_upper(t[next]) ||
           !scan::first_words(t.substr(next, 5), {"the", "it", "them", "its", "this", "him", "her"}).empty()))
        return verb;
    }
  return {};
}

// The Commissioner's findings against the authority.
const std::initializer_list<std::string_view> kAgainstTheAuthority = {"failed to comply",
                                                                      "failed to respond",
                                                                      "failed to provide",
                                                                      "failed to meet",
                                                                      "had failed to deal with",
                                                                      "has failed to deal with",
                                                                      "has breached",
                                                                      "breached section",
                                                                      "breached regulation",
                                                                      "had breached",
                                                                      "therefore breached",
                                                                      "thereby breaching",
                                                                      "procedural breach",
                                                                      "procedural breaches",
                                                                      "breached foisa",
                                                                      "breached the foia",
                                                                      "breached the eir",
                                                                      "was not entitled",
                                                                      "is not entitled",
                                                                      "were not entitled",
                                                                      "not entitled to",
                                                                      "cannot rely",
                                                                      "incorrectly applied",
                                                                      "incorrectly withheld",
                                                                      "wrongly withheld",
                                                                      "was not exempt",
                                                                      "should have disclosed",
                                                                      "to take the following steps",
                                                                      "requires the public authority to take",
                                                                      "are not engaged",
                                                                      "is not engaged",
                                                                      "was not engaged",
                                                                      "were not engaged",
                                                                      "none of the exemptions",
                                                                      "authority is required to provide",
                                                                      "authority is required to disclose",
                                                                      "authority is required to take",
                                                                      "authority is required to issue",
                                                                      "ordered release",
                                                                      "ordered the release",
                                                                      "ordered disclosure of"};

// A notice is upheld when the Commissioner finds against the authority (failed, ordered, required it to
// disclose), not upheld when the authority dealt with the request properly, partly upheld when it says both
// or says so. Scottish decisions print no status line, so their summary's findings are read the same way.
std::optional<OutcomeReading> summary_outcome(std::string_view summary) {
  std::string_view partly =
      scan::first_words(summary, {"partly upheld", "partially upheld", "partially failed", "partly failed",
                                  "partially complied", "did not agree fully", "not agree fully"});
  if (!partly.empty()) return OutcomeReading{"partly upheld", "'" + std::string(partly) + "'"};
  std::string_view failed = scan::first_words(summary, kAgainstTheAuthority);
  if (failed.empty()) failed = commissioner_orders(summary);
  std::string_view entitled = first_affirmed(
      summary, {"was entitled to", "is entitled to", "were entitled to", "entitled to withhold",
                "correctly applied", "correctly relied", "correctly withheld", "correctly refused",
                "has complied with", "in accordance with part 1", "does not require", "did not require",
                "requires no steps", "satisfied that", "was not obliged to", "were not obliged to"});
  if (!failed.empty() && !entitled.empty())
    return OutcomeReading{"partly upheld",
                          "'" + std::string(failed) + "' and '" + std::string(entitled) + "'"};
  if (!failed.empty()) return OutcomeReading{"upheld", "'" + std::string(failed) + "'"};
  if (!entitled.empty()) return OutcomeReading{"not upheld", "'" + std::string(entitled) + "'"};
  return std::nullopt;
}

}  // namespace

std::optional<OutcomeReading> notice_outcome(std::string_view text) {
  std::vector<ListedVerdict> listed = listed_verdicts(text);
  if (std::optional<std::string> v = combined_verdict(listed)) {
    // A digest's line may give the procedural verdicts alone ("EIR 5: Upheld EIR 11: Upheld") where its
    // summary finds the authority right on an exception: both, so partly.
    std::optional<OutcomeReading> summary =
        listed.front().labelled ? std::nullopt : summary_outcome(notice_summary(text));
    // ("requires no steps" may close a notice upheld on time alone).
    if (summary && summary->outcome != *v && *v != "partly upheld" &&
        summary->reason.find("require") == std::string::npos)
      return OutcomeReading{"partly upheld", "the digest's verdicts (" + *v + ") and its summary (" +
                                                 summary->outcome + ": " + summary->reason + ")"};
    return OutcomeReading{*v,
                          "the page's 'Decision(s)' list (" + std::to_string(listed.size()) + " verdicts)"};
  }
  if (auto r = summary_outcome(notice_summary(text))) return r;
  return summary_outcome(text.substr(0, std::min<size_t>(text.size(), 4000)));
}

}  // namespace foi
