// Decisions headed by their title rather than by labelled parties: a European court's judgment as its own
// copies print it ("JUDGMENT OF THE COURT (Sixth Chamber)" over "9 September 1999 (1)", "Judgment of the
// Court of 30 April 1996."), a tribunal's "APPEAL DECISION" or "RULING on an APPLICATION ..." under its
// members or its name, and a ruling with no heading that its chairman or judge signs for the tribunal. Read
// from the top of the text (its first lines) or the signature at its end, never from prose that mentions a
// judgment.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "foi/extract/dates.h"

namespace foi {

// The title line of a court's judgment among the text's first six non-blank lines ("Judgment of the Court",
// "Judgment of the General Court", "Judgment of the Court of First Instance", then only a chamber in brackets
// and a date), trimmed; nullopt when none.
std::optional<std::string_view> court_judgment_title(std::string_view text);

// Its date: "of <date>" ending the title line (or before ". - <parties>"), or a line of its own within three
// lines below it (a footnote mark "(1)" after the date is allowed); nullopt when neither.
std::optional<Date> court_judgment_date(std::string_view text);

// A tribunal decision's title heading a line among the first ten of `heading`: "APPEAL DECISION" as the whole
// line, with a tribunal or "data protection" named in those lines; a line "RULING", "RULING ..." or "Ruling
// on
// ..." within three lines under one that names a tribunal. The title found, empty when none.
std::string_view decision_title_line(std::string_view heading);

// True when the text ends with a tribunal's signature: among its last 15 lines, one that is only the
// tribunal's name ("Information Tribunal") under a chairman's or judge's line ("Deputy Chairman  20 August
// 2009"; not "Clerk to Judge ..." nor "The Chairman" of an address). Never for a letter ("Dear Sir", "Yours
// sincerely").
bool signed_for_tribunal(std::string_view text);

}  // namespace foi
