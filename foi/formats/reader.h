// Reading a file as text: one "bytes -> clean text" step per format, chosen by the file's name.
#pragma once

#include <string_view>
#include <vector>

#include "foi/formats/format.h"
#include "foi/formats/read_text.h"

namespace foi::formats {

// Reads a file's bytes by its name's format: one ReadText per document (an mbox holds several). Runs in the
// calling process: untrusted binary formats go through read_sandboxed (sandbox.h). Throws UnsupportedFormat or
// TextError (the reason a user sees), "too much text: 17.0 MB extracted, the limit is 16 MB (--max-text-mb)" for
// a document over options.max_text_bytes (an attachment over it is left out of its message, with the reason).
std::vector<ReadText> read_document(std::string_view filename, std::string_view bytes, const ReadOptions& options = {});

}  // namespace foi::formats
