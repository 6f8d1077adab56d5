// The DOCX and ODT reader: paragraphs, headings, tables and titles from the fixtures (made by
// tests/fixtures/office/make_fixtures.py), and hostile archives made here with libzip: bombs, too many
// entries, missing parts, entity expansion, truncation.
#include <doctest/doctest.h>
#include <zip.h>

#include <string>
#include <utility>
#include <vector>

#include "foi/formats/office.h"
#include "foi/formats/reader.h"
#include "test_util.h"

using foi::formats::read_docx;
using foi::formats::read_odt;
using foi::formats::ReadText;
using foi::formats::ZipLimits;

namespace {

using Entries = std::vector<std::pair<std::string, std::string>>;

// A ZIP archive in memory, every entry deflated.
std::string make_zip(const Entries& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  REQUIRE(buffer);
  zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  REQUIRE(zip);
  zip_source_keep(buffer);
  for (const auto& [name, data] : entries) {
    zip_source_t* source = zip_source_buffer(zip, data.data(), data.size(), 0);
    zip_int64_t index = zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    REQUIRE(index >= 0);
    zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 0);  // zlib's default
  }
  REQUIRE(zip_close(zip) == 0);
  zip_stat_t st;
  zip_stat_init(&st);
  REQUIRE(zip_source_stat(buffer, &st) == 0);
  std::string out(st.size, '\0');
  REQUIRE(zip_source_open(buffer) == 0);
  REQUIRE(zip_source_read(buffer, out.data(), out.size()) == static_cast<zip_int64_t>(out.size()));
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return out;
}

std::string fixture(const std::string& name) {
  std::string bytes = foi::test::read_file(foi::test::source_path("tests/fixtures/office/" + name));
  REQUIRE(!bytes.empty());
  return bytes;
}

std::string document_xml(const std::string& body, const std::string& doctype = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype +
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
         body + "</w:body></w:document>";
}

std::string paragraph(const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; }

// Writes a little-endian 32-bit field at every offset after `signature` + `field`.
void patch_u32(std::string& zip, const std::string& signature, size_t field, uint32_t value) {
  for (size_t at = zip.find(signature); at != std::string::npos; at = zip.find(signature, at + 1))
    for (int i = 0; i < 4; ++i) zip[at + field + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

}  // namespace

TEST_CASE("office: a DOCX gives its paragraphs, headings and tables as lines and its title from core.xml") {
  ReadText r = read_docx(fixture("letter.docx"));
  CHECK(r.format == "docx");
  CHECK(r.hints.title == "Response to FOI request 006/21");
  CHECK(r.text ==
        "Freedom of Information Request\n"    // a heading is a line
        "Our ref: 006/21\n"                   // runs joined, spaces kept; a tab stop in the paragraph's
        "Date\t22 January 2021\n"             //   properties is not a tab, w:tab is
        "\n"                                  // two empty paragraphs: one blank line
        "Line one\nline two\n"                // w:br
        "We hold the caf\xC3\xA9 records.\n"  // inserted text kept, deleted text left out
        "Exemption | Section\n"
        "National security | s24(1) s23(5)\n"  // a cell's paragraphs on the row's line
        "Boxed note\n"                         // once: the text box's fallback copy is skipped
        "Yours sincerely\n");
}

TEST_CASE(
    "office: an ODT gives its headings, paragraphs, lists and tables as lines and its title from meta.xml") {
  ReadText r = read_odt(fixture("letter.odt"));
  CHECK(r.format == "odt");
  CHECK(r.hints.title == "Disclosure log entry 2021/044");
  CHECK(r.text ==
        "Disclosure log\n"                        // white space collapsed as ODF says
        "Essex Police replied See the annex..\n"  // the space between two spans kept; the note inline
        "Ref   FOI 15167\tclosed\nsecond line\n"  // text:s c=3, text:tab, text:line-break
        "Annotated paragraph\n"                   // the comment left out
        "First item\nSecond item\n"
        "Force | Count\n"
        "Kent Police | 12\n");
  CHECK(r.text.find("secret draft") == std::string::npos);  // tracked deletion
}

TEST_CASE("office: read_document picks the reader by extension") {
  CHECK(foi::formats::read_document("a/letter.docx", fixture("letter.docx")).at(0).format == "docx");
  CHECK(foi::formats::read_document("LOG.ODT", fixture("letter.odt")).at(0).format == "odt");
}

TEST_CASE("office: a DOCX without core properties has no title, and the title is whitespace-trimmed") {
  CHECK(read_docx(make_zip({{"word/document.xml", document_xml(paragraph("Body"))}})).hints.title.empty());
  std::string core =
      "<cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>\n  Spaced title "
      "</dc:title></cp:coreProperties>";
  ReadText r = read_docx(
      make_zip({{"word/document.xml", document_xml(paragraph("Body"))}, {"docProps/core.xml", core}}));
  CHECK(r.hints.title == "Spaced title");
  CHECK(r.text == "Body\n");
}

TEST_CASE("office: a zip bomb is rejected from its declared size, before it inflates") {
  std::string zeros(50 * 1024 * 1024, '\0');
  std::string bomb = make_zip({{"word/document.xml", zeros}});
  zeros.clear();
  CHECK(bomb.size() < 200 * 1024);  // ~50 KB that would inflate a thousandfold
  CHECK_THROWS_WITH_AS(read_docx(bomb), doctest::Contains("zip bomb"), foi::TextError);

  ZipLimits small;
  small.max_entry_bytes = 1000;
  std::string big = document_xml(std::string(2000, ' ') + paragraph("x"));
  CHECK_THROWS_WITH_AS(read_docx(make_zip({{"word/document.xml", big}}), small),
                       doctest::Contains("zip bomb"), foi::TextError);
  CHECK(read_docx(make_zip({{"word/document.xml", big}})).text == "x\n");  // within the default limits
}

TEST_CASE("office: an entry that inflates past its declared size is stopped, not trusted") {
  std::string xml = document_xml(paragraph(std::string(300000, 'a')));
  std::string zip = make_zip({{"word/document.xml", xml}});
  patch_u32(zip, "PK\x03\x04", 22, 1000);  // local header: uncompressed size
  patch_u32(zip, "PK\x01\x02", 24, 1000);  // central directory: uncompressed size
  CHECK_THROWS_WITH_AS(read_docx(zip),
                       doctest::Contains("zip bomb: word/document.xml inflates past its declared 1000"),
                       foi::TextError);
}

TEST_CASE("office: archives that are not a readable DOCX or ODT are rejected with the reason") {
  std::string letter = fixture("letter.docx");
  std::string corrupt = letter;
  size_t data = corrupt.find("word/document.xml") + 17 + 40;  // inside the entry's deflated bytes
  for (size_t i = 0; i < 16; ++i) corrupt[data + i] = static_cast<char>(corrupt[data + i] ^ 0x5A);
  Entries many;
  for (int i = 0; i < 11; ++i) many.push_back({"part" + std::to_string(i) + ".xml", "<a/>"});
  many.push_back({"word/document.xml", document_xml(paragraph("x"))});
  ZipLimits ten;
  ten.max_entries = 10;
  struct Case {
    const char* what;
    std::string bytes;
    ZipLimits limits;
    std::string reason;
  };
  const Case cases[] = {
      {"not a zip", "Dear requester, this is plain text.", {}, "not a ZIP archive"},
      {"empty", "", {}, "not a ZIP archive"},
      {"truncated", letter.substr(0, letter.size() / 2), {}, "not a ZIP archive"},
      {"truncated by the last byte", letter.substr(0, letter.size() - 1), {}, "not a ZIP archive"},
      {"corrupt deflate data", corrupt, {}, "damaged ZIP archive"},
      {"too many entries", make_zip(many), ten, "too many entries"},
      {"no word/document.xml", make_zip({{"content.xml", "<a/>"}}), {}, "not a DOCX: no word/document.xml"},
      {"malformed XML",
       make_zip({{"word/document.xml", "<w:document><w:body>"}}),
       {},
       "malformed XML in word/document.xml"},
      {"no body", make_zip({{"word/document.xml", "<root/>"}}), {}, "no w:body"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    CHECK_THROWS_WITH_AS(read_docx(c.bytes, c.limits), doctest::Contains(c.reason.c_str()), foi::TextError);
  }
  CHECK_NOTHROW(read_docx(make_zip(many)));  // 12 entries are fine under the default limit
  CHECK_THROWS_WITH_AS(read_odt(letter), doctest::Contains("not an ODT: no content.xml"), foi::TextError);
}

TEST_CASE("office: an entity-expansion DOCX (billion laughs) is refused without expanding") {
  std::string dtd = "<!DOCTYPE w:document [\n<!ENTITY lol0 \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    dtd += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j) dtd += "&lol" + std::to_string(i - 1) + ";";
    dtd += "\">\n";
  }
  dtd += "]>\n";
  std::string bomb = make_zip({{"word/document.xml", document_xml(paragraph("&lol9;"), dtd)}});
  CHECK_THROWS_WITH_AS(read_docx(bomb), doctest::Contains("entit"), foi::TextError);
  std::string one = document_xml(paragraph("&x;"), "<!DOCTYPE w:document [<!ENTITY x \"harmless\">]>\n");
  CHECK_THROWS_WITH_AS(read_docx(make_zip({{"word/document.xml", one}})), doctest::Contains("DTD"),
                       foi::TextError);
}

TEST_CASE(
    "office: an ODT keeps a lone space between spans and repeats text:s at most a bounded number of times") {
  std::string content =
      "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
      "<text:p><text:span>a</text:span> <text:span>b</text:span><text:s text:c=\"2000000000\"/>c</text:p>"
      "</office:text></office:body></office:document-content>";
  ReadText r = read_odt(make_zip({{"content.xml", content}}));
  CHECK(r.text.rfind("a b ", 0) == 0);
  CHECK(r.text.size() < 200);
  CHECK(r.hints.title.empty());
}

TEST_CASE("office: part names match without regard to case, as the Open Packaging Conventions say") {
  CHECK(read_docx(make_zip({{"Word/Document.XML", document_xml(paragraph("Found"))}})).text == "Found\n");
}
