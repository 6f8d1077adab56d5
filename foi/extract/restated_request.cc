// Finding the restated request in a reply: the opening cue and the heading of the answer.
#include "foi/extract/restated_request.h"

#include <algorithm>
#include <initializer_list>

#include "foi/base/scan.h"

namespace foi {
namespace {

// The line at `start` is one of `headings`, whole (spaces, colons and Markdown marks aside).
bool heading_line(std::string_view text, size_t start, size_t end,
                  std::initializer_list<std::string_view> headings) {
  std::string_view line = scan::trim(text.substr(start, end - start), "*_#:");
  for (std::string_view h : headings)
    if (scan::iequals(line, h)) return true;
  return false;
}

// Where the reply starts to quote the request: a heading line, or the first of its cues, as words.
std::optional<size_t> request_start(std::string_view text) {
  for (size_t line = 0; line < text.size();) {
    size_t end = std::min(text.find('\n', line), text.size());
    if (heading_line(text, line, end, {"information requested", "requested information", "your request"}))
      return line;
    for (size_t i = line; i < end; ++i) {
      if (!scan::word_start(text, i) || !scan::is_alpha(text[i])) continue;
      // the reply's "you asked", or the request quoted in its own first person
      for (std::string_view cue : {"you have asked for", "you asked for", "you asked:", "you requested",
                                   "i would like to request", "i am requesting", "please provide"})
        if (scan::match_phrase(text, i, cue) != std::string_view::npos) return i;
    }
    line = end + 1;
  }
  return std::nullopt;
}

// The line that opens the answer: a heading, or a review's opening words when a page has no heading between
// the request and the review ("Further to my letter of 29 November 2021, I have now completed my review").
bool answer_line(std::string_view text, size_t start, size_t end) {
  if (heading_line(text, start, end, {"response", "our response", "response to your request", "our answer"}))
    return true;
  std::string_view line = text.substr(start, end - start);
  return (scan::starts_with_phrase(line, "further to my letter") ||
          scan::starts_with_phrase(line, "i have now completed") ||
          scan::starts_with_phrase(line, "i have completed")) &&
         scan::contains_phrase(line, "review");
}

}  // namespace

std::optional<TextSpan> restated_request(std::string_view text) {
  std::optional<size_t> begin = request_start(text);
  if (!begin) return std::nullopt;
  for (size_t line = text.find('\n', *begin); line != std::string_view::npos; line = text.find('\n', line)) {
    ++line;
    size_t end = std::min(text.find('\n', line), text.size());
    if (answer_line(text, line, end)) return TextSpan{*begin, line};
    if (end == text.size()) break;
  }
  return std::nullopt;
}

}  // namespace foi
