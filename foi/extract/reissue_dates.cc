// The date a tribunal decision was issued again, read from the line that says so.
#include "foi/base/scan.h"
#include "foi/extract/decision_dates.h"

namespace foi {
namespace {

constexpr size_t npos = std::string_view::npos;

// Where the words that say the decision was issued again end, when they open `line` with a capital
// ("Re-issued on ...", not "The Commissioner re-issued the notice on ..." or "the request, as amended on"),
// or npos.
size_t after_reissue_words(std::string_view line) {
  const size_t i = line.find_first_not_of(" \t");
  if (i == npos || !scan::is_upper(line[i])) return npos;
  for (std::string_view w : {"re-promulgated", "re-issued", "reissued", "as amended"})
    if (const size_t e = scan::match_words(line, i, w); e != npos) return e;
  return npos;
}

// The first date after `from` on `line` that starts at a number ("on 2 August 2019", "29th March 2016").
std::optional<Date> date_after(std::string_view line, size_t from) {
  for (size_t i = from; i < line.size(); ++i) {
    if (!scan::is_digit(line[i]) || (i > 0 && scan::is_alnum(line[i - 1]))) continue;
    if (const auto d = read_date_at(line, i)) return d->date;
  }
  return std::nullopt;
}

}  // namespace

std::optional<DateReading> reissue_date(std::string_view text) {
  std::optional<DateReading> latest;
  for (size_t b = 0; b <= text.size();) {
    const size_t e = std::min(text.find('\n', b), text.size());
    const std::string_view line = text.substr(b, e - b);
    const size_t from = line.size() < 120 ? after_reissue_words(line) : npos;
    if (from != npos)
      if (const auto d = date_after(line, from); d && (!latest || d->sortable() > latest->date.sortable()))
        latest =
            DateReading{*d, "the date it was issued again ('" + std::string(scan::trim(line, "")) + "')"};
    b = e + 1;
  }
  return latest;
}

std::optional<DateReading> later_reissue(std::string_view text, std::optional<DateReading> made) {
  std::optional<DateReading> again = reissue_date(text);
  return again && made && again->date.sortable() > made->date.sortable() ? again : made;
}

}  // namespace foi
