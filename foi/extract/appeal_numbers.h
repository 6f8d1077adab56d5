// Tribunal appeal numbers as written in decisions ("EA/2017/0063", "EA.2015.0125", "GIA/1694/2010") and the
// appeals joined to one ("EA/2019/0054-0059", "EA/2017/0111 & 0113"). The scanning pieces that
// decision_references.cc places in a document.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace foi {

// True for a four-digit year from 1990 to 2099.
bool is_year(std::string_view digits);

struct AppealNumber {
  std::string value;  // canonical: "EA/2017/0063"
  size_t end = 0;     // just past its last digit
};

// An appeal number starting at i: two to four capitals, then two runs of digits, one of them a year
// ("EA/2017/0063", "GIA/1694/2010"), joined by marks and stray blanks on one line ("/", "//", ".", "/ ",
// "-"). The second run is written with at least four digits, and no more unless they are needed
// ("EA/2013/52" and "EA/2016/00148" as "EA/2013/0052" and "EA/2016/0148"). nullopt when none starts there.
std::optional<AppealNumber> appeal_number_at(std::string_view s, size_t i);

// True when more appeals are joined to the number ending at i: a range ("-6", "-0051") or a list ("& 0113",
// ", 0074 and 0075", " and EA/2009/0102").
bool joined_after(std::string_view s, size_t i);

// Appends to `out`, in order, the appeals joined to the appeal number `lead` (canonical) ending at i: a range
// ("-0059", "-6"), a list ("& 0113", ", 0074 and 0075", ", 148 & 149", " and EA/2009/0102", the list going on
// to the next line when it opens with "and" or "&"), or both ("0040, 70-71"). Each canonical. At most 30;
// none for a number written number first ("GIA/1694/2010").
void read_joined(std::string_view s, size_t i, const std::string& lead, std::vector<std::string>& out);

}  // namespace foi
