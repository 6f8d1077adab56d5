// Reading a file as text: one "bytes -> clean text" step per format, chosen by the file's name.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "foi/formats/read_text.h"
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

// Reads a file's bytes by its name's format: one ReadText per document (an mbox holds several). Runs in the
// calling process: untrusted binary formats go through read_sandboxed (sandbox.h). Throws UnsupportedFormat or
// TextError (the reason a user sees), "too much text: 17.0 MB extracted, the limit is 16 MB (--max-text-mb)" for
// a document over options.max_text_bytes (an attachment over it is left out of its message, with the reason).
std::vector<ReadText> read_document(std::string_view filename, std::string_view bytes, const ReadOptions& options = {});

// True for formats parsed by libraries we do not want in the indexer's own process (PDF, HTML, mail, Office).
bool needs_sandbox(Format f);

}  // namespace foi::formats
