// The authority's own reference for a request, found in three ways, strongest first: after a label ("Our
// ref:", "REFERENCE NO:", "Request No."), as "FOI 15167", or in brackets closing the title line.
//
// Hand-written scanning, one pass with bounded work at each word start, so any input is read in linear time.
#include "foi/extract/references.h"

#include <algorithm>

#include "foi/base/scan.h"
#include "foi/extract/dates.h"

namespace foi {
using namespace scan;
namespace {

constexpr size_t npos = std::string_view::npos;

// The whole word (run of letters) starting at i; empty unless i is a word start.
std::string_view word_at(std::string_view s, size_t i) {
  if (i >= s.size() || (i > 0 && is_alnum(s[i - 1]))) return {};
  return s.substr(i, letters_end(s, i) - i);
}

// The word just before i on the same line, skipping spaces; empty if there is none.
std::string_view word_before(std::string_view s, size_t i) {
  while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t')) --i;
  size_t start = i;
  while (start > 0 && is_alpha(s[start - 1])) --start;
  return s.substr(start, i - start);
}

bool one_of(std::string_view word, std::initializer_list<std::string_view> options) {
  for (auto o : options) {
    if (iequals(word, o)) return true;
  }
  return false;
}

// ---- Values

bool is_value_char(char c) {
  return is_alnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '\\';
}

size_t value_end(std::string_view s, size_t i) {
  while (i < s.size() && is_value_char(s[i])) ++i;
  return i;
}

// The file extension ending v ("FOI 917869.pdf", an attachment's name), or 0.
size_t file_extension_size(std::string_view v) {
  static constexpr std::string_view kExtensions[] = {"pdf", "doc", "docx", "xls", "xlsx", "csv", "txt", "odt",
                                                     "ods", "rtf", "msg", "eml", "htm", "html", "zip"};
  for (auto x : kExtensions) {
    if (v.size() > x.size() + 1 && v[v.size() - x.size() - 1] == '.' && iequals(v.substr(v.size() - x.size()), x)) {
      return x.size() + 1;
    }
  }
  return 0;
}

// A value as written, without the full stop or dash that ends a sentence or a heading ("50766."), or the
// extension of the file it names ("FOI 917869.pdf").
std::string_view trim_value(std::string_view v) {
  v.remove_suffix(file_extension_size(v));
  while (!v.empty() && (v.back() == '.' || v.back() == '-' || v.back() == '/' || v.back() == '_')) {
    v.remove_suffix(1);
  }
  return v;
}

bool all_digits(std::string_view v) {
  if (v.empty()) return false;
  for (char c : v) {
    if (!is_digit(c)) return false;
  }
  return true;
}

// "2021", financial years such as "2019/20", "2013-14", "2019/2020", and spans of years ("2019-2024"): a period,
// not a reference.
bool is_year_or_financial_year(std::string_view v) {
  if (v.size() == 4 && all_digits(v)) return to_int(v) >= 1900 && to_int(v) <= 2099;
  if (v.size() != 7 && v.size() != 9) return false;
  const auto first = v.substr(0, 4), second = v.substr(5);
  if ((v[4] != '/' && v[4] != '-') || !all_digits(first) || !all_digits(second)) return false;
  const int next = to_int(first) + 1;
  if (second.size() == 4 && to_int(first) >= 1900 && to_int(second) > to_int(first) && to_int(second) <= 2099) {
    return true;
  }
  return to_int(second) == (second.size() == 2 ? next % 100 : next);
}

// A UK telephone number: a leading 0 and ten or eleven digits, perhaps in groups ("01275 814667").
bool is_phone_number(std::string_view s, size_t start) {
  if (s[start] != '0') return false;
  size_t digits = 0, i = start;
  while (true) {
    const size_t e = value_end(s, i);
    if (!all_digits(s.substr(i, e - i))) return false;
    digits += e - i;
    size_t j = e;
    while (j < s.size() && s[j] == ' ') ++j;
    if (j == e || !digit_at(s, j)) break;
    i = j;
  }
  return digits >= 10 && digits <= 11;
}

// True when the value at [start, end) begins a date, alone ("25/01/21") or with the words after it
// ("4th January 2021").
bool starts_date(std::string_view s, size_t start, size_t end) {
  for (int words = 0; words < 4; ++words) {
    if (parse_date(s.substr(start, end - start))) return true;
    size_t j = skip_space(s, end, 1);
    if (j == npos || j == end) return false;
    while (j < s.size() && !space_at(s, j)) ++j;
    end = j;
  }
  return false;
}

// A reference must hold a digit, be more than one character, and not be a year, a date or a telephone number.
bool plausible(std::string_view s, size_t start, std::string_view v) {
  bool digit = false;
  for (char c : v) digit = digit || is_digit(c);
  return digit && v.size() >= 2 && !is_year_or_financial_year(v) && !is_phone_number(s, start) &&
         !starts_date(s, start, start + v.size());
}

// The reference starting at i, or empty. A short capitalised prefix such as "FOI" or "RFI" stays with the
// number that follows it ("FOI 15167"), collapsed to a single space.
std::string read_value(std::string_view s, size_t i) {
  if (i >= s.size() || !is_alnum(s[i])) return {};
  const std::string_view v = trim_value(s.substr(i, value_end(s, i) - i));
  const bool prefix = v.size() >= 2 && v.size() <= 5 && all_upper(v);
  if (prefix) {
    const size_t j = skip_space(s, i + v.size(), 0);
    if (j != npos && j > i + v.size() && digit_at(s, j)) {
      const std::string_view number = trim_value(s.substr(j, value_end(s, j) - j));
      if (plausible(s, j, number)) return std::string(v) + " " + std::string(number);
    }
    return {};
  }
  return plausible(s, i, v) ? std::string(v) : std::string();
}

// ---- Labels

// Past a "No", "No.", "Number" or "ID" after a label word ("Reference No:", "Request Number"); npos if none.
size_t skip_number_word(std::string_view s, size_t i) {
  if (i < s.size() && s[i] == '.') ++i;  // "Ref. No."
  const size_t j = skip_space(s, i, 0);
  const std::string_view w = j == npos ? std::string_view() : word_at(s, j);
  if (!one_of(w, {"no", "number", "nos", "id"})) return npos;
  return j + w.size();
}

// Past what stands between a label and its value: colons, stops, dashes, Markdown and table marks, and line
// breaks, since letterheads set the value under its label. `saw_break` tells whether a colon or line break
// was crossed. npos past more than one blank line.
size_t skip_label_gap(std::string_view s, size_t i, bool* saw_break = nullptr) {
  int newlines = 0;
  bool broke = false;
  while (i < s.size()) {
    if (const size_t n = space_at(s, i)) {
      if (s[i] == '\n' && ++newlines > 2) return npos;
      broke = broke || s[i] == '\n';
      i += n;
    } else if (s[i] == ':' || s[i] == '.' || s[i] == '*' || s[i] == '|' || s[i] == '-') {
      broke = broke || s[i] == ':';
      ++i;
    } else if (s.substr(i, 3) == "\u2013" || s.substr(i, 3) == "\u2014") {
      i += 3;
    } else {
      break;
    }
  }
  if (saw_break) *saw_break = broke;
  return i;
}

// End of a "Ref" or "Reference" word at i (not "References", a heading), or npos.
size_t ref_word_end(std::string_view s, size_t i) {
  const std::string_view w = word_at(s, i);
  return one_of(w, {"ref", "reference"}) ? i + w.size() : npos;
}

// The value after a label ending at i, an optional "No"/"Number" first. A bare "Reference" must be followed
// by a colon or a line break, so that prose such as "Reference 4.2 of the guidance" is not a label.
std::string value_after_label(std::string_view s, size_t i, bool bare_reference) {
  const size_t numbered = skip_number_word(s, i);
  if (numbered != npos) {
    i = numbered;
    bare_reference = false;
  }
  bool saw_break = false;
  const size_t j = skip_label_gap(s, i, &saw_break);
  if (j == npos || (bare_reference && !saw_break)) return {};
  return read_value(s, j);
}

// "Our ref: 6152/17", "Our Reference: FOI/2021/0042", and the two-column letterhead "Our 006/21\nReference".
std::string our_reference_at(std::string_view s, size_t i) {
  size_t j = skip_space(s, i + 3, 1);
  if (j == npos || j == i + 3) return {};
  if (const auto w = word_at(s, j); one_of(w, {"foi", "foia"})) j = skip_space(s, j + w.size(), 0);
  if (j == npos) return {};
  if (const size_t e = ref_word_end(s, j); e != npos) return value_after_label(s, e, false);
  if (j >= s.size() || !is_alnum(s[j])) return {};
  const size_t after = skip_space(s, value_end(s, j), 2);
  if (after == npos || ref_word_end(s, after) == npos) return {};
  return read_value(s, j);
}

// "Reference No: 50766", "Ref: 123", and qualified labels: "FOI ref: 001234", "Case Reference:
// IC-12345-A1B2", "Request No. 123/21", a tribunal's "Appeal number: EA/2019/0188".
std::string labelled_at(std::string_view s, size_t i) {
  const std::string_view w = word_at(s, i);
  if (one_of(w, {"our"})) return our_reference_at(s, i);
  if (size_t e = ref_word_end(s, i); e != npos) {
    const bool bare = iequals(w, "reference") && (e >= s.size() || s[e] != '.');
    return value_after_label(s, e, bare);
  }
  if (!one_of(w, {"foi", "foia", "eir", "request", "case", "appeal"})) return {};
  const size_t j = skip_space(s, i + w.size(), 0);
  if (j == npos) return {};
  if (const size_t e = ref_word_end(s, j); e != npos) return value_after_label(s, e, false);
  if (!one_of(w, {"request", "case", "appeal"}) || skip_number_word(s, i + w.size()) == npos) return {};
  return value_after_label(s, i + w.size(), false);
}

// True when "your" comes in the two words before i ("Your ref:", "Your FOI Reference"): the requester's
// reference.
bool after_your(std::string_view s, size_t i) {
  const std::string_view w1 = word_before(s, i);
  if (iequals(w1, "your")) return true;
  const size_t start = static_cast<size_t>(w1.data() - s.data());
  return !w1.empty() && iequals(word_before(s, start), "your");
}

// A number after "FOI" that is a request's: not a footnote mark ("s41 FOIA 8", "FOIA25"), which has one or two
// digits and no separator, and not a file's name ("FOI_Code_of_Practice.pdf"), which has lower-case words.
bool request_number(std::string_view s, size_t start, std::string_view v, bool separated) {
  for (char c : v) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return (separated || !all_digits(v) || v.size() >= 3) && plausible(s, start, v);
}

// "FOI 15167" (kept with its prefix, as authorities quote it), "FOI-15167", "FOI/2021/0042", and
// "FOI Request 2021/123" (the number alone). Never WhatDoTheyKnow's "FOI #715285".
std::string foi_form_at(std::string_view s, size_t i) {
  const std::string_view w = word_at(s, i);
  if (w != "FOI" && w != "FOIA") return {};
  const size_t e = i + w.size();
  if (digit_at(s, e) ||
      (e + 1 < s.size() && (s[e] == '-' || s[e] == '/' || s[e] == '_') && is_alnum(s[e + 1]))) {
    const std::string_view v = trim_value(s.substr(i, value_end(s, i) - i));
    size_t number = e;
    while (number < i + v.size() && !is_alnum(s[number])) ++number;
    const bool separated = number > e;  // "FOI/68", not "FOIA25"
    return request_number(s, number, s.substr(number, i + v.size() - number), separated) ? std::string(v)
                                                                                          : std::string();
  }
  const size_t j = skip_space(s, e, 1);
  if (j == npos || j == e) return {};
  if (word_at(s, j) == "Request" || word_at(s, j) == "request") {
    const size_t k = skip_space(s, j + 7, 0);
    return (k == npos || k == j + 7 || !digit_at(s, k)) ? std::string() : read_value(s, k);
  }
  if (!digit_at(s, j)) return {};
  const std::string_view number = trim_value(s.substr(j, value_end(s, j) - j));
  return request_number(s, j, number, false) ? std::string(w) + " " + std::string(number) : std::string();
}

// The reference in brackets closing the title, the first non-empty line: "Sexual Grooming (5619_14)".
std::string title_reference(std::string_view s) {
  size_t start = 0;
  while (const size_t n = space_at(s, start)) start += n;
  const size_t end = s.find('\n', start);
  std::string_view line = s.substr(start, (end == npos ? s.size() : end) - start);
  while (!line.empty() && (space_at(line, line.size() - 1) || line.back() == '*' || line.back() == '#')) {
    line.remove_suffix(1);
  }
  if (line.empty() || line.back() != ')') return {};
  const size_t open = line.rfind('(');
  if (open == npos || open == 0) return {};
  const size_t from = static_cast<size_t>(line.data() - s.data()) + open + 1;
  const std::string_view inner = line.substr(open + 1, line.size() - open - 2);
  if (inner.empty() || value_end(inner, 0) != inner.size()) return {};
  return plausible(s, from, inner) ? std::string(inner) : std::string();
}

}  // namespace

std::optional<ReferenceReading> read_letter_reference(std::string_view text) {
  std::string foi_form;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!is_upper(text[i]) || (i > 0 && is_alnum(text[i - 1]))) continue;
    if (std::string v = after_your(text, i) ? "" : labelled_at(text, i); !v.empty())
      return ReferenceReading{v, "after a label such as 'Our ref:' or 'Reference No:'"};
    if (foi_form.empty()) foi_form = foi_form_at(text, i);
  }
  if (!foi_form.empty()) return ReferenceReading{foi_form, "an 'FOI 15167' form"};
  if (std::string v = title_reference(text); !v.empty())
    return ReferenceReading{v, "in brackets closing the title line"};
  return std::nullopt;
}

std::vector<std::string> letter_references(std::string_view text) {
  std::vector<std::string> out;
  auto add = [&](std::string v) {
    if (!v.empty() && std::find(out.begin(), out.end(), v) == out.end()) out.push_back(std::move(v));
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (!is_upper(text[i]) || (i > 0 && is_alnum(text[i - 1]))) continue;
    if (!after_your(text, i)) add(labelled_at(text, i));
    add(foi_form_at(text, i));
  }
  return out;
}

std::optional<std::string> extract_reference(std::string_view text) {
  std::optional<ReferenceReading> read = read_letter_reference(text);
  if (!read) return std::nullopt;
  return read->reference;
}

}  // namespace foi
