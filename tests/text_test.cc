// Text cleaning: every input becomes clean NFC UTF-8, or a clear TextError.
#include <doctest/doctest.h>

#include <string>

#include "foi/formats/reader.h"
#include "foi/formats/text_format.h"
#include "foi/base/text.h"

using foi::decode_text;

TEST_CASE("text: decodes each charset to clean UTF-8") {
  struct Case {
    std::string bytes;
    std::string text;
    std::string charset;
  };
  const Case cases[] = {
      {"plain ascii", "plain ascii", "UTF-8"},
      {"\xEF\xBB\xBFwith BOM caf\xC3\xA9", "with BOM caf\xC3\xA9", "UTF-8"},
      {std::string("\xFF\xFEh\0i\0", 6), "hi", "UTF-16LE"},
      {std::string("\xFE\xFF\0h\0i", 6), "hi", "UTF-16BE"},
      {"The caf\xE9 on the corner served cr\xE8me br\xFBl\xE9\x65 to the officers every day of the week.",
       "The caf\xC3\xA9 on the corner served cr\xC3\xA8me br\xC3\xBBl\xC3\xA9\x65 to the officers every day of the week.",
       "ISO-8859-1"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    foi::DecodedText d = decode_text(c.bytes);
    CHECK(d.text == c.text);
    CHECK(d.charset == c.charset);
  }
}

TEST_CASE("text: drops NUL and control characters but tab and newline, and normalises line ends and NFC") {
  CHECK(decode_text(std::string("a\0b\x01" "c\td\n", 8)).text == "abc\td\n");
  CHECK(decode_text("one\r\ntwo\rthree").text == "one\ntwo\nthree");
  CHECK(decode_text("e\xCC\x81").text == "\xC3\xA9");        // e + combining acute -> é (NFC)
  CHECK(decode_text("a\xC2\xA0" "b").text == "a b");           // no-break space -> space
  CHECK(decode_text("x\xE2\x80\x8By").text == "xy");           // zero-width space dropped
}

TEST_CASE("text: a stray invalid byte in UTF-8 is replaced, not a reason to re-read the file as Latin-1") {
  std::string s = "\xE2\x80\x9CQuoted\xE2\x80\x9D and \xE2\x80\x98more\xE2\x80\x99 then a stray \xFF byte.";
  foi::DecodedText d = decode_text(s);
  CHECK(d.charset == "UTF-8");
  CHECK(d.text.find("\xE2\x80\x9CQuoted\xE2\x80\x9D") != std::string::npos);
  CHECK(d.text.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD where the stray byte was
}

TEST_CASE("text: binary data is rejected with a reason") {
  std::string bin;
  for (int i = 0; i < 4096; ++i) bin += static_cast<char>((i * 7919) % 256);
  CHECK_THROWS_AS(decode_text(bin), foi::TextError);
  std::string elf("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3E\0\x01\0\0\0", 24);
  CHECK_THROWS_WITH_AS(decode_text(elf + std::string(2000, '\0')), doctest::Contains("binary"), foi::TextError);
}

TEST_CASE("text: Markdown leftovers are taken out, line structure kept") {
  CHECK(foi::formats::strip_markdown("**Our ref: 6152/17**") == "Our ref: 6152/17");
  CHECK(foi::formats::strip_markdown("## **Appendix A**\nbody") == "Appendix A\nbody");
  CHECK(foi::formats::strip_markdown("on 4^th January 2021") == "on 4th January 2021");
  CHECK(foi::formats::strip_markdown("\\*If question 2") == "*If question 2");
  CHECK(foi::formats::strip_markdown("a * b and 2^3") == "a * b and 2^3");
  CHECK(foi::formats::strip_markdown("window.__pwned=1 stays") == "window.__pwned=1 stays");
  CHECK(foi::formats::strip_markdown("a.__x=1 b.__y=2 c.__z=3") == "a.__x=1 b.__y=2 c.__z=3");
  CHECK(foi::formats::strip_markdown("**bold** and **half") == "bold and **half");
  CHECK(foi::formats::strip_markdown("__Section 31__ applies") == "Section 31 applies");
}

TEST_CASE("text: the reader picks the format by file name and refuses the ones it cannot read yet") {
  CHECK(foi::formats::format_for("a/b.txt") == foi::formats::Format::kText);
  CHECK(foi::formats::format_for("NOTES") == foi::formats::Format::kText);
  CHECK(foi::formats::format_for("x.MD") == foi::formats::Format::kMarkdown);
  CHECK(foi::formats::format_for("x.pdf") == foi::formats::Format::kPdf);
  CHECK_FALSE(foi::formats::format_for("x.xlsx"));
  CHECK_THROWS_AS(foi::formats::read_document("x.xlsx", "PK"), foi::formats::UnsupportedFormat);
  CHECK(foi::formats::is_ignored_name("corpus/README.md"));
  CHECK(foi::formats::is_ignored_name(".hidden.txt"));
  CHECK_FALSE(foi::formats::is_ignored_name("response.txt"));
}

TEST_CASE("text: fold_case folds ASCII and other letters alike, in place, and replaces invalid bytes") {
  struct Case {
    std::string in;
    std::string out;
  };
  const Case cases[] = {
      {"Section 31(1)(A) FOIA", "section 31(1)(a) foia"},
      {"CAF\xC3\x89 STRA\xC3\x9F", "caf\xC3\xA9 strass"},  // É -> é, ß -> ss (full folding)
      {"\xE2\x80\x9CQuoted\xE2\x80\x9D Text", "\xE2\x80\x9Cquoted\xE2\x80\x9D text"},  // quotes kept
      {"A\xFF-B", "a\xEF\xBF\xBD-b"},                  // a stray byte becomes U+FFFD
      {"\xCE\x9F\xCE\xA3 Ab", "\xCE\xBF\xCF\x83 ab"},  // Greek capitals fold too
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(foi::fold_case(c.in) == c.out);
  }
}
