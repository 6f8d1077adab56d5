// Export rows (CSV quoting, the formula guard, JSON lines) and the Atom feed's XML text, on strings alone.
#include "foi/search/export_format.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "foi/search/atom_feed.h"

TEST_CASE("export: a CSV field is quoted when it must be and guarded when a spreadsheet would run it") {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {
      {"plain", "plain"},
      {"", ""},
      {"a,b", "\"a,b\""},
      {"say \"no\"", "\"say \"\"no\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"cr\rhere", "\"cr\rhere\""},
      {"=1+2", "'=1+2"},
      {"+44 20", "'+44 20"},
      {"-3", "'-3"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"\tTab", "'\tTab"},
      {"\rCR", "\"'\rCR\""},
      {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
      {"a=b", "a=b"},  // only a leading sign runs
      {"s31(1)(a); s40(2)", "s31(1)(a); s40(2)"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.in);
    CHECK(foi::csv_field(r.in) == r.out);
  }
}

TEST_CASE(
    "export: a record's CSV row has the twelve columns, lists joined with '; ', and its JSON line the same") {
  foi::Record r;
  r.id = "a/b.txt";
  r.title = "Widgets, again";
  r.date = "2021-01-22";
  r.force = {"Kent Police", "Essex Police"};
  r.exemptions = {"s31(3)", "s40(2)"};
  r.doc_type = "response";
  r.ncnd = true;
  CHECK(foi::csv_header() ==
        "id,title,date,authority,force,doc_type,outcome,ncnd,exemptions,offences,reference,url\r\n");
  CHECK(
      foi::export_row(r, foi::ExportFormat::kCsv) ==
      "a/b.txt,\"Widgets, again\",2021-01-22,,Kent Police; Essex Police,response,,yes,s31(3); s40(2),,,\r\n");
  std::string line = foi::export_row(r, foi::ExportFormat::kJsonl);
  CHECK(line.back() == '\n');
  CHECK(line.find('\n') == line.size() - 1);
  nlohmann::json j = nlohmann::json::parse(line);
  CHECK(j.at("authority").is_null());
  CHECK(j.at("force") == nlohmann::json({"Kent Police", "Essex Police"}));
  CHECK(j.at("ncnd") == true);
  CHECK(!j.contains("url"));  // only when the document has one
  CHECK(!j.contains("snippet"));
  r.url = "https://example.org/x";
  CHECK(nlohmann::json::parse(foi::export_row(r, foi::ExportFormat::kJsonl)).at("url") ==
        "https://example.org/x");
}

TEST_CASE("feed: XML text escapes markup and drops what XML 1.0 forbids") {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {
      {"plain", "plain"},
      {"<script>&\"'", "&lt;script&gt;&amp;&quot;&apos;"},
      {"a\x01"
       "b\x0b"
       "c\x0c"
       "d\x1b"
       "e\x7f",
       "abcde\x7f"},  // DEL is allowed in XML 1.0
      {"tab\tnl\n", "tab\tnl\n"},
      {"cr\r", "cr&#13;"},
      {"caf\xc3\xa9", "caf\xc3\xa9"},
      {"bad\xff"
       "byte\xc3",
       "badbyte"},
      {"\xef\xbf\xbe\xef\xbf\xbf"
       "ok",
       "ok"},                                    // U+FFFE, U+FFFF
      {"\xc0\xaf", ""},                          // overlong '/'
      {"\xf0\x9f\x93\x84", "\xf0\x9f\x93\x84"},  // a character outside the BMP
  };
  for (const Row& r : rows) {
    CAPTURE(r.in);
    CHECK(foi::xml_text(r.in) == r.out);
  }
}

TEST_CASE("feed: an entry's id is a tag URI of the document id alone, %-encoded") {
  CHECK(foi::entry_id("a/b c.txt") == "tag:foisearch,2026:doc:a%2Fb%20c.txt");
  CHECK(foi::entry_id("x<y>#1") == "tag:foisearch,2026:doc:x%3Cy%3E%231");
  CHECK(foi::entry_id("a") != foi::entry_id("b"));
}
