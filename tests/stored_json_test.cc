// A stored record's text read by a scan (stored_json.h) is what nlohmann's parser reads, whatever the text
// holds; JSON it cannot read that way is left to the parser.
#include "foi/search/stored_json.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "foi/index/document.h"

TEST_CASE("stored json: the text member splits off as the parser reads it, whatever it holds") {
  const std::string texts[] = {
      "",
      "Dear Sir, plain words.",
      "quotes \" and \\ backslashes \\\" and a slash /",
      "lines\nand\ttabs\r\n\b\f",
      std::string("control \x01 \x1f and NUL ") + '\0' + " inside",
      "Unicode: caf\xC3\xA9, \xE2\x80\x99 quote, emoji \xF0\x9F\x98\x80",
      "a text that says \",\"text\":\" and {\"text\":\"x\"} and ] } [ {",
      "invalid UTF-8 \xFF\xFE kept as dump_json replaces it",
  };
  for (const std::string& text : texts) {
    CAPTURE(text);
    nlohmann::json stored = {
        {"attachments", nlohmann::json::array()},
        {"charset", "utf-8"},
        {"format", "txt"},
        {"pages", {{{"offset", 0}, {"page", 1}}}},
        {"record", {{"id", "a \"text\" id"}, {"title", "text"}, {"text", "nested, not it"}}},
        {"text", text}};
    std::string raw = foi::dump_json(stored);
    std::optional<foi::SplitRecord> split = foi::split_text_member(raw);
    REQUIRE(split);
    nlohmann::json whole = nlohmann::json::parse(raw);
    CHECK(split->text == whole.at("text").get<std::string>());
    nlohmann::json rest = nlohmann::json::parse(split->rest);
    CHECK(rest.at("text") == "");
    whole["text"] = "";
    CHECK(rest == whole);
  }
}

TEST_CASE("stored json: JSON not laid out as dump_json writes it is left to the parser") {
  const char* cases[] = {
      R"({"record":{"text":"only nested"}})",           // no top-level text
      R"({"text": "a blank after the colon"})",         // laid out otherwise
      R"({"text":12})",                                 // not a string
      R"({"text":"a lone surrogate \udc00"})",          // the parser's to judge
      R"({"text":"a high surrogate alone \ud83d x"})",  //
      R"({"text":"an unknown escape \q"})",             //
      R"({"text":"unclosed)",                           //
  };
  for (const char* json : cases) {
    CAPTURE(json);
    CHECK_FALSE(foi::split_text_member(json));
  }
  std::optional<foi::SplitRecord> pair =
      foi::split_text_member(R"({"a":[1,{"text":"x"}],"text":"\ud83d\ude00\u00e9"})");
  REQUIRE(pair);
  CHECK(pair->text == "\xF0\x9F\x98\x80\xC3\xA9");
  CHECK(pair->rest == R"({"a":[1,{"text":"x"}],"text":""})");
}
