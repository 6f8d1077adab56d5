// The date of a decision, read from its labels and its signature as a reader finds it.
//
// Decisions print several dates near each other: the hearing's, the notice under appeal's, the decision's,
// its promulgation's, a later correction's. A label decides which is which; the label must head a line or a
// column of a two-column heading, and its date is beside it or below it in the same column.
#include "foi/extract/decision_dates.h"

#include <algorithm>
#include <span>
#include <vector>

#include "foi/base/scan.h"
#include "foi/extract/court_judgments.h"

namespace foi {
using namespace scan;
namespace {

constexpr size_t npos = std::string_view::npos;

struct Label {
  std::string_view words;  // lower case; a space matches any run of white space
  std::string_view name;   // as the reason names it
};

// Labels of the date the decision was made, longest first.
constexpr Label kDecisionLabels[] = {{"date of decisions", "Date of Decisions"},
                                     {"date of decision", "Date of decision"},
                                     {"date decision given", "Date decision given"},
                                     {"decision given in writing on", "Decision given in writing on"},
                                     {"decision given orally on", "Decision given orally on"},
                                     {"decision given on", "Decision given on"},
                                     {"decision date", "Decision date"}};

// Labels of the date it was sent to the parties, longest first.
constexpr Label kPromulgationLabels[] = {{"date of promulgation", "Date of Promulgation"},
                                         {"decision promulgated", "Decision Promulgated"},
                                         {"date promulgated", "Date Promulgated"},
                                         {"promulgation date", "Promulgation date"},
                                         {"promulgated date", "Promulgated date"},
                                         {"promulgated on", "Promulgated on"},
                                         {"promulgated", "Promulgated"},
                                         {"promulgation", "Promulgation"}};

// Labels of a signature's date, longest first.
constexpr Label kSignatureLabels[] = {{"dated", "Dated"}, {"date", "Date"}};

size_t line_begin(std::string_view s, size_t i) {
  const size_t nl = i == 0 ? npos : s.rfind('\n', i - 1);
  return nl == npos ? 0 : nl + 1;
}

size_t line_end(std::string_view s, size_t i) {
  const size_t nl = s.find('\n', i);
  return nl == npos ? s.size() : nl;
}

// Past spaces and tabs (and the odd spaces PDFs leave) on one line.
size_t skip_line_space(std::string_view s, size_t i) {
  while (i < s.size() && s[i] != '\n') {
    const size_t n = space_at(s, i);
    if (n == 0) break;
    i += n;
  }
  return i;
}

// True when i heads a line or a column: nothing but white space before it on its line, or a gap of two or
// more spaces ("Judge Holmes      DATE: 21 April 2020").
bool starts_column(std::string_view s, size_t i) {
  const size_t b = line_begin(s, i);
  size_t k = skip_line_space(s, b);
  if (k >= i) return true;
  const size_t bullet = bullet_length(s.substr(k));
  if (bullet && space_at(s, k + bullet) && skip_line_space(s, k + bullet) >= i)
    return true;  // "- Date", "• Date"
  return i >= 2 && (s[i - 1] == '\t' || (space_at(s, i - 1) && space_at(s, i - 2)));
}

// End of `label` at i when it is written as a label there: a capital letter heading a line or column, whole
// words, not the tail of a compound ("Re-promulgated"). npos otherwise.
size_t match_label(std::string_view s, size_t i, std::string_view words) {
  if (!is_upper(s[i]) || !word_start(s, i) || (i > 0 && s[i - 1] == '-') || !starts_column(s, i)) return npos;
  return match_words(s, i, words);
}

// "6th day of May 2015" at i, as a signature writes it ("Dated this 6th day of May 2015").
std::optional<Date> read_day_of(std::string_view s, size_t i) {
  const size_t e = digits_end(s, i);
  if (e == i || e - i > 2) return std::nullopt;
  size_t k = letters_end(s, e);
  k = match_phrase(s, k, " day of ");
  if (k == npos) return std::nullopt;
  const std::string rebuilt = std::string(s.substr(i, e - i)) + " " + std::string(s.substr(k, 40));
  if (const auto d = read_date_at(rebuilt, 0)) return d->date;
  return std::nullopt;
}

// Past what may stand between a label and its date on the same line: colons, dashes, "on", "the", "this"
// ("Decision Promulgated on:", "Promulgated on the 6th May", "Dated this 6th day of May").
size_t skip_gap(std::string_view s, size_t i) {
  for (size_t before = npos; before != i;) {
    before = i;
    i = skip_line_space(s, i);
    while (i < s.size() && (s[i] == ':' || s[i] == '-' || s[i] == '.')) i = skip_line_space(s, i + 1);
    for (std::string_view w : {"on", "the", "this"}) {
      const size_t e = match_words(s, i, w);
      if (e != npos) i = e;
    }
  }
  return i;
}

std::optional<Date> date_at(std::string_view s, size_t i) {
  if (const auto d = read_date_at(s, i)) return d->date;
  return read_day_of(s, i);
}

// Where the column starting near `column` begins on the line [b, e): the first word there that a gap of two
// spaces (or the line's start) separates from the text to its left; e when the column is empty there. npos
// when the left column's text runs into it ("On 5 May 2008 and on the 10 March 2009" under "Decision
// Promulgated").
size_t column_start(std::string_view s, size_t b, size_t e, size_t column) {
  size_t i = b + std::min(e - b, column > 10 ? column - 10 : 0);
  i = skip_line_space(s, i);
  if (i >= e) return e;
  const bool gap = i == b || (i >= b + 2 && space_at(s, i - 1) && space_at(s, i - 2)) || s[i - 1] == '\t';
  return gap ? i : npos;
}

// The date a label at [start, end) introduces: beside it on its line, else below it in its column within
// four lines (a heading laid out in two columns puts "Heard at ... on 5 May" to the left of the
// promulgation date). Anything else after the label on its line means it labels no date here.
std::optional<Date> value_of_label(std::string_view s, size_t start, size_t end) {
  const size_t j = skip_gap(s, end);
  if (auto d = date_at(s, j)) return d;
  const size_t eol = line_end(s, end);
  if (j < eol) return std::nullopt;
  const size_t column = start - line_begin(s, start);
  for (size_t b = eol + 1, lines = 0; lines < 4 && b < s.size(); b = line_end(s, b) + 1, ++lines) {
    const size_t e = line_end(s, b);
    const size_t i = column_start(s, b, e, column);
    if (i == npos) return std::nullopt;
    if (i < e) return date_at(s, i);
  }
  return std::nullopt;
}

// A line that records a later change to the decision: its date is not the decision's.
bool is_correction(std::string_view line) {
  return contains_any_phrase(
      line, {"slip rule", "rule 40", "corrected", "correction", "re-issued", "reissued", "re-promulgated",
             "amended on", "amended pursuant", "amended under"});
}

std::string_view line_at(std::string_view s, size_t i) {
  const size_t b = line_begin(s, i);
  return s.substr(b, line_end(s, i) - b);
}

// Words of a signature block: the signatory's title, or "Signed". Parties sign consent orders too, so a
// tribunal's signatory is its judge, chairman or registrar; a notice's is the Commissioner or an officer.
bool is_signatory(std::string_view line, bool tribunal) {
  if (tribunal)
    return contains_any_phrase(line, {"judge", "chairman", "chair", "president", " qc", "q.c.", "registrar"});
  return contains_any_phrase(line, {"signed", "commissioner", "head of", "manager", "director", "officer"});
}

// The first date in [from, to) that one of `labels` introduces, with the label's name; `at` is set to where
// the label starts.
std::optional<DateReading> first_labelled(std::string_view s, std::span<const Label> labels, size_t from,
                                          size_t to, std::string_view kind, size_t* at = nullptr) {
  for (size_t i = from; i < to && i < s.size(); ++i) {
    if (!is_upper(s[i])) continue;
    for (const Label& l : labels) {
      const size_t e = match_label(s, i, l.words);
      if (e == npos) continue;
      if (is_correction(line_at(s, i))) break;
      if (auto d = value_of_label(s, i, e)) {
        if (at) *at = i;
        return DateReading{*d, "'" + std::string(l.name) + "' " + std::string(kind)};
      }
      break;
    }
  }
  return std::nullopt;
}

// Where the signature block may be: the last quarter of the text, and at least its last 3,000 bytes.
size_t tail_start(std::string_view s) {
  const size_t tail = std::max(s.size() / 4, size_t{3000});
  return tail >= s.size() ? 0 : line_begin(s, s.size() - tail);
}

// A signature line's date: the whole line ("22 November 2017", "8 April 2015."), its last column ("Ms A
// Smith        2 April 2007") or a "Date:"/"Dated" label heading it or a column.
std::optional<DateReading> line_date(std::string_view s, size_t b, std::string_view line) {
  if (const auto d = parse_date(trim(line, "*_()."))) return DateReading{*d, "the date under the signature"};
  const size_t gap = line.rfind("  ");
  if (gap != npos)
    if (const auto d = parse_date(trim(line.substr(gap), "*_().")))
      return DateReading{*d, "the date beside the signature"};
  for (size_t k = b; k < b + line.size(); ++k) {
    if (!is_upper(s[k])) continue;
    for (const Label& l : kSignatureLabels) {
      const size_t e = match_label(s, k, l.words);
      if (e == npos) continue;
      if (const auto d = value_of_label(s, k, e))
        return DateReading{*d, "the signature's '" + std::string(l.name) + "'"};
      break;
    }
  }
  return std::nullopt;
}

// A date on a line of its own or labelled "Date:"/"Dated", and how near a signatory's line stands.
struct LineDate {
  DateReading reading;
  size_t offset = 0;
  int line = 0;            // counting non-blank lines
  bool signed_by = false;  // a signatory's line within four lines above or two below (or this one)
};

// Where a line mentions promulgation ("Promulgated", "promulgation"), or npos.
size_t promulgation_at(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i)
    if (match_phrase(line, i, "promulgat") != npos) return i;
  return npos;
}

// Every line date that is not a promulgation's (left to its own rule) nor on or just after a correction note.
std::vector<LineDate> line_dates(std::string_view s, bool tribunal) {
  std::vector<LineDate> dates;
  std::vector<int> signatories;
  int n = 0, correction = -100;
  bool in_correction = false;  // from a correction note to the next blank line: the note and its signature
  for (size_t b = 0; b < s.size(); b = line_end(s, b) + 1) {
    const std::string_view line = line_at(s, b);
    if (trim(line, "").empty()) {
      in_correction = false;
      continue;
    }
    ++n;
    if (is_signatory(line, tribunal)) signatories.push_back(n);
    if (line.size() < 120 && is_correction(line)) {
      correction = n;
      in_correction = true;
    }
    if (in_correction || n - correction <= 2) continue;
    // A promulgation's date is left to its own rule, but a date before it on its line is the signature's
    // ("Date: 3 June 2020 – Promulgated: 5 June 2020").
    const size_t p = promulgation_at(line);
    const std::string_view own = line.substr(0, p);
    if (std::optional<DateReading> d = p == npos ? line_date(s, b, line) : line_date(own, 0, own))
      dates.push_back({*d, b, n, false});
  }
  for (LineDate& d : dates)
    for (int at : signatories)
      if (at >= d.line - 4 && at <= d.line + 2) d.signed_by = true;
  return dates;
}

// The last signed line date in the tail (the last quarter): the judge's signature closing the decision.
const LineDate* last_signed_in_tail(std::string_view s, const std::vector<LineDate>& dates) {
  const size_t tail = tail_start(s);
  const LineDate* last_signed = nullptr;
  for (const LineDate& d : dates)
    if (d.offset >= tail && d.signed_by) last_signed = &d;
  return last_signed;
}

// The date beside the signature: the last signed line date in the tail (the last quarter), else the first
// signed one anywhere (a consent order signed above the parties' annexes), else the tail's last line date in
// the text's second half.
std::optional<DateReading> signature_date(std::string_view s, bool tribunal) {
  const std::vector<LineDate> dates = line_dates(s, tribunal);
  const size_t tail = tail_start(s);
  const LineDate* last_signed = last_signed_in_tail(s, dates);
  const LineDate *first_signed = nullptr, *last = nullptr;
  for (const LineDate& d : dates) {
    if (d.signed_by && !first_signed) first_signed = &d;
    if (d.offset >= tail && d.offset >= s.size() / 2)
      last = &d;  // unsigned, only in the second half: not the heading's notice date
  }
  const LineDate* pick = last_signed ? last_signed : first_signed ? first_signed : last;
  if (!pick) return std::nullopt;
  DateReading r = pick->reading;
  r.reason += pick == last_signed    ? " at the end"
              : pick == first_signed ? " of the first signature"
                                     : " at the end, unsigned";
  return r;
}

// A signed date on the lines just above `at` (at most two non-blank lines between, besides a correction
// note signed and dated on its own): the judge dates the
// decision under the signature and the office stamps its promulgation below ("Judge A Person / Date: 3 June /
// Date Promulgated: 5 June"); the signature's date is when it was decided.
// The signatory may stand below both ("DATE: 17 May / PROMULGATION DATE: 27 May / Chamber President").
std::optional<DateReading> signed_just_before(std::string_view s, size_t at) {
  const std::vector<LineDate> dates = line_dates(s, true);
  const auto after =
      std::find_if(dates.begin(), dates.end(), [&](const LineDate& d) { return d.offset >= at; });
  if (after == dates.begin() || !std::prev(after)->signed_by) return std::nullopt;
  const LineDate& before = *std::prev(after);
  const std::string_view between = s.substr(line_end(s, before.offset), at - line_end(s, before.offset));
  int lines = 0;
  bool in_correction = false;  // a correction note between them, and its own signature, do not count
  for (size_t b = 0; b < between.size(); b = line_end(between, b) + 1) {
    const std::string_view line = line_at(between, b);
    if (trim(line, "").empty())
      in_correction = false;
    else if (line.size() < 120 && is_correction(line))
      in_correction = true;
    else if (!in_correction)
      ++lines;
  }
  if (lines > 2) return std::nullopt;
  DateReading r = before.reading;
  r.reason += " above the promulgation date";
  return r;
}

// True when the line at b opens a tribunal decision's heading: "IN THE MATTER OF AN APPEAL TO THE FIRST-TIER
// TRIBUNAL", "IN THE FIRST TIER TRIBUNAL".
bool opens_heading(std::string_view s, size_t b) {
  const size_t i = skip_line_space(s, b);
  if (i >= s.size() || !is_upper(s[i])) return false;
  for (std::string_view w :
       {"in the matter of an appeal", "in the first-tier tribunal", "in the first tier tribunal"})
    if (match_words(s, i, w) != npos) return true;
  return false;
}

// Where each decision bound into one file begins: the first at 0, each later one (a ruling on permission to
// appeal, a strike-out after an earlier ruling) at a tribunal's heading opening a line within six short lines
// after a signed date, the signature that closes the one before. A heading repeated at the top of every page
// follows the body's last line, not a signature.
std::vector<size_t> bound_decision_starts(std::string_view s) {
  std::vector<size_t> starts = {0};
  for (const LineDate& d : line_dates(s, true)) {
    if (!d.signed_by || d.offset < starts.back()) continue;
    int lines = 0;
    for (size_t b = line_end(s, d.offset) + 1; b < s.size() && lines < 6; b = line_end(s, b) + 1) {
      const std::string_view line = trim(line_at(s, b), "");
      if (line.empty()) continue;
      if (opens_heading(s, b)) {
        starts.push_back(b);
        break;
      }
      if (line.size() > 60) break;
      ++lines;
    }
  }
  return starts;
}

// A decision's heading: its text before the first numbered paragraph ("1. On 26 October ..."), at most 2,000
// bytes.
std::string_view heading_of(std::string_view decision) {
  decision = decision.substr(0, 2000);
  for (size_t b = 0; b < decision.size(); b = line_end(decision, b) + 1) {
    const size_t i = skip_line_space(decision, b);
    if (match_phrase(decision, i, "1. ") != npos) return decision.substr(0, b);
  }
  return decision;
}

// True for a ruling on an application for permission to appeal (or to set the decision aside and appeal), as
// its heading says: made after the decision, about it, it does not decide the appeal.
bool is_permission_ruling(std::string_view decision) {
  return contains_phrase(heading_of(decision), "permission to appeal");
}

// One decision's date: its decision label, the judge's signed date above its promulgation label, that label,
// or its signature's date; a later date it was issued again, corrected, wins.
std::optional<DateReading> made_date(std::string_view text) {
  if (auto d = first_labelled(text, kDecisionLabels, 0, text.size(), "label")) return d;
  size_t at = 0;
  if (auto d = first_labelled(text, kPromulgationLabels, 0, text.size(), "label", &at)) {
    if (auto signed_date = signed_just_before(text, line_begin(text, at))) return signed_date;
    return d;
  }
  return signature_date(text, true);
}

std::optional<DateReading> one_decision_date(std::string_view text) {
  return later_reissue(text, made_date(text));
}

// A law report's title gives the judgment's date after its neutral citation, as BAILII heads its copies:
// "Boswell v The Information Commissioner & Anor [2025] UKUT 99 (AAC) (21 March 2025)".
std::optional<DateReading> reported_date(std::string_view text) {
  const std::string_view head = text.substr(0, std::min<size_t>(text.size(), 1000));
  for (size_t i = head.find("] UK"); i != npos; i = head.find("] UK", i + 1)) {
    const size_t close = head.find(')', i);  // the end of the citation's "(AAC)"
    if (close == npos || close - i > 24) continue;
    const size_t open = skip_line_space(head, close + 1);
    if (open < head.size() && head[open] == '(')
      if (const auto d = date_at(head, open + 1))
        return DateReading{*d, "the date after the neutral citation in the report's title"};
  }
  return std::nullopt;
}

}  // namespace

std::optional<DateReading> tribunal_decision_date(std::string_view text) {
  if (auto reported = reported_date(text)) return reported;
  if (auto judgment = court_judgment_date(text))
    return DateReading{*judgment, "the date of the judgment's title"};
  const std::vector<size_t> starts = bound_decision_starts(text);
  if (starts.size() == 1) return one_decision_date(text);
  // Several rulings on one appeal bound in one file: the latest that decides it, not a later ruling on
  // permission to appeal against it.
  std::optional<DateReading> latest;
  for (size_t k = 0; k < starts.size(); ++k) {
    const size_t end = k + 1 < starts.size() ? starts[k + 1] : text.size();
    const std::string_view decision = text.substr(starts[k], end - starts[k]);
    if (k > 0 && is_permission_ruling(decision)) continue;
    const std::optional<DateReading> d = one_decision_date(decision);
    if (d && (!latest || d->date.sortable() > latest->date.sortable())) latest = d;
  }
  if (latest) latest->reason += " (the latest of the rulings bound in the file that decides the appeal)";
  return latest;
}

// "Decision Notice Date: 2 March 2010 Public Authority: ...": a heading whose lines a copy has run together
// still labels its date with "Date:", a colon making it a label wherever it stands.
std::optional<DateReading> inline_date_label(std::string_view text, size_t to) {
  for (size_t i = text.find("Date:"); i != npos && i < to; i = text.find("Date:", i + 1)) {
    if (!word_start(text, i)) continue;
    if (const auto d = date_at(text, skip_line_space(text, i + 5)))
      return DateReading{*d, "'Date:' in the heading"};
  }
  return std::nullopt;
}

std::optional<DateReading> notice_decision_date(std::string_view text) {
  if (auto d = first_labelled(text, kDecisionLabels, 0, text.size(), "label")) return d;
  if (auto d = first_labelled(text, kSignatureLabels, 0, 3000, "line in the heading")) return d;
  if (auto d = inline_date_label(text, 3000)) return d;
  // The ICO's list of notices opens each summary with its date and sector: "7 July 2014, Local government"
  // (not a browser's print header, "21/11/2023, 09:14").
  if (const auto d = read_date_at(text, skip_line_space(text, 0)))
    if (d->end + 2 < text.size() && text[d->end] == ',' && is_upper(text[skip_line_space(text, d->end + 1)]))
      return DateReading{d->date, "the date and sector that open the notice's summary"};
  return signature_date(text, false);
}

}  // namespace foi
