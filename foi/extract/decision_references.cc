// Decision references, read where a reader looks for them: a labelled number anywhere, an unlabelled one only
// in the heading and only where it stands apart from the prose. Scanned left to right with bounded work at
// each word start.
#include "foi/extract/decision_references.h"

#include <algorithm>
#include <string>

#include "foi/base/scan.h"

namespace foi {
using namespace scan;
namespace {

constexpr size_t npos = std::string_view::npos;
// How far the heading reaches: the appeal or notice number sits above the first paragraphs.
constexpr size_t kHeadingBytes = 3000;

// ---- Blanks, lines and labels

// True for a blank that does not end a line: a space, a tab or an odd PDF space (scan::space_at).
size_t blank_at(std::string_view s, size_t i) {
  const size_t n = space_at(s, i);
  return (n == 1 && s[i] != ' ' && s[i] != '\t') ? 0 : n;
}

// Byte length of the blank ending at i, or 0.
size_t blank_before(std::string_view s, size_t i) {
  for (size_t n = 1; n <= 3; ++n)
    if (i >= n && blank_at(s, i - n) == n) return n;
  return 0;
}

size_t skip_blanks_on_line(std::string_view s, size_t i) {
  for (size_t n; (n = blank_at(s, i)) != 0;) i += n;
  return i;
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

bool all_upper(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return is_upper(c); });
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

// Where a number starting at i stands: after a label, opening its line, after a wide gap (the right-hand
// column of a heading, "IN THE FIRST-TIER TRIBUNAL      EA/2017/0014"), or in running text.
Placement placement(std::string_view s, size_t i) {
  if (opens_line(s, i)) return {Place::kLine, {}};
  if (const std::string_view label = label_before(s, i); !label.empty()) return {Place::kLabelled, label};
  size_t blanks = 0;
  for (size_t n; (n = blank_before(s, i)) != 0; i -= n) ++blanks;
  return {blanks >= 3 ? Place::kColumn : Place::kCited, {}};
}

// A number a reader takes as the document's own: labelled anywhere, or standing apart within the heading.
bool own_number(const Placement& at, size_t i) {
  return at.place == Place::kLabelled || (at.place != Place::kCited && i < kHeadingBytes);
}

// ---- Appeal numbers

bool is_year(std::string_view digits) {
  return digits.size() == 4 && to_int(digits) >= 1990 && to_int(digits) <= 2099;
}

bool is_mark(char c) { return c == '/' || c == '.' || c == '-'; }

// Past the marks and stray blanks joining two parts of an appeal number on one line ("/", "//", ".", "/ ",
// "-"), at most four of them; npos when a mark is needed and there is none.
size_t skip_joint(std::string_view s, size_t i, bool need_mark) {
  bool mark = false;
  for (int k = 0; k < 4; ++k) {
    if (i < s.size() && is_mark(s[i])) {
      mark = true;
      ++i;
    } else if (const size_t n = blank_at(s, i)) {
      i += n;
    } else {
      break;
    }
  }
  return (need_mark && !mark) ? npos : i;
}

// The end of a run of one to five digits at i, or npos.
size_t short_digits_end(std::string_view s, size_t i) { return match_digits(s, i, 1, 5); }

struct AppealNumber {
  std::string value;  // canonical: "EA/2017/0063"
  size_t end = 0;     // just past its last digit
};

// An appeal number starting at i: two to four capitals, then two runs of digits, one of them a year
// ("EA/2017/0063", "GIA/1694/2010"). The second run is written with at least four digits, and no more unless
// they are needed ("EA/2013/52" and "EA/2016/00148" as "EA/2013/0052" and "EA/2016/0148").
std::optional<AppealNumber> appeal_number_at(std::string_view s, size_t i) {
  const size_t prefix_end = letters_end(s, i);
  const std::string_view prefix = s.substr(i, prefix_end - i);
  if (prefix.size() < 2 || prefix.size() > 4 || !all_upper(prefix)) return std::nullopt;
  const size_t a = skip_joint(s, prefix_end, false);
  const size_t a_end = short_digits_end(s, a);
  if (a_end == npos) return std::nullopt;
  const size_t b = skip_joint(s, a_end, true);
  const size_t b_end = b == npos ? npos : short_digits_end(s, b);
  if (b_end == npos) return std::nullopt;
  const std::string_view first = s.substr(a, a_end - a);
  std::string_view second = s.substr(b, b_end - b);
  if (!is_year(first) && !is_year(second)) return std::nullopt;
  while (second.size() > 4 && second.front() == '0') second.remove_prefix(1);
  std::string value = std::string(prefix) + "/" + std::string(first) + "/";
  value.append(4 - std::min<size_t>(4, second.size()), '0').append(second);
  return AppealNumber{std::move(value), b_end};
}

// True when more appeals are joined to the number ending at i: a range ("-6", "-0051") or a list ("& 0113",
// ", 0074 and 0075", " and EA/2009/0102").
bool joined_after(std::string_view s, size_t i) {
  i = skip_blanks_on_line(s, i);
  if (i < s.size() && s[i] == '-') return digit_at(s, i + 1);
  size_t j = npos;
  if (i < s.size() && (s[i] == '&' || s[i] == ',')) j = i + 1;
  if (const size_t e = match_words(s, i, "and"); e != npos) j = e;
  if (j == npos) return false;
  j = skip_blanks_on_line(s, j);
  return digit_at(s, j) || (j < s.size() && is_upper(s[j]));
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
