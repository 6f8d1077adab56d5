// Plain text and Markdown: bytes -> clean text, with Markdown's emphasis and heading marks taken out.
#pragma once

#include <string>
#include <string_view>

namespace foi::formats {

// Reads a plain-text or Markdown file's bytes (any charset) as clean UTF-8 text. Throws TextError.
std::string read_text(std::string_view bytes, std::string* charset = nullptr);

// Removes Markdown leftovers that exported FOI letters carry even in .txt files: ** and __ emphasis, leading
// heading hashes, backslash escapes, and the caret of superscript ordinals ("4^th" -> "4th"). Keeps line structure.
std::string strip_markdown(std::string_view text);

}  // namespace foi::formats
