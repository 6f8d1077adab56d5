// Tests for foi/dates: reading one date, and choosing the date of the authority's response in a document.
#include "foi/extract/dates.h"

#include <doctest/doctest.h>

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>

namespace {

std::string iso_or_none(const std::optional<foi::Date>& d) { return d ? d->iso() : "none"; }

std::string read_corpus(const std::string& name) {
  std::ifstream in(std::string(FOI_SOURCE_DIR) + "/corpus/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct Case {
  const char* text;
  const char* iso;  // "none" when nothing should be found
};

}  // namespace

TEST_CASE("dates: writes a date as YYYY-MM-DD for display and YYYYMMDD for sorting") {
  const foi::Date d{2021, 1, 4};
  CHECK(d.iso() == "2021-01-04");
  CHECK(d.sortable() == "20210104");
  CHECK(foi::Date{1999, 12, 31}.sortable() == "19991231");
}

TEST_CASE("dates: reads '4^th January 2021' as 2021-01-04") {
  CHECK(iso_or_none(foi::parse_date("4^th January 2021")) == "2021-01-04");
}

TEST_CASE("dates: reads each way UK letters and emails write a date") {
  const Case cases[] = {
      {"22 January 2021", "2021-01-22"},
      {"22nd January 2021", "2021-01-22"},
      {"4^th^ January 2021", "2021-01-04"},
      {"4th Jan 2021", "2021-01-04"},
      {"1st Sept. 2021", "2021-09-01"},
      {"25/01/21", "2021-01-25"},
      {"25/1/2021", "2021-01-25"},
      {"03/09/2020", "2020-09-03"},
      {"13/5/21", "2021-05-13"},
      {"25.01.2021", "2021-01-25"},
      {"25-01-2021", "2021-01-25"},
      {"2021-01-22", "2021-01-22"},
      {"January 22, 2021", "2021-01-22"},
      {"Monday 22 January 2021", "2021-01-22"},
      {"Monday, 22nd of January 2021", "2021-01-22"},
      {"  22 JANUARY 2021  ", "2021-01-22"},
      {"22\u00A0January\u00A02021", "2021-01-22"},  // no-break spaces
      {"22 January 2021 10:26", "2021-01-22"},
      {"04 January 2021 10:26:00", "2021-01-04"},
      {"Mon, 4 Jan 2021 10:26:00 +0000", "2021-01-04"},
      {"Monday, January 4, 2021 10:26 AM", "2021-01-04"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(iso_or_none(foi::parse_date(c.text)) == c.iso);
  }
}

TEST_CASE("dates: reads two-digit years 00-69 as 20xx and 70-99 as 19xx") {
  CHECK(iso_or_none(foi::parse_date("01/02/69")) == "2069-02-01");
  CHECK(iso_or_none(foi::parse_date("31/12/99")) == "1999-12-31");
  CHECK(iso_or_none(foi::parse_date("01/02/00")) == "2000-02-01");
  CHECK(iso_or_none(foi::parse_date("01/02/75")) == "none");  // 1975 is before the 1990 floor
}

TEST_CASE("dates: accepts 29 February only in a leap year") {
  CHECK(iso_or_none(foi::parse_date("29/02/2020")) == "2020-02-29");
  CHECK(iso_or_none(foi::parse_date("29/02/2021")) == "none");
  CHECK(iso_or_none(foi::parse_date("29 February 2000")) == "2000-02-29");
}

TEST_CASE("dates: rejects strings that are not wholly one possible date") {
  const char* rejected[] = {
      "",
      "31/02/2021",
      "31 April 2021",
      "25/13/2021",
      "0/01/2021",
      "1 January 1989",
      "1 January 2100",
      "Sept 2021",
      "22 January",
      "22 Janu 2021",
      "22 Mayor 2021",
      "22ndJanuary 2021",
      "January22, 2021",
      "4 Jan2021",
      "4^ January 2021",
      "22 January 2021 foo",
      "22 January 2021 25:00",
      "22 January 2021.",
      "the 22 January 2021",
      "0303 1231113",
      "01275 814667",
      "2019/20",
      "2013/14",
      "2019/2020",
      "6152/17",
      "006/21",
      "5619_14",
      "[2020] UKSC 32",
      "5.1.10",
      "1.2.3.4",
      "25/01/2021/5",
  };
  for (const char* text : rejected) {
    CAPTURE(text);
    CHECK(iso_or_none(foi::parse_date(text)) == "none");
  }
}

TEST_CASE("dates: reads the labels letters put before their date") {
  const Case cases[] = {
      {"Date 22 January 2021", "2021-01-22"},
      {"Date: 25/01/21", "2021-01-25"},
      {"DATE: 25/01/21", "2021-01-25"},
      {"Dated: 4th January 2021", "2021-01-04"},
      {"Date of response: 10 February 2021", "2021-02-10"},
      {"Response date: 10/02/2021", "2021-02-10"},
      {"Date sent: 10/02/2021", "2021-02-10"},
      {"**Date:** 4^th January 2021", "2021-01-04"},
      {"| Date | 22/01/2021 |", "2021-01-22"},
      {"Our Ref\n06/21\nDate\n25/01/21\n", "2021-01-25"},
      // A published reply's header, and the same as a page's list with a bullet before each value.
      {"FOI reference: FOI/30/0001\nDate received: 30 October 2018\nDate responded: 27 November 2018\n",
       "2018-11-27"},
      {"- FOI reference\n- FOI/30/0002\n- Date received\n- 30 September 2020\n- Date responded\n- 27 January "
       "2021\n",
       "2021-01-27"},
      // A disclosure log's pair of lines: the reply's date, not the request's.
      {"FOI request (FOIR-77)\nRequested Thu 6 March 2031\nResponded Thu 27 March 2031\n", "2031-03-27"},
      {"Responded: 27/03/2031\n", "2031-03-27"},
      // A log entry's received and completed dates: the completed one.
      {"Record Ref : FOI 31001\nDate Received : 23/01/2031\nDate Completed : 17/02/2031\n", "2031-02-17"},
      {"Case Number 3101\nRequest Date 09/02/2031\nCompletion Date 14/02/2031\n", "2031-02-14"},
      {"FOI request ref: 01/FOI/31/000123\nVersion Date: 07/02/2031\n", "2031-02-07"},
      // A closing date in a reply's table or a quoted policy ranks below the letter's own date, and a word
      // before it makes it some other date.
      {"Anytown Council\n14 March 2031\nDear Ms A\nThe contract details:\nDate Completed: 28/02/2032\n",
       "2031-03-14"},
      {"Contract Completion Date: 28/02/2032\n", "none"},
      {"FOI statistics\nRef 1 Date closed: 28/10/2031\nRef 2 Date closed: 30/10/2031\n", "none"},
      // A letterhead copied from a PDF runs label and value together, or keeps a table's slash between them.
      {"Our RefABC/0001\nDate19 August 2031\nPlease ask forA Person\n", "2031-08-19"},
      {"Your ref:\nDate: / 7 March 2031\nOur ref: / LBH/0001\n", "2031-03-07"},
      {"Date1 of 3\n", "none"},
      {"Responded to your letter of 2 March 2031.\n", "none"},
      // A log's "Response" line with its date, day first; a date under the label is the answer's, not its.
      {"Request 2031000123\nPlease provide the rota.\n\nResponse 16-02-31\nSee the table.\n", "2031-02-16"},
      {"Response: 3 March 2031\n", "2031-03-03"},
      // An answer's date under a question's "Response" does not beat the letter's own.
      {"Anyshire Police\n9 July 2031\nDear Ms Smith\nQuestion 1: When was the contract signed?\nResponse: 14 "
       "March 2029\nYours sincerely\n",
       "2031-07-09"},
      {"Response\n01/04/2030 - 31/03/2031: 12 callouts\n", "none"},
      {"Response to your letter of 2 March 2031.\n", "none"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(iso_or_none(foi::extract_date(c.text)) == c.iso);
  }
}

TEST_CASE("dates: reads a letterhead date broken across lines") {
  const char* text =
      "D. Moore Our 006/21\nReference\n[FOI #715285 email] Date 22\nJanuary\n2021\n\nDear D Moore,\n";
  CHECK(iso_or_none(foi::extract_date(text)) == "2021-01-22");
}

TEST_CASE("dates: a letter's date with references beside it, or a page's first line of date and topics") {
  struct Row {
    std::string text;
    const char* iso;
  };
  const Row cases[] = {
      {"Anytown Council\n3 March 2031 Your reference: Our reference: EIR 2031-0004\nDear Sir\n",
       "2031-03-03"},
      {"Anytown Council\n3 March 2031 Our ref: 77/31\nDear Sir\n", "2031-03-03"},
      {"January 28, 2031 | Organisational Information , Policies\nRequest: FOI/0001\n", "2031-01-28"},
      // Prose after the date, or a table's row further down the page, is not the letter's date.
      {"Anytown Council\n3 March 2031 was when the bins were emptied.\n", "none"},
      {"Figures by month follow.\n" + std::string(400, '.') + "\n01/04/2031 | 12\n02/04/2031 | 9\n", "none"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(iso_or_none(foi::extract_date(c.text)) == c.iso);
  }
}

TEST_CASE("dates: takes a labelled date before a date on its own line or a Sent: header") {
  const char* text =
      "Sent: 04 January 2021 10:26\n"
      "Subject: FOI 15167\n\n"
      "5 January 2021\n\n"
      "Dear Sir,\nDate: 6 January 2021\n";
  CHECK(iso_or_none(foi::extract_date(text)) == "2021-01-06");
}

TEST_CASE("dates: a date under a page's 'First published:' or 'Last updated:' dates the page, not its letter") {
  CHECK(iso_or_none(foi::extract_date("A request\n\nFirst published:\n25 May 2030\nLast updated:\n\nDetails\n\n"
                                      "22 June 2030\n\nDear\n")) == "2030-06-22");
  CHECK(iso_or_none(foi::extract_date("- Published\n- 4 February 2031\n\nDear A,\nThe reply.\n")) == "none");
}

TEST_CASE("dates: a report's or guidance page's own date: 'Published', 'Updated', 'Last updated:' above the value") {
  const Case cases[] = {
      {"Transparency data\n\nCompliance statistics 2030-31\n\nUpdated 19 September 2031\n\nFigures by "
       "quarter.",
       "2031-09-19"},
      {"Statistics bulletin\n\nPublished 23 April 2031\n\nPage 2", "2031-04-23"},
      {"Guidance page\n- Last updated\n- 4 February 2031\nWhat to do", "2031-02-04"},
      {"A blog\n    Posted on March 3rd, 2031 editor 4 comments\nThe force said", "2031-03-03"},
      {"News\nPosted: 12/05/2031 by the editor\n", "2031-05-12"},
      {"FOI release\n\u2022 Date requested: 1 May 2031\n\u2022 Publish date: 18 May 2031\n", "2031-05-18"},
      {"A ruling on costs\n\nMarch 25th, 2031 by A Writer\n\nThe tribunal found", "2031-03-25"},
      // Not a label at a line's start, or no date after it; a date in a line of prose is no byline.
      {"March 25th, 2031 was when the council replied by email.", "none"},
      {"Consultation\n- 30 June 2031 by 5pm: send comments\nLast updated: 2 May 2031\n", "2031-05-02"},
      {"Timeline\n3 March 2031 by Cabinet decision, the council adopted the scheme.\n", "none"},
      {"These figures were published 23 April 2031 in a bulletin.", "none"},
      {"Published\nby the Information Team\n", "none"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(iso_or_none(foi::page_date(c.text)) == c.iso);
  }
}

TEST_CASE("dates: takes a date on its own line before a Sent: header") {
  const char* text = "Sent: 04 January 2021 10:26\nSubject: FOI 15167\n\n**5 January 2021**\n\nDear Sir,\n";
  CHECK(iso_or_none(foi::extract_date(text)) == "2021-01-05");
}

TEST_CASE("dates: falls back to an email Sent: header") {
  const char* text =
      "From: Info Rights\nSent: 04 January 2021 10:26\nTo: D. Moore\n\nThank you for your enquiry.\n";
  CHECK(iso_or_none(foi::extract_date(text)) == "2021-01-04");
}

TEST_CASE("dates: ranks a 'Date:' email header with a clock time below a date on its own line") {
  const char* header = "From: a@b.org\nDate: Mon, 4 Jan 2021 10:26:00 +0000\nSubject: FOI\n\n";
  CHECK(iso_or_none(foi::extract_date(header)) == "2021-01-04");
  CHECK(iso_or_none(foi::extract_date(std::string(header) + "22 January 2021\n")) == "2021-01-22");
}

TEST_CASE("dates: takes the first date of the strongest kind in the document") {
  const char* text = "Date 22 January 2021\nDear Sir\n\nDate: 25/01/21\n\nDate 10 February 2021\n";
  CHECK(iso_or_none(foi::extract_date(text)) == "2021-01-22");
}

TEST_CASE("dates: never takes a date, number or period written in prose") {
  const char* prose[] = {
      "Re: Request for information dated 2^nd January 2021 under the Freedom of Information Act.",
      "I write in connection with your request which was received\non 4^th January 2021.",
      "Thank you for your email of 31 January 2021.",
      "the article was first published on 17th June 2020, a month before",
      "See comment dated 15 July 2020:",
      "BBC News (13/5/21)",
      "Updated 25 May 2023",
      "Tel: 0303 1231113\nFacsimile 01275 814667\n",
      "Please provide the number of arrests you made in 2019/20 and in 2013/14.",
      "R v Sutherland [2020] UKSC 32",
      "**Our ref: 6152/17**\n\nOur 006/21\nReference\n",
      "**Review date:**\n\n**Version: 11**",
      "Date of request: 2 January 2021",
      "Date\n\nDear Sir, on 2 January 2021 you asked",
  };
  for (const char* text : prose) {
    CAPTURE(text);
    CHECK(iso_or_none(foi::extract_date(text)) == "none");
  }
}

TEST_CASE("dates: finds the response date in each corpus document") {
  const Case cases[] = {
      {"000_7c431f6c32de453a.txt", "2021-01-22"},  // letterhead "Date 22\nJanuary\n2021"
      {"001_b455801c96e30f6e.txt", "none"},        // only prose dates
      {"002_8945b82075d5d1a2.txt", "2021-01-04"},  // only a "Sent:" header
      {"003_b8f8d31a9d1c8c2e.txt", "none"},        // "**Review date:**" with no date after it
      {"004_aaea4b360a23c9d5.txt", "none"},        // a disclosure-log page with no date at all
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const std::string text = read_corpus(c.text);
    REQUIRE(!text.empty());
    CHECK(iso_or_none(foi::extract_date(text)) == c.iso);
  }
}

TEST_CASE("dates: finds nothing in a large document of near-misses (speed is for bench/, not asserted)") {
  std::string text;
  for (int k = 0; k < 20000; ++k) text += "Date 22\nJanuary Sent: 4^th Monday, 1/2/\n";
  CHECK(iso_or_none(foi::extract_date(text)) == "none");
}

TEST_CASE("dates: a 'Date' that a word qualifies, and a date answering a question, are not the letter's date") {
  const Case cases[] = {
      {"Blackpool Council policy, Issue Date 05/10/04, Version 1.2", "none"},
      {"7 Spices Initial Visit Date 02-11-2022 Food Hygiene Rating Report.pdf", "none"},
      {"b. When is the contract end date for the CRM platform?\n28 June 2024\nc. When was it re-tendered?", "none"},
      {"Contracts end 31/03/24 and\n23/06/24\n3. What year is the next refresh due?", "none"},
      {"Our ref: 006/21 Date: 22/01/2021", "2021-01-22"},  // a reference before the label is no qualifier
      {"SCC Date: 22/01/2021", "2021-01-22"},               // nor is a code in capitals
      {"Sheffield\nS1 1UJ\n\n22 January 2021\n\nDear Sir,", "2021-01-22"},
      {"Please find our response below.\n22 January 2021\n", "2021-01-22"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(iso_or_none(foi::extract_date(c.text)) == c.iso);
  }
}

TEST_CASE("dates: days in a month follow the Gregorian leap years") {
  const std::tuple<int, int, int> cases[] = {{2020, 2, 29}, {2021, 2, 28}, {1900, 2, 28}, {2000, 2, 29},
                                             {2021, 4, 30}, {2021, 12, 31}, {2021, 1, 31}, {2100, 2, 28}};
  for (const auto& [year, month, days] : cases) {
    CAPTURE(year);
    CAPTURE(month);
    CHECK(foi::days_in_month(year, month) == days);
  }
}
