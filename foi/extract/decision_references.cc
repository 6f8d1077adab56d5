// Decision references, read where a reader looks for them: a labelled number anywhere, an unlabelled one only
// in the heading and only where it stands apart from the prose. Scanned left to right with bounded work at
// each word start.
#include "foi/extract/decision_references.h"

#include <algorithm>
#include <string>

#include "foi/base/scan.h"
#include "foi/extract/appeal_numbers.h"

namespace foi {
using namespace scan;
namespace {

constexpr size_t npos = std::string_view::npos;
// How far the heading reaches: the appeal or notice number sits above the first paragraphs.
constexpr size_t kHeadingBytes = 3000;

// ---- Blanks, lines and labels

// Byte length of the blank ending at i, or 0.
size_t blank_before(std::string_view s, size_t i) {
  for (size_t n = 1; n <= 3; ++n)
    if (i >= n && blank_at(s, i - n) == n) return n;
  return 0;
}

// True when only blanks and Markdown marks ("#", "*") stand between the start of its line and i.
bool opens_line(std::string_view s, size_t i) {
  while (i > 0) {
    size_t n = blank_before(s, i);
    if (n == 0 && (s[i - 1] == '#' || s[i - 1] == '*')) n = 1;
    if (n == 0) break;
    i -= n;
  }
  return i == 0 || s[i - 1] == '\n';
}

constexpr std::string_view kLabelWords[] = {"no",        "nos",        "number", "numbers",
                                            "reference", "references", "ref",    "refs"};

// The label ending just before i, past its colon or stop, with the word before it on the line: "Appeal No",
// "Case No.s", "Appeal References", "Tribunal Reference", "Notice Ref". Empty when the word there is no
// label.
std::string_view label_before(std::string_view s, size_t i) {
  for (size_t n; i > 0; i -= n) {
    n = blank_before(s, i);
    if (n == 0 && (s[i - 1] == ':' || s[i - 1] == '.')) n = 1;
    if (n == 0) break;
  }
  const size_t end = i;
  size_t start = letters_start(s, i);
  const std::string_view word = s.substr(start, end - start);
  if (iequals(word, "s") && start >= 3 && s[start - 1] == '.' && iequals(s.substr(start - 3, 2), "no")) {
    start -= 3;  // "Case No.s"
  } else if (std::none_of(std::begin(kLabelWords), std::end(kLabelWords),
                          [&](std::string_view w) { return iequals(word, w); })) {
    return {};
  }
  if (start >= 2 && s[start - 1] == ' ' && is_alpha(s[start - 2])) start = letters_start(s, start - 1);
  return s.substr(start, end - start);
}

enum class Place { kCited, kLabelled, kLine, kColumn };

struct Placement {
  Place place = Place::kCited;
  std::string_view label;  // when labelled
};

// True when three or more blanks stand just before i: the right-hand column of a heading.
bool after_wide_gap(std::string_view s, size_t i) {
  size_t blanks = 0;
  for (size_t n; (n = blank_before(s, i)) != 0; i -= n) ++blanks;
  return blanks >= 3;
}

// Where a number starting at i stands: after a label, opening its line, after a wide gap (the right-hand
// column of a heading, "IN THE FIRST-TIER TRIBUNAL      EA/2017/0014"), or in running text.
Placement placement(std::string_view s, size_t i) {
  if (opens_line(s, i)) return {Place::kLine, {}};
  if (const std::string_view label = label_before(s, i); !label.empty()) return {Place::kLabelled, label};
  return {after_wide_gap(s, i) ? Place::kColumn : Place::kCited, {}};
}

// A number a reader takes as the document's own: labelled anywhere, or standing apart within the heading.
bool own_number(const Placement& at, size_t i) {
  return at.place == Place::kLabelled || (at.place != Place::kCited && i < kHeadingBytes);
}

std::string appeal_reason(const Placement& at) {
  switch (at.place) {
    case Place::kLabelled:
      return "the appeal number after '" + std::string(at.label) + "'";
    case Place::kLine:
      return "an appeal number opening a line of the heading";
    default:
      return "an appeal number set apart in the heading";
  }
}

// ---- Decision notice numbers

// "Decision 123/2023" or "Decision Notice 083/2024" at i: the Scottish Commissioner's number, written as
// "Decision 123/2023"; empty if none.
std::string scottish_decision_at(std::string_view s, size_t i) {
  size_t k = match_words(s, i, "decision");
  if (k == npos) return {};
  k = skip_blanks_on_line(s, k);
  if (const size_t n = match_words(s, k, "notice"); n != npos) k = skip_blanks_on_line(s, n);
  const size_t number_end = match_digits(s, k, 1, 4);
  if (number_end == npos || number_end >= s.size() || s[number_end] != '/') return {};
  const size_t year_end = match_digits(s, number_end + 1, 4, 4);
  if (year_end == npos || !is_year(s.substr(number_end + 1, 4))) return {};
  return "Decision " + std::string(s.substr(k, year_end - k));
}

// An ICO case reference at i, without inner spaces: "FS50123456" (also "FS 50123456"), "FER0123456",
// "IC-123456-A1B2"; empty if none.
std::string ico_reference_at(std::string_view s, size_t i) {
  const size_t e = letters_end(s, i);
  const std::string_view w = s.substr(i, e - i);
  if (w == "FS" || w == "FER") {
    const size_t d = (e < s.size() && s[e] == ' ') ? e + 1 : e;
    const size_t wanted = w == "FS" ? 8 : 7;
    const size_t end = match_digits(s, d, wanted, wanted);
    if (end == npos || alnum_at(s, end)) return {};
    return std::string(w) + std::string(s.substr(d, end - d));
  }
  if (w != "IC" || e >= s.size() || s[e] != '-') return {};
  const size_t end = match_digits(s, e + 1, 5, 7);
  if (end == npos || end >= s.size() || s[end] != '-') return {};
  size_t tail = end + 1;
  while (tail - end - 1 < 5 && alnum_at(s, tail)) ++tail;
  if (tail - end - 1 != 4) return {};
  return std::string(s.substr(i, tail - i));
}

// How far into a tribunal decision the notice appealed is named: its heading and opening paragraphs ("This
// appeal is against the Decision Notice FS50...").
constexpr size_t kAppealedNoticeBytes = 8000;
// How far before a reference "appeal" makes it the notice appealed ("ON APPEAL FROM: The Information
// Commissioner's Decision Notice No: FS50523494"), and how close a reference must follow an appealed one to
// join its list ("Decision Notices Nos FS50493467 dated 10 December 2013 and FS50493468").
constexpr size_t kAppealWordBytes = 200;
constexpr size_t kListGapBytes = 60;

bool appeal_before(std::string_view s, size_t i) {
  for (size_t k = i > kAppealWordBytes ? i - kAppealWordBytes : 0; k + 6 <= i; ++k)
    if (iequals(s.substr(k, 6), "appeal")) return true;
  return false;
}

// The ICO references a tribunal decision names as the notices appealed, within its opening: the first one,
// one after the word "appeal", and one listed just after another taken. A notice cited later in the
// reasoning ("see Decision Notice FS50465448") is not taken.
std::vector<std::string> appealed_notices(std::string_view text) {
  std::vector<std::string> out;
  size_t last_end = npos;
  const size_t stop = std::min(text.size(), kAppealedNoticeBytes);
  for (size_t i = 0; i < stop; ++i) {
    if (!is_upper(text[i]) || !word_start(text, i)) continue;
    std::string v = ico_reference_at(text, i);
    if (v.empty()) continue;
    const bool listed = last_end != npos && i - last_end <= kListGapBytes;
    if (!out.empty() && !listed && !appeal_before(text, i)) continue;
    last_end = i + v.size() + (text.substr(i, v.size()) == v ? 0 : 1);  // "FS 50123456" has its space
    if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(std::move(v));
  }
  return out;
}

}  // namespace

std::vector<CitedReference> cited_references(std::string_view text, std::string_view doc_type,
                                             const std::optional<std::string>& own) {
  std::vector<CitedReference> out;
  if (doc_type == "tribunal_decision") {
    for (std::string& v : appealed_notices(text)) out.push_back({std::move(v), std::string(kAppealAgainst)});
  } else if (doc_type == "decision_notice") {
    for (std::string& v : letter_references(text))
      if (v != own && !is_ico_notice_reference(v)) out.push_back({std::move(v), std::string(kDecisionOn)});
  } else if (doc_type == "internal_review") {
    for (std::string& v : letter_references(text)) out.push_back({std::move(v), std::string(kReviewOf)});
  }
  return out;
}

std::optional<ReferenceReading> appeal_reference(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (!is_upper(text[i]) || !word_start(text, i)) continue;
    std::optional<AppealNumber> number = appeal_number_at(text, i);
    if (!number) continue;
    const Placement at = placement(text, i);
    if (!own_number(at, i)) continue;
    std::string reason = appeal_reason(at);
    if (joined_after(text, number->end)) reason += ", the first of joined appeals";
    return ReferenceReading{std::move(number->value), std::move(reason)};
  }
  return std::nullopt;
}

namespace {

// True when a number at i after the lead heads a part of the decision as its own: after a form's label, with
// its colon or stop, opening a line or the heading's right-hand column ("Case No. EA/2012/0228", "Appeal
// No: EA/2013/0148"), and with the lead's prefix. A label in a sentence ("appeal references EA/2011/0302", "a
// separate appeal (appeal ref: EA/2017/0256") or another court's number ("case No. GIA/4483/2014") names
// another case.
bool heads_a_part(std::string_view text, size_t i, const Placement& at, const std::string& value,
                  const std::string& lead) {
  if (at.place != Place::kLabelled) return false;
  const size_t label = static_cast<size_t>(at.label.data() - text.data());
  const std::string_view after = text.substr(label + at.label.size(), i - label - at.label.size());
  if (after.find_first_of(":.") == std::string_view::npos) return false;
  if (!opens_line(text, label) && !(label < kHeadingBytes && after_wide_gap(text, label))) return false;
  return value.substr(0, value.find('/') + 1) == lead.substr(0, lead.find('/') + 1);
}

}  // namespace

std::vector<std::string> joined_appeals(std::string_view text) {
  std::optional<std::string> lead;  // the first number standing as the decision's own
  std::vector<std::string> found;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!is_upper(text[i]) || !word_start(text, i)) continue;
    std::optional<AppealNumber> number = appeal_number_at(text, i);
    if (!number) continue;
    const Placement at = placement(text, i);
    if (!own_number(at, i) || (lead && !heads_a_part(text, i, at, number->value, *lead))) continue;
    if (lead)
      found.push_back(number->value);
    else
      lead = number->value;
    read_joined(text, number->end, number->value, found);
    i = number->end - 1;
  }
  std::vector<std::string> out;
  for (std::string& v : found)
    if (v != *lead && std::find(out.begin(), out.end(), v) == out.end()) out.push_back(std::move(v));
  return out;
}

std::optional<ReferenceReading> notice_reference(std::string_view text) {
  const std::string_view heading = text.substr(0, std::min(text.size(), kHeadingBytes));
  for (size_t i = 0; i < heading.size(); ++i) {
    if (heading[i] != 'D' || !opens_line(heading, i)) continue;
    if (std::string v = scottish_decision_at(heading, i); !v.empty())
      return ReferenceReading{std::move(v), "the Scottish Commissioner's decision number opening a line"};
  }
  for (size_t i = 0; i < text.size(); ++i) {
    if (!is_upper(text[i]) || !word_start(text, i)) continue;
    std::string v = ico_reference_at(text, i);
    if (v.empty()) continue;
    const std::string_view label = label_before(text, i);
    if (label.empty() && i >= kHeadingBytes) continue;
    return ReferenceReading{std::move(v),
                            label.empty() ? "the first ICO case reference in the heading"
                                          : "the ICO's case reference after '" + std::string(label) + "'"};
  }
  return std::nullopt;
}

bool is_ico_notice_reference(std::string_view value) {
  std::string compact;
  for (char c : value)
    if (c != ' ') compact += c;
  return !compact.empty() && ico_reference_at(compact, 0) == compact;
}

std::optional<NamedDecision> named_decision_at(std::string_view text, size_t i) {
  if (i >= text.size() || !word_start(text, i)) return std::nullopt;
  if (std::optional<AppealNumber> n = appeal_number_at(text, i))
    return NamedDecision{std::move(n->value), n->end, own_number(placement(text, i), i)};
  if (std::string v = ico_reference_at(text, i); !v.empty()) {
    const size_t end = i + v.size() + (text.substr(i, v.size()) == v ? 0 : 1);  // "FS 50123456"
    return NamedDecision{std::move(v), end, false};
  }
  if (std::string v = scottish_decision_at(text, i); !v.empty()) {
    const size_t end = text.find(std::string_view(v).substr(9), i) + v.size() - 9;  // past "Decision "
    return NamedDecision{std::move(v), end, false};
  }
  return std::nullopt;
}

}  // namespace foi
