// Bytes -> clean text: valid UTF-8, NFC, no control characters but tab and newline. The only file that uses ICU.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace foi {

// A file that cannot be read as text; what() is the reason shown to the user.
class TextError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct DecodedText {
  std::string text;     // clean UTF-8
  std::string charset;  // what the bytes were read as ("UTF-8", "ISO-8859-1", "UTF-16LE"...)
};

// Reads bytes in any charset as clean UTF-8: UTF-8 (with or without BOM) as is; UTF-16/32 by BOM or detection;
// anything else by ICU's charset detection. Invalid sequences become U+FFFD; NUL and control characters other than
// tab and newline are dropped; CR LF and CR become LF; no-break spaces become spaces; the result is NFC.
// Throws TextError for binary data (many NUL/control bytes that no detected charset explains) and for text
// that decodes mostly to replacement characters.
DecodedText decode_text(std::string_view bytes);

// The cleaning step alone, for text already in UTF-8 (invalid sequences replaced).
std::string clean_utf8(std::string_view utf8);

// Lower-cases UTF-8 text (full Unicode case folding), for case-insensitive keys.
std::string fold_case(std::string_view utf8);

}  // namespace foi
