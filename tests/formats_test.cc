// The format readers (PDF, HTML, WhatDoTheyKnow JSON) and the sandbox they run in.
#include <doctest/doctest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "foi/formats/html.h"
#include "foi/formats/pdf.h"
#include "foi/formats/reader.h"
#include "foi/formats/sandbox.h"
#include "foi/formats/wdtk.h"
#include "test_util.h"

using namespace foi::formats;

namespace {
std::string fixture(const std::string& name) {
  return foi::test::read_file(foi::test::source_path("tests/fixtures/" + name));
}
}  // namespace

TEST_CASE("formats: a PDF's text comes page by page with page numbers; title and date only as hints") {
  ReadText r = read_pdf(fixture("pdf/text.pdf"), {});
  CHECK(r.format == "pdf");
  REQUIRE(r.pages.size() == 2);
  CHECK(r.pages[0].number == 1);
  CHECK(r.pages[1].number == 2);
  CHECK(r.text.find("Section 31(1)(a)") < r.pages[1].offset);
  CHECK(r.text.find("Section 40(2)") > r.pages[1].offset);
  CHECK(page_at(r, r.text.find("Section 40(2)")) == 2);
  CHECK(page_at(r, r.text.find("Kent Police")) == 1);
  CHECK(r.hints.title == "Fixture refusal");
  CHECK(r.hints.date == std::optional<std::string>("2021-01-22"));
}

TEST_CASE("formats: broken PDFs are rejected with their reason") {
  struct Case {
    const char* file;
    const char* reason;
  };
  const Case cases[] = {
      {"pdf/truncated.pdf", "damaged or truncated PDF"},
      {"pdf/encrypted.pdf", "encrypted PDF"},
      {"pdf/scan.pdf", "scanned PDF: no text layer"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    CHECK_THROWS_WITH_AS(read_pdf(fixture(c.file), {}), doctest::Contains(c.reason), foi::TextError);
  }
  CHECK_THROWS_AS(read_pdf(fixture("pdf/scan.pdf"), {}), ScannedPdf);
  CHECK_THROWS_AS(read_pdf("not a pdf at all", {}), foi::TextError);
}

TEST_CASE("formats: HTML keeps headings and paragraphs as lines and drops script, style and navigation") {
  const char* html =
      "<html><head><title>Disclosure log: drones</title><style>p{color:red}</style>"
      "<script>var secret = 'script text';</script></head><body>"
      "<nav><a href='/'>Home</a> <a href='/foi'>FOI</a></nav><div role='navigation'>Skip links</div>"
      "<h1>Drones &amp; decoys</h1><p>Kent Police\nrefused under <b>Section 31(3)</b>.</p>"
      "<ul><li>first</li><li>second</li></ul><table><tr><td>a</td><td>b</td></tr></table></body></html>";
  ReadText r = read_html(html);
  CHECK(r.hints.title == "Disclosure log: drones");
  CHECK(r.text.find("Drones & decoys\n") != std::string::npos);
  CHECK(r.text.find("Kent Police refused under Section 31(3).") != std::string::npos);
  CHECK(r.text.find("- first\n- second") != std::string::npos);
  CHECK(r.text.find("a | b") != std::string::npos);
  for (const char* gone : {"script text", "color:red", "Home", "Skip links"}) {
    CAPTURE(gone);
    CHECK(r.text.find(gone) == std::string::npos);
  }
}

TEST_CASE("formats: malformed HTML is read as a browser would, in its declared charset") {
  ReadText r = read_html("<p>Unclosed <b>bold <i>italic<p>Next paragraph <div>Caf\xE9</div>"
                         "<meta charset='iso-8859-1'>");
  CHECK(r.text.find("Unclosed bold italic") != std::string::npos);
  CHECK(r.text.find("Next paragraph") != std::string::npos);
  CHECK(read_html("<meta charset=\"iso-8859-1\"><p>Caf\xE9</p>").text.find("Caf\xC3\xA9") != std::string::npos);
  CHECK(read_html("<h1>No title element</h1><p>x</p>").hints.title == "No title element");
  CHECK_THROWS_AS(read_html("<script>only script</script>"), foi::TextError);
}

TEST_CASE("formats: a WhatDoTheyKnow thread becomes its events in date order, dated by the first real reply") {
  const char* json = R"({"title": "Drones", "law_used": "eir", "events": [
      {"created_at": "2024-02-20T10:00:00Z", "type": "incoming", "content": ["Dear A,\nThe drones are exempt."]},
      {"created_at": "2024-01-05T09:00:00Z", "type": "outgoing", "content": ["Dear Kent Police,\nPlease provide."]},
      {"created_at": "2024-01-06T09:00:00Z", "type": "incoming", "content": ["Thank you for your request. We acknowledge it."]}
  ]})";
  ReadText r = read_wdtk_json(json);
  CHECK(r.format == "wdtk");
  CHECK(r.hints.title == "Drones");
  CHECK(r.hints.regime == std::optional<std::string>("eir"));
  CHECK(r.hints.date == std::optional<std::string>("2024-02-20"));
  size_t request = r.text.find("Please provide"), ack = r.text.find("We acknowledge"), reply = r.text.find("exempt");
  CHECK(request < ack);
  CHECK(ack < reply);
  CHECK(r.text.find("--- 2024-01-05 message from the requester ---") != std::string::npos);
  CHECK(r.text.find("--- 2024-02-20 response from the authority ---") != std::string::npos);
  CHECK_THROWS_AS(read_wdtk_json(R"({"not": "a thread"})"), foi::TextError);
  CHECK_THROWS_AS(read_wdtk_json("{broken"), foi::TextError);
  CHECK_THROWS_AS(read_wdtk_json(R"({"title": null, "events": []})"), foi::TextError);  // wrong types are errors too
  CHECK_THROWS_AS(read_wdtk_json(R"({"title": "T", "events": [{"created_at": 5, "type": "incoming"}]})"),
                  foi::TextError);
}


TEST_CASE("formats: a WhatDoTheyKnow acknowledgement is known by its own words, not the request quoted under it") {
  // Written as councils acknowledge: long because the request and an e-mail disclaimer follow.
  std::string quoted = "\\nFrom: A Person\\nSent: 5 January 2024\\nSubject: FOI\\nDear Council,\\n";
  for (int i = 0; i < 40; ++i) quoted += "Please provide the figures for each ward and each year asked about. ";
  std::string ack = "Dear A Person,\\nThank you for your recent request which we received on 05/01/2024.\\nThis has "
                    "been logged as a Freedom of Information request and will be dealt with under the Act.\\n"
                    "This e-mail and anything attached to it is confidential." + quoted;
  std::string reply = "Dear A Person,\\nThank you for your request which we received on 05/01/2024.\\nPlease see the "
                      "response below.\\n1. The figures are 12 and 14.\\n" + quoted;
  std::string json = R"({"title": "Wards", "events": [
      {"created_at": "2024-01-05T09:00:00Z", "type": "outgoing", "content": ["Dear Council,\\nPlease provide."]},
      {"created_at": "2024-01-08T09:00:00Z", "type": "incoming", "content": [")" + ack + R"("]},
      {"created_at": "2024-02-01T09:00:00Z", "type": "incoming", "content": [")" + reply + R"("]}]})";
  CHECK(read_wdtk_json(json).hints.date == std::optional<std::string>("2024-02-01"));
}
TEST_CASE("formats: the sandbox returns what the reader returns, and its errors keep their kind") {
  std::vector<ReadText> docs = read_sandboxed("x.pdf", fixture("pdf/text.pdf"), {});
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].pages.size() == 2);
  CHECK(docs[0].text == read_pdf(fixture("pdf/text.pdf"), {}).text);
  CHECK_THROWS_AS(read_sandboxed("x.pdf", fixture("pdf/scan.pdf"), {}), ScannedPdf);
  CHECK_THROWS_WITH_AS(read_sandboxed("x.pdf", fixture("pdf/encrypted.pdf"), {}), "encrypted PDF", foi::TextError);
  CHECK_THROWS_AS(read_sandboxed("x.xlsx", "PK", {}), UnsupportedFormat);
}

TEST_CASE("formats: a crash, a hang, a spin or a memory hog in the reader costs that file, with a reason") {
  struct Case {
    SandboxFault fault;
    const char* reason;
  };
  const Case cases[] = {
      {SandboxFault::kCrash, "reader crashed (signal 11)"},
      {SandboxFault::kHang, "reader timed out after 1 s"},
      {SandboxFault::kSpin, "reader ran out of CPU time"},
      {SandboxFault::kExhaustMemory, "reader ran out of memory"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.reason);
    if (c.fault == SandboxFault::kExhaustMemory && foi::test::kSanitizedBuild) continue;  // see kSanitizedBuild
    SandboxLimits limits;
    limits.fault = c.fault;
    limits.timeout_seconds = c.fault == SandboxFault::kHang ? 1 : 60;  // only the hang waits for the clock
    limits.cpu_seconds = c.fault == SandboxFault::kSpin ? 1 : 30;  // the hog's page faults cost CPU on a busy machine
    limits.memory_bytes = 256ull << 20;                              // beyond what the child inherits
    CHECK_THROWS_WITH_AS(read_sandboxed("x.pdf", fixture("pdf/text.pdf"), {}, limits), c.reason, foi::TextError);
  }
  SandboxLimits tight;
  tight.output_bytes = 100;
  CHECK_THROWS_WITH_AS(read_sandboxed("x.pdf", fixture("pdf/text.pdf"), {}, tight), "reader output too large",
                       foi::TextError);
  CHECK(read_sandboxed("x.pdf", fixture("pdf/text.pdf"), {}).size() == 1);  // and the next file is read as usual
}

TEST_CASE("formats: sandboxed reads answer while other threads allocate all the time") {
  // A child forked from a process whose other threads hold the allocator's lock (ASan's has no fork handler)
  // waits on it for ever: this failed on the fork-based sandbox in the sanitized build (scripts/sanitize.sh).
  // foi-read is a fresh program, so each read answers within its time limit whatever the other threads do.
  std::atomic<bool> stop{false};
  std::vector<std::thread> churn;
  for (int t = 0; t < 3; ++t)
    churn.emplace_back([&stop] {
      std::vector<std::string> held(64);
      for (size_t i = 0; !stop.load(std::memory_order_relaxed); ++i)
        held[i % held.size()].assign(1 + i % 9000, 'x');
    });
  SandboxLimits limits;
  limits.timeout_seconds = 20;
  const std::string pdf = fixture("pdf/text.pdf");
  int answered = 0;
  for (int i = 0; i < 24; ++i) {
    try {
      answered += read_sandboxed("x.pdf", pdf, {}, limits).size() == 1;
    } catch (const foi::TextError& e) {
      MESSAGE("read " << i << ": " << std::string(e.what()));
    }
  }
  stop = true;
  for (std::thread& t : churn) t.join();
  CHECK(answered == 24);
}

TEST_CASE("formats: with --ocr a scan is read by Tesseract, its pages counted; without, it is reported as a scan") {
  ReadOptions ocr;
  ocr.ocr = true;
  ReadText r = read_pdf(fixture("pdf/scan_text.pdf"), ocr);
  CHECK(r.ocr_pages == 1);
  CHECK(r.scanned);
  CHECK(r.pages.size() == 1);
  CHECK(r.text.find("Kent Police") != std::string::npos);
  CHECK(r.text.find("31(1)(a)") != std::string::npos);
  CHECK_THROWS_AS(read_pdf(fixture("pdf/scan_text.pdf"), {}), ScannedPdf);
  CHECK_THROWS_WITH_AS(read_pdf(fixture("pdf/scan.pdf"), ocr), "scanned PDF: OCR found no text", ScannedPdf);
  CHECK(read_pdf(fixture("pdf/text.pdf"), ocr).ocr_pages == 0);  // a text layer is used as it is
}
