// Rows of an export: a document's search fields as CSV (RFC 4180, guarded against spreadsheet formulas) or as
// one JSON line. No Xapian, no HTTP.
#pragma once

#include <string>
#include <string_view>

#include "foi/index/document.h"

namespace foi {

enum class ExportFormat { kCsv, kJsonl };

// The columns, in order: id, title, date, authority, force, doc_type, outcome, ncnd, exemptions, offences,
// reference, url. A list is joined with "; "; ncnd is "yes" or "no"; a missing value is empty (CSV) or null.
inline constexpr std::string_view kExportColumns[] = {"id",         "title",    "date",      "authority",
                                                      "force",      "doc_type", "outcome",   "ncnd",
                                                      "exemptions", "offences", "reference", "url"};

// One CSV field: a text a spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a carriage
// return) gets a leading ', and a field holding a comma, a quotation mark, a CR or an LF is quoted with its
// quotation marks doubled.
std::string csv_field(std::string_view value);

// The header line, CRLF-terminated.
std::string csv_header();

// One record as a CSV line (CRLF-terminated) or a JSON line (LF-terminated; invalid UTF-8 replaced).
std::string export_row(const Record& r, ExportFormat format);

}  // namespace foi
