// HTML with libxml2's HTML parser: script, style and navigation dropped, headings and paragraphs kept as lines.
#pragma once

#include <string_view>

#include "foi/formats/read_text.h"

namespace foi::formats {

// The page's text with one block (heading, paragraph, list item, table row) per line and a blank line before each
// heading; the <title> (else the first <h1>) as the title hint. Malformed HTML is read as browsers would (recover).
ReadText read_html(std::string_view bytes);

// The same for an HTML fragment already known to be UTF-8 (an email's HTML part).
std::string html_to_text(std::string_view html, std::string* title = nullptr);

}  // namespace foi::formats
