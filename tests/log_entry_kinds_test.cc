// Document kinds of log entries that print no letter around the answer, and of a law report's digest of an
// ICO notice: short texts in our own words, shaped as the real pages are.
#include <doctest/doctest.h>

#include "tests/doc_type_cases.h"

namespace {

const foi_test::DocTypeCase kCases[] = {
    // Log entries with no letter around them: a case number and its dates, "Details of the Request" over
    // "Details of the Response"; a force's page headed by its request reference.
    {"a trust's log entry: its dates and its request and response details", "",
     "Case Number 3101\nRequest Date 09/02/2031\nCompletion Date 14/02/2031\n\nDetails of the "
     "Request\n\nPlease "
     "state the amount spent on mugs.\n\nDetails of the Response\n\nThe Trust holds the information, but it "
     "is "
     "exempt under section 12 as the cost would exceed the appropriate limit.",
     "response"},
    {"a log entry with its closing date and a cost refusal", "",
     "Record Ref : FOI 31001\nDate Received : 23/01/2031\nDate Completed : 17/02/2031\nQuestion\nPlease "
     "send the policy.\nAnswer\nThe information is exempt under section 21 of the Freedom of Information "
     "Act.",
     "response"},
    {"a force's log page headed by its request reference", "",
     "Freedom of Information (FOI) Act request ref: 01/FOI/31/000123\nVersion Date: 07/02/2031\nHow many "
     "dogs does the force have?\nThe force has 12 dogs. It can neither confirm nor deny whether any further "
     "information is held by virtue of Section 23(5).",
     "response"},
    {"a guidance page that explains a completion date is not a log entry", "Dealing with requests",
     "Dealing with requests\nEvery request gets a completion date, 20 working days after it is received. "
     "This guidance explains how to count them under the Freedom of Information Act.",
     "guidance"},
    // A law report's digest of an ICO notice: the complaint opens it, its verdicts on one line.
    {"a digest of an ICO notice with its verdicts on complaints", "",
     "Anytown NHS Trust (Health): ICO 7 Apr 2031\n\nThe complainant submitted to Anytown NHS Trust a 40 part "
     "request. The Commissioner's decision is that the Trust was right to apply section 12(1).\nFOI 17: "
     "Complaint upheld FOI 12: Complaint not upheld\n",
     "decision_notice"},
};

}  // namespace

TEST_CASE("doc_types: log entries without a letter, and a digest of an ICO notice") {
  foi_test::check_doc_type_cases(kCases);
}
