// Email with GMime: a message (.eml) or a mailbox (.mbox) of them; parts and attachments as text.
#pragma once

#include <string_view>
#include <vector>

#include "foi/formats/reader.h"

namespace foi::formats {

// From/To/Date/Subject give the hints (author, date, title); text and HTML parts become the text; attachments
// (PDF, Word, text...) are read with read_document and appended, each recorded in ReadText::attachments with its
// name, and its pages shifted into the message's text. Nesting deeper than kMaxDepth is refused. Throws TextError.
ReadText read_mail(std::string_view bytes, const ReadOptions& options);

// Every message of an mbox, each a document of its own (ReadText::part "#1", "#2"...).
std::vector<ReadText> read_mbox(std::string_view bytes, const ReadOptions& options);

}  // namespace foi::formats
