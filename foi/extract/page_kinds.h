// The kinds of page that are no letter: guidance and reports, read from a title or from what the page says to
// its readers. classify_doc_type (doc_types.h) asks these after the letters and decisions.
#pragma once

#include <initializer_list>
#include <optional>
#include <string_view>

#include "foi/extract/doc_type_reading.h"

namespace foi {

// What only a letter that was sent has near its top: a salutation, references, the date it was answered.
inline const std::initializer_list<std::string_view> kSentLetterMarks = {
    "dear",           "our ref",    "your ref",      "our reference", "your reference", "request reference",
    "request number", "request no", "foi reference", "foi ref",       "date responded", "my reference"};

// A policy laid out in sections with "Purpose" and "Scope" headings, and no letter's marks.
std::optional<DocTypeReading> policy_sections(std::string_view text, std::string_view heading);
// "Statistics report", "our performance in" at the top: a page that reports on request handling.
std::optional<DocTypeReading> report_opening(std::string_view top);
// "Guidance", "policy", "code of practice"... in the title.
std::optional<DocTypeReading> guidance_title(std::string_view title);

// A help page's title, read only where no letter was found: a short title of the Act's words naming the
// exemptions ("Refusals and exemptions"), or a question about requests ("When may the Council refuse a
// request?").
std::optional<DocTypeReading> help_title(std::string_view title);
// "Statistics", "news", "annual report"... in the title: a page that reports rather than advises.
std::optional<DocTypeReading> report_title(std::string_view title);
// A procedure for requesters in the first lines ("This procedure applies to..."), and no letter's marks.
std::optional<DocTypeReading> process_page(std::string_view text, std::string_view heading);
// A page written to any requester about how requests are answered ("We will either provide...", "There are 23
// different exemptions", questions as headings), and no letter's marks.
std::optional<DocTypeReading> requester_page(std::string_view text, std::string_view heading);
// "This guidance", "Authorised Professional Practice"... in the top lines.
std::optional<DocTypeReading> guidance(std::string_view top);
// Advice written to authorities about requests ("authorities should ... the requester").
std::optional<DocTypeReading> advice(std::string_view text);

}  // namespace foi
