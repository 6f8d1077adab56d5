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
     "exempt under section 12 as the cost of compliance would exceed the appropriate limit.",
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
    // What those rules must not take: a list of requests with their dates, a requester who searched first,
    // a story quoting a log's reference, a council's review outcomes, another Commissioner's complaint.
    {"a quarterly list of requests, each with its dates", "FOI requests closed this quarter",
     "FOI requests closed this quarter\nRef 101 Date received: 01/10/2031 Date closed: 28/10/2031 Refused\n"
     "Ref 102 Date received: 03/10/2031 Date closed: 30/10/2031 Disclosed\nStatistics for the Freedom of "
     "Information Act.",
     "other"},
    {"a requester's letter that searched the website first", "",
     "Dear Anytown Council,\nFollowing a search of your website I could not find the policy, so under the "
     "Freedom of Information Act "
     "please send it to me.\nKind regards\nA Person",
     "request"},
    {"a council's page of review outcomes", "Internal review outcomes",
     "Internal review outcomes\nFOI 2031/114: Complaint upheld\nFOI 2031/120: Complaint not upheld\n",
     "other"},
    {"another Commissioner's finding on a councillor", "",
     "The complainant submitted a complaint that Councillor A had breached the code of conduct. The "
     "Commissioner has concluded that there was no breach.",
     "other"},
};

}  // namespace

TEST_CASE("doc_types: log entries without a letter, and a digest of an ICO notice") {
  foi_test::check_doc_type_cases(kCases);
}
