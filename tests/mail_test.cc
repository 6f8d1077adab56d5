// The email reader: headers as hints, bodies in any charset and transfer encoding, HTML, attachments through
// read_document, nesting past kMaxDepth, mailboxes, and damaged input.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "foi/formats/mail.h"
#include "foi/formats/reader.h"
#include "test_util.h"

using foi::formats::ReadOptions;
using foi::formats::ReadText;

namespace {

// The reader as the dispatcher calls it: attachments through read_document.
ReadText read_mail(std::string_view bytes, const ReadOptions& options) {
  return foi::formats::read_mail(bytes, options, foi::formats::read_document);
}
std::vector<ReadText> read_mbox(std::string_view bytes, const ReadOptions& options) {
  return foi::formats::read_mbox(bytes, options, foi::formats::read_document);
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string base64(const std::string& in) {
  static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (size_t i = 0; i < in.size(); i += 3) {
    unsigned n = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) n |= static_cast<unsigned char>(in[i + 1]) << 8;
    if (i + 2 < in.size()) n |= static_cast<unsigned char>(in[i + 2]);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += i + 1 < in.size() ? kAlphabet[(n >> 6) & 63] : '=';
    out += i + 2 < in.size() ? kAlphabet[n & 63] : '=';
    if ((i / 3 + 1) % 19 == 0) out += '\n';  // 76-column lines
  }
  return out + "\n";
}

// A small valid PDF with one line of text per page (Helvetica, no fonts embedded), offsets computed.
std::string make_pdf(const std::vector<std::string>& pages) {
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "",
                                      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string kids;
  for (const std::string& text : pages) {
    size_t page = objects.size() + 1;
    kids += std::to_string(page) + " 0 R ";
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
        "/Contents " +
        std::to_string(page + 1) + " 0 R >>");
    std::string stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
    objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream +
                      "\nendstream");
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    std::string n = std::to_string(off);
    pdf += std::string(10 - n.size(), '0') + n + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

struct Part {
  std::string headers;  // Content-Type and the rest, without the blank line
  std::string body;
};

std::string multipart(const std::string& top_headers, const std::vector<Part>& parts,
                      const std::string& boundary) {
  std::string m =
      top_headers + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"" + boundary + "\"\n\n";
  for (const Part& p : parts) m += "--" + boundary + "\n" + p.headers + "\n\n" + p.body + "\n";
  return m + "--" + boundary + "--\n";
}

// Message i carries message i+1 as a message/rfc822 part, down to `levels`.
std::string nested_message(int levels) {
  std::string msg = "From: bottom@example.org\nSubject: Level " + std::to_string(levels) +
                    "\n\nText of level " + std::to_string(levels) + ".\n";
  for (int i = levels - 1; i >= 0; --i) {
    std::string n = std::to_string(i);
    msg = multipart(
        "From: level" + n + "@example.org\nSubject: Level " + n + "\n",
        {{"Content-Type: text/plain", "Text of level " + n + "."}, {"Content-Type: message/rfc822", msg}},
        "b" + n);
  }
  return msg;
}

// Either a TextError or a text: the reader must not crash or hang on it.
std::string read_or_error(const std::string& bytes) {
  try {
    return read_mail(bytes, {}).text;
  } catch (const foi::TextError& e) {
    return std::string("error: ") + e.what();
  }
}

}  // namespace

TEST_CASE("mail: a plain message gives its headers as hints and a header block before the body") {
  std::string eml =
      "From: \"Essex Police FOI Unit\" <foi@essex.police.uk>\n"
      "To: requester@example.com\n"
      "Date: Fri, 22 Jan 2021 23:30:00 -0800\n"
      "Subject: =?UTF-8?Q?FOI_006/21_=E2=80=93_response?=\n"
      "\n"
      "Dear requester,\r\nWe do not hold the information.\n";
  ReadText r = read_mail(eml, {});
  CHECK(r.format == "mail");
  CHECK(r.hints.title == "FOI 006/21 \xE2\x80\x93 response");
  CHECK(r.hints.date == "2021-01-22");  // the sender's own day, not UTC's 23rd
  CHECK(r.hints.author == "Essex Police FOI Unit");
  CHECK(!r.hints.authority);
  CHECK(r.text ==
        "From: Essex Police FOI Unit <foi@essex.police.uk>\n"
        "To: requester@example.com\n"
        "Date: Fri, 22 Jan 2021 23:30:00 -0800\n"
        "Subject: FOI 006/21 \xE2\x80\x93 response\n"
        "\n"
        "Dear requester,\nWe do not hold the information.\n");
  CHECK(r.attachments.empty());
}

TEST_CASE("mail: the author is the From address when the sender gives no name, and no Date gives no date") {
  ReadText r = read_mail("From: foi@kent.police.uk\nSubject: Re: request\n\nReply.\n", {});
  CHECK(r.hints.author == "foi@kent.police.uk");
  CHECK(!r.hints.date);
  CHECK(r.hints.title == "Re: request");
}

TEST_CASE("mail: bodies are decoded from their transfer encoding and charset to clean UTF-8") {
  struct Case {
    const char* what;
    std::string charset;   // "" for none declared
    std::string encoding;  // Content-Transfer-Encoding
    std::string body;
    std::string text;
  };
  const Case cases[] = {
      {"quoted-printable Latin-1", "iso-8859-1", "quoted-printable",
       "The caf=E9 served cr=E8me br=FBl=E9e, a soft=\n line break.",
       "The caf\xC3\xA9 served cr\xC3\xA8me br\xC3\xBBl\xC3\xA9\x65, a soft line break."},
      {"base64 Latin-1", "ISO-8859-1", "base64", base64("Caf\xE9 and cr\xE8me."),
       "Caf\xC3\xA9 and cr\xC3\xA8me."},
      {"quoted-printable windows-1252 quotes", "windows-1252", "quoted-printable", "=93Quoted=94 =96 dash",
       "\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x80\x93 dash"},
      {"8-bit Latin-1 with no charset, detected", "", "8bit",
       "Les caf\xE9s de la r\xE9gion ont servi des cr\xE8mes br\xFBl\xE9\x65s \xE0 tous les agents de "
       "police.",
       "Les caf\xC3\xA9s de la r\xC3\xA9gion ont servi des cr\xC3\xA8mes br\xC3\xBBl\xC3\xA9\x65s \xC3\xA0 "
       "tous les "
       "agents de police."},
      {"UTF-8 base64, normalised to NFC", "utf-8", "base64", base64("e\xCC\x81t\xC3\xA9"),
       "\xC3\xA9t\xC3\xA9"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    std::string eml = "Subject: charset\nMIME-Version: 1.0\nContent-Type: text/plain" +
                      (c.charset.empty() ? "" : "; charset=" + c.charset) +
                      "\nContent-Transfer-Encoding: " + c.encoding + "\n\n" + c.body + "\n";
    ReadText r = read_mail(eml, {});
    CHECK(r.text == "Subject: charset\n\n" + c.text + "\n");
  }
  CHECK(read_mail("Subject: x\nContent-Type: text/plain; charset=iso-8859-1\n\ncaf\xE9\n", {}).charset ==
        "ISO-8859-1");
}

TEST_CASE("mail: an HTML-only message becomes text without its script and style") {
  std::string eml =
      "Subject: html\nContent-Type: text/html; charset=utf-8\n\n"
      "<html><head><title>ignored</title><style>p { color: red }</style></head><body>"
      "<script>alert('leak')</script><p>Dear requester,</p><p>We hold &amp; disclose the\n   figures.</p>"
      "</body></html>\n";
  ReadText r = read_mail(eml, {});
  CHECK(contains(r.text, "Dear requester,\nWe hold & disclose the figures.\n"));
  CHECK(!contains(r.text, "alert"));
  CHECK(!contains(r.text, "color"));
  CHECK(!contains(r.text, "<p>"));
}

TEST_CASE("mail: multipart/alternative gives the plain text once, not the HTML copy as well") {
  std::string eml =
      "Subject: alt\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=alt\n\n"
      "--alt\nContent-Type: text/plain\n\nPlain version.\n"
      "--alt\nContent-Type: text/html\n\n<p>HTML version.</p>\n--alt--\n";
  ReadText r = read_mail(eml, {});
  CHECK(contains(r.text, "Plain version."));
  CHECK(!contains(r.text, "HTML version."));
}

TEST_CASE("mail: text and DOCX attachments are read and appended after their markers, each recorded") {
  std::string docx = foi::test::read_file(foi::test::source_path("tests/fixtures/office/letter.docx"));
  REQUIRE(!docx.empty());
  std::string eml = multipart(
      "From: foi@example.gov.uk\nSubject: Your request\n",
      {{"Content-Type: text/plain; charset=utf-8", "Please find our response attached."},
       {"Content-Type: text/plain; name=notes.txt\nContent-Disposition: attachment; filename=notes.txt",
        "Notes: the request was received on 4 January."},
       {"Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\n"
        "Content-Disposition: attachment; filename=\"letter.docx\"\nContent-Transfer-Encoding: base64",
        base64(docx)},
       {"Content-Type: text/plain\nContent-Disposition: attachment", "Unnamed attachment text."}},
      "mixed");
  ReadText r = read_mail(eml, {});
  CHECK(contains(
      r.text,
      "Subject: Your request\n\nPlease find our response attached.\n\n--- Attachment: notes.txt ---\n"));
  REQUIRE(r.attachments.size() == 3);
  struct Expected {
    std::string name, format, starts;
  };
  const Expected expected[] = {{"notes.txt", "text", "Notes: the request was received on 4 January.\n"},
                               {"letter.docx", "docx", "Freedom of Information Request\nOur ref: 006/21\n"},
                               {"attachment 3", "text", "Unnamed attachment text."}};
  for (size_t i = 0; i < 3; ++i) {
    CAPTURE(i);
    const auto& a = r.attachments[i];
    CHECK(a.name == expected[i].name);
    CHECK(a.format == expected[i].format);
    CHECK(r.text.compare(a.offset, expected[i].starts.size(), expected[i].starts) == 0);
    std::string marker = "--- Attachment: " + expected[i].name + " ---\n";
    CHECK(r.text.compare(a.offset - marker.size(), marker.size(), marker) == 0);
  }
  CHECK(contains(r.text, "National security | s24(1) s23(5)"));
}

TEST_CASE(
    "mail: a PDF attachment's pages keep their numbers and move to the attachment's place in the text") {
  std::string eml = multipart(
      "Subject: scanned letters\n",
      {{"Content-Type: text/plain", "Two pages follow."},
       {"Content-Type: application/pdf; name=letter.pdf\nContent-Transfer-Encoding: base64",
        base64(make_pdf({"First page of the response letter", "Second page with the exemptions"}))}},
      "pdf");
  ReadText r = read_mail(eml, {});
  REQUIRE(r.attachments.size() == 1);
  CHECK(r.attachments[0].format == "pdf");
  REQUIRE(r.pages.size() == 2);
  CHECK(r.pages[0].number == 1);
  CHECK(r.pages[1].number == 2);
  CHECK(r.pages[0].offset == r.attachments[0].offset);
  CHECK(r.text.compare(r.pages[1].offset, 6, "Second") == 0);
  CHECK(foi::formats::page_at(r, r.text.find("exemptions")) == 2);
}

TEST_CASE("mail: an attachment that cannot be read is noted in the text and the message is still read") {
  std::string eml = multipart(
      "Subject: broken\n",
      {{"Content-Type: text/plain", "Body survives."},
       {"Content-Type: application/octet-stream\nContent-Disposition: attachment; filename=broken.docx",
        "this is not a zip archive"},
       {"Content-Type: image/png\nContent-Disposition: attachment; filename=photo.png\n"
        "Content-Transfer-Encoding: base64",
        base64("\x89PNG\r\n\x1A\n")}},
      "broken");
  ReadText r = read_mail(eml, {});
  CHECK(contains(r.text, "Body survives."));
  CHECK(contains(r.text, "[attachment broken.docx: not read: not a ZIP archive"));
  CHECK(contains(r.text, "[attachment photo.png: not read: unsupported format: .png]"));
  CHECK(!contains(r.text, "--- Attachment:"));
  CHECK(r.attachments.empty());
}

// The rule (mail.cc): messages are read down to kMaxDepth; the message one level deeper is not descended into
// but noted as not read, so the outer messages are still indexed.
TEST_CASE("mail: a message nested 50 deep is read down to kMaxDepth and the deeper one noted as too deep") {
  ReadText r = read_mail(nested_message(50), {});
  for (int i = 0; i <= foi::formats::kMaxDepth; ++i)
    CHECK(contains(r.text, "Text of level " + std::to_string(i) + "."));
  std::string next = std::to_string(foi::formats::kMaxDepth + 1);
  CHECK(!contains(r.text, "Text of level " + next + "."));
  CHECK(contains(r.text, "[attachment Level " + next + ": not read: nested too deep"));
  REQUIRE(r.attachments.size() == static_cast<size_t>(foi::formats::kMaxDepth));
  for (int i = 0; i < foi::formats::kMaxDepth; ++i) {
    CHECK(r.attachments[i].name == "Level " + std::to_string(i + 1));
    CHECK(r.attachments[i].format == "mail");
    CHECK(r.text.compare(r.attachments[i].offset, 6, "From: ") == 0);
  }
  foi::formats::ReadOptions too_deep;
  too_deep.depth = foi::formats::kMaxDepth + 1;
  CHECK_THROWS_WITH_AS(read_mail("Subject: x\n\ny\n", too_deep), doctest::Contains("nested too deep"),
                       foi::TextError);
}

TEST_CASE("mail: an mbox of three messages gives three documents, parts #1 to #3") {
  std::string mbox;
  for (int i = 1; i <= 3; ++i)
    mbox += "From foi@example.org Fri Jan 22 10:0" + std::to_string(i) +
            ":00 2021\nFrom: foi@example.org\nSubject: Message " + std::to_string(i) + "\nDate: Fri, 2" +
            std::to_string(i) + " Jan 2021 10:00:00 +0000\n\nBody " + std::to_string(i) +
            ".\n>From the archive.\n\n";
  std::vector<ReadText> docs = read_mbox(mbox, {});
  REQUIRE(docs.size() == 3);
  for (int i = 1; i <= 3; ++i) {
    const ReadText& r = docs[i - 1];
    CAPTURE(i);
    CHECK(r.part == "#" + std::to_string(i));
    CHECK(r.hints.title == "Message " + std::to_string(i));
    CHECK(r.hints.date == "2021-01-2" + std::to_string(i));
    CHECK(contains(r.text, "Body " + std::to_string(i) + "."));
    CHECK(!contains(r.text, "Message " + std::to_string(i % 3 + 1)));
  }
  CHECK(foi::formats::read_document("archive.mbox", mbox).size() == 3);
}

TEST_CASE("mail: a mailbox with no messages is rejected") {
  for (const std::string& bytes :
       {std::string(), std::string("no From line, just text\n"), std::string(100, '\0')}) {
    CAPTURE(bytes.size());
    CHECK_THROWS_WITH_AS(read_mbox(bytes, {}), doctest::Contains("empty mailbox"), foi::TextError);
  }
}

TEST_CASE("mail: damaged and garbage input gives a TextError or best-effort text, never a crash") {
  std::string noise;
  for (int i = 0; i < 4096; ++i) noise += static_cast<char>((i * 7919 + i / 7) % 256);
  std::string truncated = multipart("Subject: cut\n",
                                    {{"Content-Type: text/plain", "The first part survives."},
                                     {"Content-Type: text/plain", "The second part is cut off here and"}},
                                    "cut");
  truncated.resize(truncated.find("cut off") + 7);
  std::string cut_attachment =
      multipart("Subject: cut attachment\n",
                {{"Content-Type: text/plain", "Body."},
                 {"Content-Disposition: attachment; filename=letter.docx\nContent-Transfer-Encoding: base64",
                  base64(foi::test::read_file(foi::test::source_path("tests/fixtures/office/letter.docx")))}},
                "att");
  cut_attachment.resize(cut_attachment.size() / 2);
  struct Case {
    const char* what;
    std::string bytes;
    std::string expect;  // a substring of the text, or of "error: " and the reason
  };
  const Case cases[] = {
      {"empty", "", "error: "},
      {"noise", noise, ""},
      {"NULs", std::string(1000, '\0'), ""},
      {"headers only", "Subject: only a subject\n", "Subject: only a subject\n"},
      {"truncated multipart", truncated, "The first part survives."},
      {"truncated attachment", cut_attachment, "[attachment letter.docx: not read: "},
      {"unterminated header", "Subject: =?UTF-8?B?broken", ""},
      {"boundary never given", "Content-Type: multipart/mixed\n\n--x\n\nhello\n", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    std::string got = read_or_error(c.bytes);
    CHECK(contains(got, c.expect));
  }
}
