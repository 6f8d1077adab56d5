// Dates as UK documents write them, and the date of the authority's response.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace foi {

struct Date {
  int year = 0, month = 0, day = 0;
  std::string iso() const;        // "2021-01-22"
  std::string sortable() const;   // "20210122": the value-slot form
  friend bool operator==(const Date&, const Date&) = default;
};

// Days in a month of the Gregorian calendar (month 1-12).
int days_in_month(int year, int month);

// One date written alone: "22 January 2021", "4^th January 2021", "4th Jan 2021", "25/01/21",
// "03/09/2020" (day first, as in the UK), "2021-01-22", "January 22, 2021". Rejects impossible
// dates (31/02/2021), years outside 1990-2099, and strings that are not wholly a date.
std::optional<Date> parse_date(std::string_view s);

// A date written at exactly s[i] (the forms parse_date reads, after an optional weekday), and the offset just
// past it; what follows is not looked at. nullopt when no date starts there.
struct DateAt {
  Date date;
  size_t end = 0;
};
std::optional<DateAt> read_date_at(std::string_view s, size_t i);

// The date of the authority's response in a document: a labelled letter date ("Date 22 January 2021",
// "Date: 25/01/21", "Dated: ..."), else a date standing alone on its own line, else an email "Sent:" header.
// The first of the strongest kind wins. Dates inside prose ("received on 4th January 2021", "published on
// 17th June 2020") are not response dates. nullopt when there is none.
std::optional<Date> extract_date(std::string_view text);

// Labels a web page puts over its own dates, longest first (page_date reads them; a letter's date is not
// theirs).
inline constexpr std::string_view kPageDateLabels[] = {
    "last updated", "first published", "date published", "publication date", "publish date", "published",
    "posted on",    "updated",         "posted"};

// The date a web page gives itself near its top: "Published 23 April 2015", "Updated 19 September 2024",
// "Last updated:" with the date on the next line, a blog's "Posted on February 17th, 2012 by ..." (a
// report's, guidance page's or post's date); with no label, a post's byline "March 25th, 2012 by A Writer".
// nullopt when none.
std::optional<Date> page_date(std::string_view text);

}  // namespace foi
