// The date of a decision: a First-tier Tribunal decision's, an ICO or Scottish Information Commissioner
// notice's.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "foi/extract/dates.h"

namespace foi {

struct DateReading {
  Date date;
  std::string reason;  // the label or rule that decided it, for --explain
};

// A tribunal decision's date, the first of: a "Date of decision" / "Decision date" / "Decision given on"
// label; the judge's signed date just above a promulgation label (the office stamps promulgation under the
// signature); a promulgation label ("Decision Promulgated", "Date Promulgated", "Promulgation date", "Date of
// Promulgation", "Promulgated on"), read in its column when the heading is laid out in two; the date beside
// the signature at the end ("Date: 21 April 2020", "Dated this 6th day of May 2015", a date alone under the
// judge's name). Never a hearing date ("Heard at ... on", "Date of hearing"), a correction's date (slip rule,
// "re-promulgated", "amended under rule 40 on"), nor the "Dated:" of the notice under appeal quoted in the
// heading. Labels must start a line or a column and begin with a capital: prose ("the decision was
// promulgated on") is not a label. A file that binds several rulings on one appeal (each closed by its judge's
// signature, the next opened by the tribunal's heading) is dated by the latest of them that is not a ruling on
// permission to appeal. nullopt when the decision prints none of these.
std::optional<DateReading> tribunal_decision_date(std::string_view text);

// The date on a line that issues a tribunal decision again, after the words that say so ("Re-promulgated 29th
// March 2016", "Re-issued on 2 August 2019, amended under rule 40", "As amended pursuant to rule 40 on 18
// April 2019"): the latest such, or nullopt. A correction noted in the text ("Amended on 17 August 2010
// pursuant to rule 40", "Slip rule correction on 12 July") leaves the decision its own date, as the tribunal
// lists it.
std::optional<DateReading> reissue_date(std::string_view text);
// `made`, unless the text was issued again later (reissue_date); nullopt stays nullopt.
std::optional<DateReading> later_reissue(std::string_view text, std::optional<DateReading> made);

// A Commissioner's decision notice's date: a "Decision Date" / "Date of decision" label; an ICO notice's
// "Date:" line in its heading; the date beside the Commissioner's signature at the end ("Dated the 2nd day of
// March 2010", a date alone under "Scottish Information Commissioner"). nullopt when none is printed.
std::optional<DateReading> notice_decision_date(std::string_view text);

}  // namespace foi
