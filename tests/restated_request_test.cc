// restated_request: where a reply quotes the request it answers, whose words are the requester's.
#include "foi/extract/restated_request.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>

TEST_CASE("restated_request: from the request's cue or heading to the line that opens the answer") {
  struct Case {
    const char* what;
    const char* text;
    std::optional<std::string> span;  // the restated request's text, or none
  } cases[] = {
      {"a heading pair",
       "Widget figures\nInformation requested\nAll widget contracts.\nResponse\nWe hold none.\n",
       "Information requested\nAll widget contracts.\n"},
      {"a cue in a sentence, then 'Our response'",
       "Dear Ms Lee,\nYou asked for the widget budget.\nOur response:\nIt is attached.\n",
       "You asked for the widget budget.\n"},
      {"a review page with no heading before the review",
       "Information requested\nPlease review: section 30 was applied wrongly.\nFurther to my letter of 2 "
       "May, I have "
       "now completed my review of our response.\nThe decision stands.\n",
       "Information requested\nPlease review: section 30 was applied wrongly.\n"},
      {"a review opened by 'I have completed my review'",
       "Your request\nA review, please.\nI have completed my review and I uphold the response.\n",
       "Your request\nA review, please.\n"},
      {"the requester's own 'further to my letter' is not the answer (no review in it)",
       "Information requested\nFurther to my letter of May, I ask again for the file.\nResponse\nIt is "
       "attached.\n",
       "Information requested\nFurther to my letter of May, I ask again for the file.\n"},
      {"no line opens the answer: read whole",
       "Information requested\nAll widget contracts.\nWe hold none.\n", std::nullopt},
      {"no cue at all", "Dear Sir,\nThe widget budget is attached.\n", std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    std::string text = c.text;
    std::optional<foi::TextSpan> got = foi::restated_request(text);
    REQUIRE(got.has_value() == c.span.has_value());
    if (got) CHECK(text.substr(got->begin, got->end - got->begin) == *c.span);
  }
}
