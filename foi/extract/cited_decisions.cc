// The decisions a document names beside its own case's steps, scanned left to right with bounded work at each
// word start or "[".
#include "foi/extract/cited_decisions.h"

#include <algorithm>

#include "foi/base/scan.h"
#include "foi/extract/decision_references.h"

namespace foi {
using namespace scan;
namespace {

constexpr size_t npos = std::string_view::npos;

// Tribunal appeal numbers (decision_references.h appeal_number_at reads any two to four capitals): the
// First-tier Tribunal's information rights appeals and the Upper Tribunal's. Not a statutory instrument's
// "SI 2004/3391".
bool tribunal_prefix(std::string_view value) {
  for (std::string_view p : {"EA/", "GIA/", "GI/"})
    if (value.substr(0, p.size()) == p) return true;
  return false;
}

// True when only blanks and the words or marks joining a list ("&", ",", "and") stand in [from, to): a
// number listed with the one ending at `from` ("EA/2017/0111 & EA/2017/0113").
bool joined(std::string_view s, size_t from, size_t to) {
  if (from == npos || to < from || to - from > 12) return false;
  for (size_t i = from; i < to; ++i) {
    if (s[i] == ' ' || s[i] == '&' || s[i] == ',') continue;
    if (const size_t e = match_words(s, i, "and"); e != npos && e <= to) {
      i = e - 1;
      continue;
    }
    return false;
  }
  return true;
}

bool is_decision(std::string_view doc_type) {
  return doc_type == "tribunal_decision" || doc_type == "decision_notice";
}

bool is_letter(std::string_view doc_type) {
  return doc_type == "response" || doc_type == "internal_review" || doc_type == "thread" ||
         doc_type == "request" || doc_type == "other";
}

}  // namespace

std::string neutral_citation_at(std::string_view s, size_t i) {
  if (i >= s.size() || s[i] != '[') return {};
  const size_t year_end = match_digits(s, i + 1, 4, 4);
  if (year_end == npos || year_end >= s.size() || s[year_end] != ']') return {};
  size_t k = skip_blanks(s, year_end + 1);
  std::string_view court;
  for (std::string_view c : {"UKUT", "UKFTT"})
    if (s.substr(k, c.size()) == c) court = c;
  if (court.empty()) return {};
  k = skip_blanks(s, k + court.size());
  const size_t number_end = match_digits(s, k, 1, 5);
  if (number_end == npos || !word_end(s, number_end)) return {};
  std::string_view number = s.substr(k, number_end - k);
  while (number.size() > 1 && number.front() == '0') number.remove_prefix(1);
  k = skip_blanks(s, number_end);
  const size_t close = s.substr(k, 8).find(')');
  if (k >= s.size() || s[k] != '(' || close == npos) return {};
  const std::string_view chamber = s.substr(k + 1, close - 1);
  if (chamber.empty() || !std::all_of(chamber.begin(), chamber.end(), [](char c) { return is_upper(c); }))
    return {};
  return std::string(s.substr(i, year_end + 1 - i)) + " " + std::string(court) + " " + std::string(number) +
         " (" + std::string(chamber) + ")";
}

std::vector<CitedReference> cited_decisions(std::string_view text, std::string_view doc_type,
                                            const std::optional<std::string>& own,
                                            const std::vector<std::string>& joined_refs,
                                            const std::vector<CitedReference>& steps) {
  std::vector<CitedReference> out;
  const bool decision = is_decision(doc_type);
  if (!decision && !is_letter(doc_type)) return out;
  const std::string relation(decision ? kCites : kNames);
  auto add = [&](std::string v) {
    if (v.empty() || (own && iequals(v, *own))) return;
    if (std::find(joined_refs.begin(), joined_refs.end(), v) != joined_refs.end()) return;
    for (const CitedReference& c : steps)
      if (iequals(c.reference, v)) return;
    for (const CitedReference& c : out)
      if (c.reference == v) return;
    out.push_back({std::move(v), relation});
  };
  size_t own_end = npos;  // just past the last number standing as the document's own
  for (size_t i = 0; i < text.size(); ++i) {
    if (decision && text[i] == '[') {
      add(neutral_citation_at(text, i));
      continue;
    }
    if (!is_upper(text[i]) || !word_start(text, i)) continue;
    std::optional<NamedDecision> n = named_decision_at(text, i);
    if (!n) continue;
    const bool appeal = n->value.find('/') != npos && n->value.substr(0, 9) != "Decision ";
    if (appeal && !tribunal_prefix(n->value)) continue;
    if (appeal && doc_type == "tribunal_decision" &&
        (n->own_placed || (own && n->value == *own) || joined(text, own_end, i))) {
      own_end = n->end;
      continue;
    }
    add(std::move(n->value));
    i = n->end - 1;
  }
  return out;
}

}  // namespace foi
