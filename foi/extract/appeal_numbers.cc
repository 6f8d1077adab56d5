// Appeal numbers and joined appeals (appeal_numbers.h).
#include "foi/extract/appeal_numbers.h"

#include <algorithm>

#include "foi/base/scan.h"

namespace foi {
using namespace scan;

bool is_year(std::string_view digits) {
  return digits.size() == 4 && to_int(digits) >= 1990 && to_int(digits) <= 2099;
}

namespace {

constexpr size_t npos = std::string_view::npos;

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

}  // namespace

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

namespace {

// The most appeals a range may stand for: "EA/2019/0054-0059" is six; a longer run is read as something else.
constexpr int kMaxJoinedRange = 30;

// The parts of a canonical appeal number whose second part is the number ("EA/2019/0054": "EA/2019/" and
// 54); nullopt for one written number first ("GIA/1694/2010"), whose joined appeals are not read.
struct NumberParts {
  std::string stem;  // prefix and year, with their slashes
  int number = 0;
};

std::optional<NumberParts> number_parts(const std::string& value) {
  const size_t slash = value.rfind('/');
  const size_t first = value.find('/');
  if (slash == std::string::npos || first == slash || !is_year(value.substr(first + 1, slash - first - 1)) ||
      value.size() - slash - 1 > 5)
    return std::nullopt;
  return NumberParts{value.substr(0, slash + 1), to_int(std::string_view(value).substr(slash + 1))};
}

std::string with_number(const std::string& stem, int number) {
  std::string digits = std::to_string(number);
  return stem + std::string(4 - std::min<size_t>(4, digits.size()), '0') + digits;
}

// `digits` as the number of an appeal joined to `last`: written whole ("0059", "148", "70"), or as the last
// digits of `last`'s number ("6" after 0254 is 0256).
int joined_number(int last, std::string_view digits) {
  const int value = to_int(digits);
  int scale = 1;
  for (size_t k = 0; k < digits.size(); ++k) scale *= 10;
  const int shortened = last - last % scale + value;
  return (digits.size() < 4 && shortened > last) ? shortened : value;
}

// A run of one to five digits at i that stands as a joined appeal's number: not a date or a figure
// ("12/03/2019", "14 March", "0.5"), though a range may follow it ("70-71"); its end, or npos.
size_t joined_digits_end(std::string_view s, size_t i) {
  const size_t end = short_digits_end(s, i);
  if (end == npos || (end < s.size() && (s[end] == '/' || s[end] == '.') && digit_at(s, end + 1)))
    return npos;
  if (alpha_at(s, end)) return npos;
  const size_t next = skip_blanks_on_line(s, end);
  if (alpha_at(s, next) && match_words(s, next, "and") == npos) return npos;
  return end;
}

// Past the word or mark listing one more joined appeal after i ("&", ",", "and", ", and"), or npos. A list
// may go on to the next line when that line opens with "and" or "&".
size_t list_joint_end(std::string_view s, size_t i, bool cross_line) {
  i = skip_blanks_on_line(s, i);
  bool comma = false, new_line = false;
  if (cross_line && i < s.size() && s[i] == '\n') {
    i = skip_blanks_on_line(s, i + 1);
    new_line = true;
  } else if (i < s.size() && s[i] == ',') {
    i = skip_blanks_on_line(s, i + 1);
    comma = true;
  }
  if (i < s.size() && s[i] == '&') return skip_blanks_on_line(s, i + 1);
  if (const size_t e = match_words(s, i, "and"); e != npos) return skip_blanks_on_line(s, e);
  return comma && !new_line ? i : npos;
}

}  // namespace

void read_joined(std::string_view s, size_t i, const std::string& lead, std::vector<std::string>& out) {
  const std::optional<NumberParts> first = number_parts(lead);
  if (!first) return;
  NumberParts last = *first;  // the last number read
  for (int items = 0; items < kMaxJoinedRange; ++items) {
    const size_t k = skip_blanks_on_line(s, i);
    if (k < s.size() && s[k] == '-' && digit_at(s, k + 1)) {
      const size_t end = joined_digits_end(s, k + 1);
      if (end == npos) return;
      const int to = joined_number(last.number, s.substr(k + 1, end - k - 1));
      if (to <= last.number || to - last.number > kMaxJoinedRange) return;
      while (last.number < to) out.push_back(with_number(last.stem, ++last.number));
      i = end;
      continue;
    }
    const size_t j = list_joint_end(s, i, items == 0);
    if (j == npos) return;
    if (std::optional<AppealNumber> whole = appeal_number_at(s, j)) {
      const std::optional<NumberParts> parts = number_parts(whole->value);
      if (!parts) return;
      out.push_back(whole->value);
      last = *parts;
      i = whole->end;
      continue;
    }
    const size_t end = joined_digits_end(s, j);
    if (end == npos) return;
    last.number = joined_number(last.number, s.substr(j, end - j));
    out.push_back(with_number(last.stem, last.number));
    i = end;
  }
}

}  // namespace foi
