// What a file is and how it may be read: its format by name, the limits and options every reader takes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "foi/base/text.h"

namespace foi::formats {

enum class Format { kText, kMarkdown, kPdf, kHtml, kMail, kMbox, kDocx, kOdt, kWdtkJson };

// A file whose format foisearch does not read.
class UnsupportedFormat : public TextError {
 public:
  using TextError::TextError;
};

// The size limits (README, "The indexer"): a file is not read whole past the first, a document's text is not
// kept past the second. A small PDF, DOCX or message can expand to far more text than its bytes.
inline constexpr size_t kMaxFileBytes = 64ull << 20;
inline constexpr size_t kMaxTextBytes = 16ull << 20;

struct ReadOptions {
  bool ocr = false;  // read PDF pages with no text layer with Tesseract
  int depth = 0;     // attachment nesting (a message inside a message...); readers refuse to go past kMaxDepth
  size_t max_file_bytes = kMaxFileBytes;  // for whoever reads the file (the indexer); readers are given bytes
  size_t max_text_bytes = kMaxTextBytes;  // read_document rejects a document whose text is longer
};
inline constexpr int kMaxDepth = 8;

// "16 MB" for whole mebibytes, else "1.1 MB": rounded up to a tenth, so a size over a limit never reads as the
// limit itself.
std::string megabytes(size_t bytes);

// The format for a file name: .txt/.text and no extension are text, .md/.markdown Markdown, .pdf, .html/.htm,
// .eml, .mbox, .docx, .odt, and .json (a WhatDoTheyKnow thread export). nullopt for anything else.
std::optional<Format> format_for(std::string_view filename);

// Files the indexer passes over without reporting them: hidden files and a corpus's own README.
bool is_ignored_name(std::string_view filename);

// True for formats parsed by libraries we do not want in the indexer's own process (PDF, HTML, mail, Office).
bool needs_sandbox(Format f);

// A file name's extension in lower case, without the dot ("" when it has none).
std::string lower_extension(std::string_view filename);

}  // namespace foi::formats
