// Tests for foi/references: the authority's own reference for a request.
#include "foi/extract/references.h"

#include <doctest/doctest.h>

#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace {

std::string or_none(const std::optional<std::string>& r) { return r ? *r : "none"; }

std::string read_corpus(const std::string& name) {
  std::ifstream in(std::string(FOI_SOURCE_DIR) + "/corpus/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct Case {
  const char* text;
  const char* reference;  // "none" when nothing should be found
};

void check_all(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) {
    CAPTURE(c->text);
    CHECK(or_none(foi::extract_reference(c->text)) == c->reference);
  }
}

}  // namespace

TEST_CASE("references: reads the labels authorities put before their reference") {
  const Case cases[] = {
      {"Our ref: 6152/17", "6152/17"},
      {"**Our ref: 6152/17**", "6152/17"},
      {"**Our ref:** 6152/17", "6152/17"},
      {"  Our Ref\n06/21\nDate\n25/01/21", "06/21"},
      {"Our Reference: FOI/2021/0042", "FOI/2021/0042"},
      {"Our Reference 006/21", "006/21"},
      {"OUR REF:\u00A0AB/123/21", "AB/123/21"},
      {"REFERENCE NO: 50766", "50766"},
      {"Reference Number: 2021-123", "2021-123"},
      {"FREEDOM OF INFORMATION REQUEST REFERENCE NO: \n50766        \n\nI write", "50766"},
      {"FREEDOM OF INFORMATION REQUEST REFERENCE NO:  50766 \xE2\x80\x93 Internal review", "50766"},
      {"FOI ref: 001234", "001234"},
      {"Ref. No. 4567", "4567"},
      {"Request No. 123/21", "123/21"},
      {"Information Request Number: IR-2021-123", "IR-2021-123"},
      {"Request Reference: F-2021-00123", "F-2021-00123"},
      {"Case Reference: IC-12345-A1B2", "IC-12345-A1B2"},
      {"| Our ref | 6152/17 |", "6152/17"},
  };
  check_all(std::begin(cases), std::end(cases));
}

TEST_CASE("references: reads 'Our 006/21\\nReference' as a two-column letterhead") {
  CHECK(or_none(foi::extract_reference("D. Moore Our 006/21\nReference\n[FOI #715285 email] Date 22\n")) ==
        "006/21");
}

TEST_CASE("references: keeps the FOI prefix when the reference is written 'FOI 15167'") {
  const Case cases[] = {
      {"Subject: FOI 15167 Paedophile Hunters", "FOI 15167"},
      {"it is set into the subject line \xE2\x80\x93\nFOI 15167.", "FOI 15167"},
      {"Our ref: FOI  15167", "FOI 15167"},
      {"Re: FOI-15167 response", "FOI-15167"},
      {"FOI Request 2021/123", "2021/123"},
  };
  check_all(std::begin(cases), std::end(cases));
}

TEST_CASE("references: skips the requester's 'Your ref' and takes ours") {
  const Case cases[] = {
      {"Your ref: ABC123", "none"},
      {"Your FOI Reference: 1234", "none"},
      {"Your ref: ABC123\nOur ref: 456/21", "456/21"},
      {"In respect of your FOI 15167 request", "FOI 15167"},  // an FOI number is the authority's
  };
  check_all(std::begin(cases), std::end(cases));
}

TEST_CASE("references: prefers a labelled reference to 'FOI 15167' and both to a title bracket") {
  CHECK(or_none(foi::extract_reference("Grooming (5619_14)\nSubject: FOI 15167\nOur ref: 6152/17\n")) ==
        "6152/17");
  CHECK(or_none(foi::extract_reference("Grooming (5619_14)\nSubject: FOI 15167\n")) == "FOI 15167");
  CHECK(or_none(foi::extract_reference("Grooming (5619_14)\nSubject: FOI\n")) == "5619_14");
}

TEST_CASE("references: reads a reference in brackets closing the title line") {
  const Case cases[] = {
      {"Sexual Grooming (5619_14)\n\nRequest\n", "5619_14"},
      {"\n# **Sexual Grooming (5619_14)**\n", "5619_14"},
      {"Sexual Grooming\n\nAsked in 2013 (5619_14)\n", "none"},  // not the title line
      {"Arrests in 2019/20 (2019)\n", "none"},
      {"Arrests (2019/20)\n", "none"},
      {"Arrests (page 5)\n", "none"},
  };
  check_all(std::begin(cases), std::end(cases));
}

TEST_CASE("references: never takes WhatDoTheyKnow numbers, phones, dates, years or words") {
  const char* rejected[] = {
      "To: D. Moore <[FOI #715313 email]>",
      "FOI #715285",
      "Our ref: #715285",
      "Ref: 01275 814667",
      "Reference No: 0303 123 1113",
      "Reference: 25/01/21",
      "Reference No: 22nd January 2021",
      "Our ref: 2021",
      "FOIA 2000",
      "Freedom of Information Act 2000 FOI 2000",
      "Our ref: 2019/20",
      "arrests in 2019/20 and 2013/14",
      "Reference Material",
      "References\n\n1. BBC News (13/5/21)",
      "Our ref: N/A",
      "Reference 4.2 of the guidance says",
      "Please quote the reference number 12345",
      "Our records for 2019/20 show",
      "FOI requests (5th minute)",
      "Home Office Offence code: 88A",
  };
  for (const char* text : rejected) {
    CAPTURE(text);
    CHECK(or_none(foi::extract_reference(text)) == "none");
  }
}

TEST_CASE("references: finds the authority's reference in each corpus document") {
  const Case cases[] = {
      {"000_7c431f6c32de453a.txt", "006/21"},     // letterhead "Our 006/21\nReference"
      {"001_b455801c96e30f6e.txt", "50766"},      // "REFERENCE NO: \n50766"
      {"002_8945b82075d5d1a2.txt", "FOI 15167"},  // "FOI 15167." and "Subject: FOI 15167"
      {"003_b8f8d31a9d1c8c2e.txt", "6152/17"},    // "**Our ref: 6152/17**"
      {"004_aaea4b360a23c9d5.txt", "5619_14"},    // title "Sexual Grooming (5619_14)"
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const std::string text = read_corpus(c.text);
    REQUIRE(!text.empty());
    CHECK(or_none(foi::extract_reference(text)) == c.reference);
  }
}

TEST_CASE("references: finds nothing in a large document of near-misses (speed is for bench/, not asserted)") {
  std::string text;
  for (int k = 0; k < 20000; ++k) text += "Our Our Reference Request FOI #1 Your Ref:      \n";
  CHECK(or_none(foi::extract_reference(text)) == "none");
}

TEST_CASE("references: a footnote mark after 'FOIA', a file's name and a span of years are not references") {
  const Case cases[] = {
      {"relied upon s41 FOIA 8 and the Commissioner", "none"},
      {"the exemption in s43 FOIA25 was not engaged", "none"},
      {"See FOI_Code_of_Practice_-_Minor_Amendments_20180926_.pdf", "none"},
      {"Reference: 2019-2024", "none"},
      {"Attachments\nFOI 917869.pdf\n", "FOI 917869"},  // the attachment's extension is not the reference's
      {"Subject: FOI/68 - schools", "FOI/68"},           // a separator makes a short number a reference
      {"Our ref: 1596.docx", "1596"},
  };
  check_all(std::begin(cases), std::end(cases));
}

TEST_CASE("references: a tribunal decision's appeal number is its reference") {
  CHECK(or_none(foi::extract_reference("FIRST-TIER TRIBUNAL\n      Appeal number: EA/2019/0188/P\n")) ==
        "EA/2019/0188/P");
  CHECK(or_none(foi::extract_reference("Appeal No: EA/2015/0006\nBetween")) == "EA/2015/0006");
  CHECK(or_none(foi::extract_reference("Appeal Reference: EA/2019/0191")) == "EA/2019/0191");
  CHECK(or_none(foi::extract_reference("The appeal was heard on 3 May 2020.")) == "none");
}
