// Reading a file as text: one "bytes -> clean text" step per format, chosen by the file's name.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "foi/text.h"

namespace foi::formats {

enum class Format { kText, kMarkdown };

// A file whose format foisearch does not read (yet).
class UnsupportedFormat : public TextError {
 public:
  using TextError::TextError;
};

// The format for a file name: .txt/.text and names without an extension are text, .md/.markdown Markdown.
std::optional<Format> format_for(std::string_view filename);

// Files the indexer passes over without reporting them: hidden files and a corpus's own README.
bool is_ignored_name(std::string_view filename);

struct ReadText {
  std::string text;     // clean UTF-8
  std::string format;   // "text", "markdown"
  std::string charset;  // what the bytes were read as
};

// Reads a file's bytes as clean text by its name's format. Throws UnsupportedFormat or TextError.
ReadText read_document(std::string_view filename, std::string_view bytes);

}  // namespace foi::formats
