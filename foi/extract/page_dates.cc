// The date a web page gives itself (dates.h page_date): a report's or guidance page's "Published" or "Last
// updated" near its top.
#include <algorithm>

#include "foi/base/scan.h"
#include "foi/extract/dates.h"

namespace foi {

std::optional<Date> page_date(std::string_view text) {
  constexpr size_t kTop = 3000;  // where a page states its own date
  std::string_view top = text.substr(0, std::min(text.size(), kTop));
  for (size_t b = 0; b < top.size();) {
    size_t e = std::min(top.find('\n', b), top.size());
    std::string_view line = scan::trim(top.substr(b, e - b), "*_- ");
    line = scan::trim(line.substr(scan::bullet_length(line)), " ");  // "• Publish date: 18 April 2011"
    if (auto d = read_date_at(line, 0))  // a post's byline: "March 25th, 2012 by Rachel Kamm"
      if (scan::match_words(line, scan::skip_spaces(line, d->end), "by") != std::string_view::npos)
        return d->date;
    for (std::string_view label : kPageDateLabels) {
      if (line.size() < label.size() || !scan::iequals(line.substr(0, label.size()), label)) continue;
      std::string_view rest = scan::trim(line.substr(label.size()), ":- ");
      if (rest.empty() && e < top.size()) {  // the value on the next line
        size_t next_end = std::min(top.find('\n', e + 1), top.size());
        rest = scan::trim(top.substr(e + 1, next_end - e - 1), "*_:- ");
      }
      if (auto d = read_date_at(rest, 0)) return d->date;  // what follows the date ("by the editor") aside
      break;
    }
    b = e + 1;
  }
  return std::nullopt;
}

}  // namespace foi
