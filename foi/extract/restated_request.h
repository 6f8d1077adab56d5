// The part of a reply that restates the request it answers, whose words are the requester's.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace foi {

struct TextSpan {
  size_t begin = 0;
  size_t end = 0;  // one past the last byte
};

// From where a reply starts quoting the request ("You have asked for", "You asked:", a line "Information
// requested") to the line that opens its answer ("Our response", "Response", or a review's "Further to my
// letter of ..., I have now completed my review"). nullopt unless both are found, in that order: a letter
// that never marks where its answer starts is read whole.
std::optional<TextSpan> restated_request(std::string_view text);

}  // namespace foi
