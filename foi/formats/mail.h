// Email with GMime: a message (.eml) or a mailbox (.mbox) of them; parts and attachments as text.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "foi/formats/format.h"
#include "foi/formats/read_text.h"

namespace foi::formats {

// Reads an attachment by its file name, as read_document (reader.h) does: mail sits below the dispatcher that
// calls it, and is given the dispatcher to read what a message carries.
using ReadAttachment =
    std::function<std::vector<ReadText>(std::string_view filename, std::string_view bytes, const ReadOptions&)>;

// From/To/Date/Subject give the hints (author, date, title); text and HTML parts become the text; attachments
// (PDF, Word, text...) are read with `read_attachment` and appended, each recorded in ReadText::attachments with its
// name, and its pages shifted into the message's text. Nesting deeper than kMaxDepth is refused. Throws TextError.
ReadText read_mail(std::string_view bytes, const ReadOptions& options, const ReadAttachment& read_attachment);

// Every message of an mbox, each a document of its own (ReadText::part "#1", "#2"...).
std::vector<ReadText> read_mbox(std::string_view bytes, const ReadOptions& options,
                                const ReadAttachment& read_attachment);

}  // namespace foi::formats
