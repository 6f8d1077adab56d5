// The date a web page gives itself (dates.h page_date): a report's or guidance page's "Published" or "Last
// updated" near its top.
#include <algorithm>

#include "foi/base/scan.h"
#include "foi/extract/dates.h"

namespace foi {

namespace {

constexpr size_t kTop = 3000;  // where a page states its own date

// A page's lines near its top, trimmed of emphasis, dashes and a bullet.
template <typename Visit>
std::optional<Date> each_line(std::string_view top, Visit visit) {
  for (size_t b = 0; b < top.size();) {
    size_t e = std::min(top.find('\n', b), top.size());
    std::string_view line = scan::trim(top.substr(b, e - b), "*_- ");
    line = scan::trim(line.substr(scan::bullet_length(line)), " ");  // "• Publish date: 18 April 2011"
    if (auto d = visit(line, e)) return d;
    b = e + 1;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Date> page_date(std::string_view text) {
  std::string_view top = text.substr(0, std::min(text.size(), kTop));
  auto labelled = each_line(top, [&](std::string_view line, size_t e) -> std::optional<Date> {
    for (std::string_view label : kPageDateLabels) {
      if (line.size() < label.size() || !scan::iequals(line.substr(0, label.size()), label)) continue;
      std::string_view rest = scan::trim(line.substr(label.size()), ":- ");
      if (rest.empty() && e < top.size()) {  // the value on the next line
        size_t next_end = std::min(top.find('\n', e + 1), top.size());
        rest = scan::trim(top.substr(e + 1, next_end - e - 1), "*_:- ");
      }
      if (scan::match_words(rest, 0, "on") != std::string_view::npos)  // "Last updated on May 8th, 2023"
        rest = scan::trim(rest.substr(2), ": ");
      if (auto d = read_date_at(rest, 0)) return d->date;  // what follows the date ("by the editor") aside
      break;
    }
    return std::nullopt;
  });
  if (labelled) return labelled;
  // A post's byline, when no label dates the page: "March 25th, 2012 by Rachel Kamm" (not "by 5pm", "by
  // the").
  return each_line(top, [&](std::string_view line, size_t) -> std::optional<Date> {
    auto d = read_date_at(line, 0);
    if (!d) return std::nullopt;
    size_t by = scan::match_words(line, scan::skip_spaces(line, d->end), "by");
    if (by == std::string_view::npos) return std::nullopt;
    // The rest of the line is a name, a few words ("by Rachel Kamm"), not a sentence ("by Cabinet decision,
    // the council adopted ...").
    std::string_view name = scan::trim(line.substr(by), "");
    if (!name.empty() && scan::is_upper(name.front()) &&
        scan::match_words(name, 0, "the") == std::string_view::npos &&
        std::count(name.begin(), name.end(), ' ') < 4 && name.find_first_of(",.;") == std::string_view::npos)
      return d->date;
    return std::nullopt;
  });
}

}  // namespace foi
