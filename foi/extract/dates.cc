// Dates as UK FOI documents write them, and which of them is the date of the authority's response.
//
// Everything is hand-written scanning: a 40 KB thread export is read once, left to right, with a bounded
// amount of work at each word start, so no input can make it slow.
#include "foi/extract/dates.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <span>

#include "foi/base/scan.h"

namespace foi {
using namespace scan;
namespace {

constexpr size_t npos = std::string_view::npos;

// The separator between two parts of a date: white space and at most one comma. A hard wrap may fall inside a
// date ("Date 22\nJanuary\n2021") but a blank line ends it. npos when nothing separates the parts. Like the
// readers below, it passes npos (an earlier part failed) straight through.
size_t skip_separator(std::string_view s, size_t i) {
  if (i == npos) return npos;
  size_t j = skip_space(s, i, 1);
  if (j != npos && j < s.size() && s[j] == ',') j = skip_space(s, j + 1, 1);
  return (j == npos || j == i) ? npos : j;
}

constexpr std::array<std::string_view, 12> kMonths = {"january",   "february", "march",    "april",
                                                      "may",       "june",     "july",     "august",
                                                      "september", "october",  "november", "december"};

// 1..12 for a month name, its three-letter abbreviation or "Sept"; 0 otherwise.
int month_number(std::string_view word) {
  if (iequals(word, "sept")) return 9;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (iequals(word, kMonths[m]) || (word.size() == 3 && iequals(word, kMonths[m].substr(0, 3)))) {
      return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

bool is_weekday(std::string_view word) {
  static constexpr std::string_view kDays[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
      "tues",   "wed",     "weds",      "thu",      "thur",   "thurs",    "fri",    "sat", "sun"};
  for (auto d : kDays) {
    if (iequals(word, d)) return true;
  }
  return false;
}

std::optional<Date> make_date(int year, int month, int day) {
  if (year < 1990 || year > 2099 || month < 1 || month > 12 || day < 1) return std::nullopt;
  if (day > days_in_month(year, month)) return std::nullopt;
  return Date{year, month, day};
}

// Two-digit years: 00-69 are this century, 70-99 the last (and then fail the 1990 floor below 1990).
int full_year(std::string_view digits) {
  const int y = to_int(digits);
  if (digits.size() == 4) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

struct Parsed {
  Date date;
  size_t end = 0;  // just past the last character of the date
};

// "25/01/21", "25/1/2021", "25.01.2021", "25-01-2021", "2021-01-22". Dotted and dashed forms need two-digit
// parts or a four-digit year, so that paragraph numbers such as "5.1.10" are not dates.
std::optional<Parsed> read_numeric(std::string_view s, size_t i) {
  const size_t a_end = digits_end(s, i);
  const size_t a_len = a_end - i;
  if (a_end >= s.size() || (a_len != 4 && (a_len < 1 || a_len > 2))) return std::nullopt;
  const char sep = s[a_end];
  if (sep != '/' && sep != '.' && sep != '-') return std::nullopt;
  const size_t b_end = digits_end(s, a_end + 1);
  const size_t b_len = b_end - a_end - 1;
  if (b_len < 1 || b_len > 2 || b_end >= s.size() || s[b_end] != sep) return std::nullopt;
  const size_t c_end = digits_end(s, b_end + 1);
  const size_t c_len = c_end - b_end - 1;
  if (alnum_at(s, c_end)) return std::nullopt;
  // "1.2.3.4" or "25/01/2021/5" continue past the third part: not a date.
  if (c_end + 1 < s.size() && (s[c_end] == '/' || s[c_end] == '.' || s[c_end] == '-') &&
      is_digit(s[c_end + 1])) {
    return std::nullopt;
  }
  const auto a = s.substr(i, a_len), b = s.substr(a_end + 1, b_len), c = s.substr(b_end + 1, c_len);
  std::optional<Date> d;
  if (a_len == 4) {
    if (sep == '.' || c_len < 1 || c_len > 2) return std::nullopt;
    d = make_date(to_int(a), to_int(b), to_int(c));
  } else {
    if (c_len != 2 && c_len != 4) return std::nullopt;
    if (sep != '/' && c_len != 4 && (a_len != 2 || b_len != 2)) return std::nullopt;
    d = make_date(full_year(c), to_int(b), to_int(a));
  }
  if (!d) return std::nullopt;
  return Parsed{*d, c_end};
}

// A day of the month with an optional ordinal: "4", "22nd", "4th", "15th." (older tribunal decisions), "4^th"
// and "4^th^" (Markdown superscripts). Returns {day, end} or {0, npos}.
std::pair<int, size_t> read_day(std::string_view s, size_t i) {
  if (i >= s.size()) return {0, npos};
  const size_t e = digits_end(s, i);
  if (e == i || e - i > 2) return {0, npos};
  const int day = to_int(s.substr(i, e - i));
  size_t j = e;
  const size_t k = (j < s.size() && s[j] == '^') ? j + 1 : j;
  const size_t w = letters_end(s, k);
  const std::string_view suffix = s.substr(k, w - k);
  if (iequals(suffix, "st") || iequals(suffix, "nd") || iequals(suffix, "rd") || iequals(suffix, "th")) {
    j = (w < s.size() && s[w] == '^') ? w + 1 : w;
    if (j < s.size() && s[j] == '.' && space_at(s, j + 1)) ++j;  // "15th. November"
  } else if (k == j && w - k > 3 && month_number(suffix) != 0) {
    return {day, j};  // "12July 2017": the month run on, a letterhead's squeezed date
  } else if (k != j || w != k) {
    return {0, npos};  // a stray '^' or letters glued to the number ("22a")
  }
  if (alnum_at(s, j)) return {0, npos};
  return {day, j};
}

// A month name at i; returns {month, end} (end past an abbreviation's full stop) or {0, npos}.
std::pair<int, size_t> read_month(std::string_view s, size_t i) {
  if (i >= s.size()) return {0, npos};
  const size_t e = letters_end(s, i);
  const int m = month_number(s.substr(i, e - i));
  if (m == 0) return {0, npos};
  const bool abbreviated = e - i < kMonths[m - 1].size();
  return {m, (abbreviated && e < s.size() && s[e] == '.') ? e + 1 : e};
}

// A two- or four-digit year at i that no letter or digit continues; {0, npos} otherwise.
std::pair<int, size_t> read_year(std::string_view s, size_t i) {
  if (i >= s.size()) return {0, npos};
  const size_t e = digits_end(s, i);
  if ((e - i != 2 && e - i != 4) || alnum_at(s, e)) return {0, npos};
  return {full_year(s.substr(i, e - i)), e};
}

// The separator and year that close a worded date at j, then the whole date checked.
std::optional<Parsed> finish_worded(std::string_view s, size_t j, int month, int day) {
  const auto [year, year_end] = read_year(s, skip_separator(s, j));
  if (year_end == npos) return std::nullopt;
  if (auto d = make_date(year, month, day)) return Parsed{*d, year_end};
  return std::nullopt;
}

// "22 January 2021", "22nd of January, 2021", "4^th Jan. 21".
std::optional<Parsed> read_day_month_year(std::string_view s, size_t i) {
  const auto [day, day_end] = read_day(s, i);
  size_t j = alpha_at(s, day_end) ? day_end : skip_separator(s, day_end);
  if (j != npos && letters_end(s, j) - j == 2 && iequals(s.substr(j, 2), "of")) j = skip_separator(s, j + 2);
  const auto [month, month_end] = read_month(s, j);
  return finish_worded(s, month_end, month, day);
}

// "January 22, 2021", "Jan 4th 2021" (Outlook's US order in "Sent:" lines).
std::optional<Parsed> read_month_day_year(std::string_view s, size_t i) {
  const auto [month, month_end] = read_month(s, i);
  const auto [day, day_end] = read_day(s, skip_separator(s, month_end));
  return finish_worded(s, day_end, month, day);
}

// One date starting exactly at i, after an optional weekday ("Monday, ", "Mon ").
std::optional<Parsed> read_date(std::string_view s, size_t i) {
  const size_t w = letters_end(s, i);
  if (w != i && is_weekday(s.substr(i, w - i))) {
    const size_t after = (w < s.size() && s[w] == '.') ? w + 1 : w;
    i = skip_separator(s, after);
    if (i == npos) return std::nullopt;
  }
  if (i >= s.size()) return std::nullopt;
  if (is_digit(s[i])) {
    if (auto d = read_numeric(s, i)) return d;
    return read_day_month_year(s, i);
  }
  return read_month_day_year(s, i);
}

// Past a time zone after a clock time ("+0000", "GMT", "+0000 (GMT)"), or i when there is none.
size_t skip_zone(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && s[j] == ' ') ++j;
  if (j < s.size() && (s[j] == '+' || s[j] == '-') && digits_end(s, j + 1) == j + 5) {
    j += 5;
  } else if (const size_t e = letters_end(s, j);
             e - j == 3 && (s.substr(j, 3) == "GMT" || s.substr(j, 3) == "UTC" || s.substr(j, 3) == "BST")) {
    j = e;
  } else {
    return i;
  }
  size_t k = j;
  while (k < s.size() && s[k] == ' ') ++k;
  if (k < s.size() && s[k] == '(') {
    const size_t e = letters_end(s, k + 1);
    if (e > k + 1 && e < s.size() && s[e] == ')') return e + 1;
  }
  return j;
}

// Past a clock time after a date ("10:26", "10:26:00", "10:26 AM", "10:26:00 +0000"); npos if there is none.
size_t skip_time(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && (s[j] == ' ' || s[j] == ',' || s[j] == '\t')) ++j;
  if (j + 2 < s.size() && iequals(s.substr(j, 2), "at") && s[j + 2] == ' ') j += 3;
  const size_t h = digits_end(s, j);
  if (h == j || h - j > 2 || h >= s.size() || s[h] != ':' || to_int(s.substr(j, h - j)) > 23) return npos;
  size_t e = digits_end(s, h + 1);
  if (e - h - 1 != 2 || to_int(s.substr(h + 1, 2)) > 59) return npos;
  if (e < s.size() && s[e] == ':' && digits_end(s, e + 1) == e + 3) e += 3;
  if (alnum_at(s, e) && !(s[e] == 'a' || s[e] == 'A' || s[e] == 'p' || s[e] == 'P')) return npos;
  size_t k = e;
  while (k < s.size() && s[k] == ' ') ++k;
  const size_t w = letters_end(s, k);
  if (w - k == 2 && (iequals(s.substr(k, 2), "am") || iequals(s.substr(k, 2), "pm"))) e = w;
  if (alnum_at(s, e)) return npos;
  return skip_zone(s, e);
}

std::string format(const Date& d, const char* pattern) {
  char buf[32];
  std::snprintf(buf, sizeof buf, pattern, d.year, d.month, d.day);
  return buf;
}

// ---- Finding the response date in a document. The kinds of candidate, strongest first.
enum Kind { kLabelled, kStandalone, kHeader, kKinds };

// The first date of each kind, in document order.
struct Found {
  std::array<std::optional<Date>, kKinds> first;
  void offer(Kind k, const Date& d) {
    if (!first[k]) first[k] = d;
  }
  std::optional<Date> best() const {
    for (const auto& d : first) {
      if (d) return d;
    }
    return std::nullopt;
  }
};

// Labels that introduce a letter's own date, longest first. Matched case-insensitively, but the text must
// capitalise the first letter: "Dated:" heads a letter, while "dated 2nd January" is prose about the request.
constexpr std::string_view kDateLabels[] = {
    "date of response", "date responded", "date of reply", "date of letter", "date of issue", "response date",
    "reply date",       "letter date",    "date sent",     "date issued",    "dated",         "date",
    "responded",  // a disclosure log's "Requested Thu 24 October 2030" and "Responded Thu 14 November 2030"
    "response"};  // its "Response 16-02-22", the date on the label's own line (kSameLine)

// Labels whose date must be on its own line, ranked below a letter's ("Response" may head a table).
constexpr std::string_view kSameLine[] = {"response"};

// A log's closing date ("Date Completed: 17/02/2026"), ranked below a letter's: tables have them.
constexpr std::string_view kClosingLabels[] = {"date completed", "completion date", "date closed",
                                               "version date"};

// End of `label` (lower case; a space matches a run of spaces) at i, if i starts it as a whole word; else
// npos.
size_t match_label(std::string_view s, size_t i, std::string_view label) {
  if (!is_upper(s[i]) || (i > 0 && is_alnum(s[i - 1]))) return npos;
  size_t j = i;
  for (char c : label) {
    if (c == ' ') {
      const size_t k = j;
      while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
      if (j == k) return npos;
    } else if (j < s.size() && lower(s[j]) == c) {
      ++j;
    } else {
      return npos;
    }
  }
  if (label == "date" && j < s.size() && is_digit(s[j])) return j;  // "Date19 August 2016": run together
  return alnum_at(s, j) ? npos : j;
}

// Past what may stand between a label and its date: one colon, Markdown and table marks ("**Date:** ", "|
// Date |"), a list's bullet on the next line, and line breaks, since letterheads put the value under or
// beside its label. npos past a few blank lines.
size_t skip_label_gap(std::string_view s, size_t i) {
  bool colon = false;
  int newlines = 0;
  while (i < s.size()) {
    if (const size_t n = space_at(s, i)) {
      if (s[i] == '\n' && ++newlines > 3) return npos;
      i += n;
    } else if (s[i] == ':' && !colon) {
      colon = true;
      ++i;
    } else if (s[i] == '/' && newlines == 0 && i + 1 < s.size() && s[i + 1] == ' ') {
      ++i;  // "Date: / 7 March 2012", "Date / 12 July 2017": table cells copied with a slash between
    } else if (s[i] == '*' || s[i] == '|' || s[i] == '_' || (s[i] == '-' && newlines > 0)) {
      ++i;  // "- Date responded\n- 27 January 2021": a page's list puts a bullet before the value
    } else {
      break;
    }
  }
  return i;
}

// True when a word of prose stands just before i on its line: "Issue Date 05/10/04", "Visit Date 02-11-2022"
// and "Contract End Date" label some other date, not the letter's. A reference ("Our ref: 006/21 Date:") is
// no word.
bool qualified_by_word(std::string_view s, size_t i) {
  size_t k = i;
  while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t')) --k;
  const size_t w = letters_start(s, k);
  if (w == k || (w > 0 && is_alnum(s[w - 1]))) return false;
  for (size_t c = w; c < k; ++c) {
    if (!is_upper(s[c])) return true;  // "Issue", not an all-capitals code
  }
  return false;
}

// A labelled date at i ("Dated: 25/01/21"); "Date:" with a clock time is an email header, ranked lower.
void offer_labelled(std::string_view s, size_t i, Found& found) {
  for (std::span<const std::string_view> labels :
       {std::span<const std::string_view>(kDateLabels), std::span<const std::string_view>(kClosingLabels)})
    for (auto label : labels) {
      size_t j = match_label(s, i, label);
      const bool closing = labels.data() == kClosingLabels;
      if (closing && (j == npos || i > 600 || count_phrase(s, label) != 1)) continue;  // a log's header, once
      if (j != npos && (label == "date" || label == "dated" || closing) && qualified_by_word(s, i)) continue;
      if (j != npos) j = skip_label_gap(s, j);
      if (j == npos) continue;
      const bool same_line =
          std::find(std::begin(kSameLine), std::end(kSameLine), label) != std::end(kSameLine);
      if (same_line && s.substr(i, j - i).find('\n') != std::string_view::npos) continue;
      if (const auto d = read_date(s, j)) {
        // A "Response" line may answer a question with a date: it dates the page only when nothing else does.
        found.offer(same_line || closing || skip_time(s, d->end) != npos ? kHeader : kLabelled, d->date);
        return;
      }
    }
}

// An email "Sent:" header, as Outlook writes it in quoted replies: "Sent: 04 January 2021 10:26".
void offer_sent(std::string_view s, size_t i, Found& found) {
  size_t j = match_label(s, i, "sent");
  if (j == npos || j >= s.size() || s[j] != ':') return;
  j = skip_space(s, j + 1, 0);
  if (j == npos) return;
  if (const auto d = read_date(s, j)) found.offer(kHeader, d->date);
}

// A date that answers the question on the line before ("When is the contract end date?\n31/07/2027") or ends
// the sentence wrapping onto its line ("Contracts end 31/03/24 and\n23/06/24") is an answer, not the
// letter's. The line before the one starting at line_start ("" for the first line).
std::string_view line_before(std::string_view s, size_t line_start) {
  if (line_start < 2) return {};
  const size_t nl = s.rfind('\n', line_start - 2);
  const size_t from = nl == npos ? 0 : nl + 1;
  return s.substr(from, line_start - 1 - from);
}

bool continues_prose(std::string_view s, size_t line_start) {
  const std::string_view before = trim(line_before(s, line_start), "*_");
  if (!before.empty() && before.back() == '?') return true;
  const std::string_view word = before.substr(letters_start(before, before.size()));
  for (std::string_view c :
       {"and", "or", "to", "on", "from", "by", "until", "between", "of", "the", "than"}) {
    if (iequals(word, c)) return true;
  }
  return false;
}

// A date under a web page's own label ("First published:\n25 May 2022", "Last updated:") dates the page, not
// the letter published on it.
bool under_page_label(std::string_view s, size_t line_start) {
  const std::string_view before = trim(line_before(s, line_start), "*_:- ");
  return std::any_of(std::begin(kPageDateLabels), std::end(kPageDateLabels),
                     [&](std::string_view label) { return iequals(before, label); });
}

// What may follow a letter's date on its line: the references a letterhead sets beside it ("3 March 2031 Your
// reference: Our reference: EIR 2031-0004", as a PDF's columns come out), or a page's list of topics after a
// bar ("January 28, 2031 | Policies , Procedures", a disclosure log's entry) on one of the page's first
// lines, where a table's row ("01/04/2030 | 12") is not.
constexpr size_t kPageHeadBytes = 400;
bool beside_date(std::string_view rest, size_t line_start) {
  rest = trim(rest, "");
  if (rest.empty()) return true;
  if (rest.front() == '|') return line_start < kPageHeadBytes;
  for (std::string_view ref : {"your ref", "our ref"})
    if (rest.size() >= ref.size() && iequals(rest.substr(0, ref.size()), ref)) return true;
  return false;
}

// A line that is only a date once spaces and Markdown emphasis are trimmed, as under a letterhead, or a date
// with only references or a topic list beside it (beside_date).
void offer_standalone(std::string_view s, size_t line_start, Found& found) {
  size_t end = s.find('\n', line_start);
  if (end == npos) end = s.size();
  const std::string_view line = trim(s.substr(line_start, end - line_start), "*_");
  if (line.empty() || !is_alnum(line.front())) return;
  std::optional<Date> d = parse_date(line);
  if (!d)
    if (const auto at = read_date(line, 0); at && beside_date(line.substr(at->end), line_start)) d = at->date;
  if (d && !continues_prose(s, line_start) && !under_page_label(s, line_start)) found.offer(kStandalone, *d);
}

}  // namespace

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::string Date::iso() const { return format(*this, "%04d-%02d-%02d"); }
std::string Date::sortable() const { return format(*this, "%04d%02d%02d"); }

std::optional<Date> parse_date(std::string_view s) {
  s = trim(s, "");
  const auto d = read_date(s, 0);
  if (!d) return std::nullopt;
  const size_t time_end = skip_time(s, d->end);
  const size_t end = time_end == npos ? d->end : time_end;
  if (end != s.size()) return std::nullopt;
  return d->date;
}

std::optional<DateAt> read_date_at(std::string_view s, size_t i) {
  const auto d = read_date(s, i);
  if (!d) return std::nullopt;
  return DateAt{d->date, d->end};
}

std::optional<Date> extract_date(std::string_view text) {
  Found found;
  for (size_t i = 0; i < text.size() && !found.first[kLabelled]; ++i) {
    if (i == 0 || text[i - 1] == '\n') offer_standalone(text, i, found);
    if (is_upper(text[i]) && (i == 0 || !is_alnum(text[i - 1]))) {
      offer_labelled(text, i, found);
      offer_sent(text, i, found);
    }
  }
  return found.best();
}

}  // namespace foi
