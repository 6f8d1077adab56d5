// Telling the kinds of FOI document apart by the words their headings and letters use.
#include "foi/extract/doc_types.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>

#include "foi/base/scan.h"
#include "foi/extract/court_judgments.h"
#include "foi/extract/dates.h"
#include "foi/extract/decision_kinds.h"
#include "foi/extract/decision_references.h"
#include "foi/extract/notice_verdicts.h"
#include "foi/extract/outcomes.h"
#include "foi/extract/page_kinds.h"

namespace foi {
namespace {

constexpr size_t kHeadingBytes = 2500;  // a decision's heading: court, parties, dates, judges
constexpr size_t kTopBytes = 600;       // what a letter or notice says it is before it starts
constexpr size_t kOfferWithin = 40;     // "your request for a review ... should be sent to": how far to look

// What a requester writes to ask.
const std::initializer_list<std::string_view> kAskingWords = {
    "please provide", "i would like", "i request", "please send", "could you provide", "i am requesting"};

std::optional<DocTypeReading> thread(std::string_view text) {
  size_t turns = scan::count_phrase(text, "left an annotation") +
                 scan::count_phrase(text, "show quoted sections") + scan::count_phrase(text, "\ndear ");
  if (turns < 3) return std::nullopt;
  return DocTypeReading{"thread",
                        std::to_string(turns) + " messages (annotations, quoted sections, 'Dear ...')"};
}

// A line that is only `word` (after spaces and Markdown emphasis), as a disclosure log labels its parts.
bool label_line(std::string_view t, std::string_view word) {
  for (size_t i = 0; i < t.size(); i = t.find('\n', i) + 1) {
    size_t end = std::min(t.find('\n', i), t.size());
    std::string_view line = scan::trim(t.substr(i, end - i), "*_#:");
    if (scan::iequals(line, word)) return true;
    if (end == t.size()) break;
  }
  return false;
}

// A line that starts with `label` and then a date: a disclosure log's "Responded Thu 14 November 2030".
bool dated_label_line(std::string_view t, std::string_view label) {
  for (size_t i = 0; i < t.size(); i = t.find('\n', i) + 1) {
    size_t at = scan::skip_blanks(t, i);
    at = scan::skip_blanks(t, at + scan::bullet_length(t.substr(at)));  // "• Date requested: ..."
    size_t end = scan::match_words(t, at, label);
    if (end != std::string_view::npos) {
      end = scan::skip_blanks(t, end);
      if (end < t.size() && t[end] == ':') end = scan::skip_blanks(t, end + 1);
      if (read_date_at(t, end)) return true;
    }
    if (t.find('\n', i) == std::string_view::npos) break;
  }
  return false;
}

// A model letter for the reader to copy: its date line is left blank ("[DATE]"). Guidance carries such
// templates; a letter that was sent is dated.
bool model_letter(std::string_view text) {
  return label_line(text, "[date]") || label_line(text, "[insert date]");
}

// A disclosure log's layout: a "Request" line near the top and a "Response" line below it.
bool request_response_lines(std::string_view text, std::string_view heading) {
  for (std::string_view asked : {"request", "information requested", "request detail", "request details",
                                 "details of the request", "you asked for"})
    if (label_line(heading, asked))
      for (std::string_view answered :
           {"response", "response detail", "response details", "details of the response", "our response"})
        if (label_line(text, answered)) return true;
  return false;
}

// One log entry's dated header ("Date Received : 23/01/2026" / "Date Completed : 17/02/2026", "Request Date"
// / "Completion Date"), each label once in the text: a list of requests or a report repeats them.
bool log_entry_dates(std::string_view text, std::string_view heading) {
  auto once = [&](std::initializer_list<std::string_view> labels) {
    for (std::string_view l : labels)
      if (dated_label_line(heading, l) && scan::count_phrase(text, l) == 1) return true;
    return false;
  };
  return once({"date received", "request date", "received date"}) &&
         once({"date completed", "completion date", "date closed"});
}

// A disclosure log's dated labels: "Responded Thu 14 November 2030", "Response 16-02-22". They answer.
constexpr std::string_view kRespondedLine = "a 'Responded' date line";
constexpr std::string_view kResponseLine = "a dated 'Response' line";

// What makes a text a letter or a log entry: its salutation, references or labels near the top, a disclosure
// log's "Request" and "Response" lines, or a sign-off.
std::string_view letter_mark(std::string_view text, std::string_view heading) {
  std::string_view mark = scan::first_words(heading, kSentLetterMarks);
  if (!mark.empty()) return mark;
  mark =
      scan::first_words(heading, {"disclosure log", "thank you for your", "your request", "date of request"});
  if (!mark.empty()) return mark;
  // A force's log page opens "Freedom of Information (FOI) Act request ref: 01/FOI/24/007183"; a council's
  // published answer is titled "Freedom of information response".
  if (const std::string_view first = scan::trim(heading.substr(0, heading.find('\n')), "*_# ");
      scan::starts_with_phrase(first, "freedom of information") &&
      scan::contains_phrase(first, "request ref"))
    return "a log page's opening 'Freedom of Information Act request ref'";
  else if (scan::iequals(first, "freedom of information response") || scan::iequals(first, "foi response"))
    return "a page titled 'Freedom of information response'";
  // "Freedom of Information request NUH 23975": a reply's heading with its request's number.
  else if ((scan::starts_with_phrase(first, "freedom of information request ") ||
            scan::starts_with_phrase(first, "foi request ")) &&
           std::any_of(first.begin(), first.end(), scan::is_digit))
    return "a heading 'Freedom of Information request' with its number";
  // A reference line opening a line near the top: "Ref: FOI/19121", "RE: FREEDOM OF INFORMATION ACT 2000".
  if (std::string_view ref =
          scan::line_opening_with(heading, kTopBytes, {"ref: foi", "re: freedom of information"});
      !ref.empty())
    return ref;
  // A log entry's header: the day it was received and the day it was completed, each once.
  if (log_entry_dates(text, heading)) return "a log entry's received and completed dates";
  // A published release's "Date requested: 1 April 2011" (a log index's column heading has no date after it).
  if (dated_label_line(heading, "date requested")) return "a dated 'Date requested' line";
  // A published answer under the request it quotes: the asking words, then a "Response" line.
  if (label_line(text, "response") && !scan::first_words(heading, kAskingWords).empty())
    return "a 'Response' line";
  // A refusal in the authority's own voice, as a disclosure log prints it without the letter around it.
  mark = scan::first_words(
      text, {"this refusal notice", "please accept this as a refusal notice",
             "treat this as a refusal notice", "treat this letter as a refusal notice",
             "the following exemption", "the following exemptions", "exemption has been applied",
             "exemptions have been applied", "does hold the information you", "do hold the information you",
             "compliance with this request would exceed", "complying with this request would exceed",
             "compliance with your request would exceed", "complying with your request would exceed"});
  if (!mark.empty()) return mark;
  if (request_response_lines(text, heading)) return "request/response lines";
  if (dated_label_line(heading, "responded")) return kRespondedLine;
  if (dated_label_line(heading, "response")) return kResponseLine;
  return scan::first_words(text, {"yours sincerely", "yours faithfully", "kind regards"});
}

// A line near the top that is about an internal review: it opens with the words ("Internal Review - FOI 123",
// "Re: Internal review of your request", "FOI internal review response"). A sentence that mentions one ("Ask
// the authority to carry out an internal review") or a link to one ("Internal review , file type: PDF") is
// not.
std::string_view review_line(std::string_view top) {
  for (size_t i = 0; i < top.size(); i = top.find('\n', i) + 1) {
    size_t end = std::min(top.find('\n', i), top.size());
    std::string_view line = scan::trim(top.substr(i, end - i), "*_#: ");
    for (std::string_view lead : {"re:", "re ", "subject:", "foi ", "foisa ", "eir "})
      if (scan::starts_with_phrase(line, lead)) line = scan::trim(line.substr(lead.size()), "*_#:- ");
    if (scan::starts_with_phrase(line, "internal review")) {
      std::string_view rest = scan::trim(line.substr(15), " ");
      if (rest.empty() || rest[0] != ',') return "internal review";
    }
    if (end == top.size()) break;
  }
  return {};
}

// The words after a mention of the request for a review say what the requester should do with one ("... of
// this decision should be sent to", ", to be made within 40 days"), not what the letter answers. "May" beside
// a number is the month ("your request for a review of 2 May").
bool tells_how_to_make_one(std::string_view text, size_t end) {
  const std::string_view after = text.substr(end, kOfferWithin);
  return !scan::first_words(after, {"should", "must", "will", "needs", "can", "to be", "has to"}).empty() ||
         scan::has_modal_may(after);
}

// "In your request for an internal review you said": a review answering the request for it. A reply's
// closing lines tell how to make one ("your request for an internal review should be sent to"), so a phrase
// followed by what the requester should do is not one. Each phrase starts with "your".
std::string_view answers_review_request(std::string_view text,
                                        std::initializer_list<std::string_view> asked) {
  for (size_t i = 0; (i = text.find_first_of("yY", i)) != std::string_view::npos; ++i)
    for (std::string_view phrase : asked) {
      const size_t e = scan::match_words(text, i, phrase);
      if (e == std::string_view::npos) continue;
      if (!tells_how_to_make_one(text, e)) return phrase;
    }
  return {};
}

std::optional<DocTypeReading> review(std::string_view text, std::string_view top, std::string_view title,
                                     std::string_view letter) {
  std::string_view said =
      scan::first_words(title, {"internal review", "foi review", "eir review", "review response"});
  if (said.empty()) said = review_line(top);
  // The review's opening line answers the request for it; a reply's closing lines only offer one.
  if (said.empty())
    said = answers_review_request(top, {"your review request", "your request for review",
                                        "your request for a review", "your internal review request"});
  if (said.empty())
    said = scan::first_words(text, {"outcome of the internal review",
                                    "result of the internal review",
                                    "internal review has",
                                    "outcome of internal review",
                                    "outcome of your internal review",
                                    "internal review outcome",
                                    "completed the internal review",
                                    "conducted an internal review",
                                    "internal review response",
                                    "carried out an internal review",
                                    "reviewed the handling",
                                    "review of the handling",
                                    "completed my review",
                                    "completed our review",
                                    "carried out a review",
                                    "carried out a full review",
                                    "conducted a review",
                                    "review of our response",
                                    "review of the response",
                                    "you requested an internal review",
                                    "asked for an internal review"});
  if (said.empty()) said = answers_review_request(text, {"your request for an internal review"});
  if (said.empty()) return std::nullopt;
  return DocTypeReading{"internal_review",
                        "a letter (" + quoted_words(letter) + ") about " + quoted_words(said)};
}

std::optional<DocTypeReading> response(std::string_view text, std::string_view letter) {
  std::string_view law =
      scan::first_words(text, {"freedom of information", "foi", "foia", "foisa", "environmental information",
                               "eir", "eirs", "disclosure log", "request for information", "refusal notice",
                               "exempt information", "cost of compliance"});
  std::string_view answer = scan::first_words(text, {"exemption",
                                                     "exemptions",
                                                     "exempt",
                                                     "exception",
                                                     "exceptions",
                                                     "refusal notice",
                                                     "neither confirm",
                                                     "not held",
                                                     "attached is",
                                                     "unable to provide",
                                                     "information held",
                                                     "we hold",
                                                     "withheld",
                                                     "is attached",
                                                     "we can confirm",
                                                     "i can confirm",
                                                     "disclosure log",
                                                     "date responded",
                                                     "our ref",
                                                     "our response",
                                                     "please find",
                                                     "vexatious",
                                                     "refusing",
                                                     "does hold",
                                                     "do hold",
                                                     "considered your request",
                                                     "please see attached",
                                                     "your request",
                                                     "you requested",
                                                     "in relation to question",
                                                     "please see the table",
                                                     "please see below",
                                                     "search of our",
                                                     "would exceed the appropriate cost limit"});
  if (answer.empty() && (letter == kRespondedLine || letter == kResponseLine)) answer = letter;
  // A log entry's labelled result under its request number ("Decision: Disclosed") answers, the Act unnamed.
  if (labelled_outcome(text)) {
    if (answer.empty()) answer = "a labelled result";
    if (law.empty()) law = letter;
  }
  if (law.empty() || answer.empty()) return std::nullopt;
  return DocTypeReading{"response", "a letter (" + quoted_words(letter) + ") under " + quoted_words(law) +
                                        " with " + quoted_words(answer)};
}

// A requester's letter asking for a review of the reply or an appeal against it, in its opening lines ("I am
// writing to request an internal review of ..."): a request, though it argues over exemptions like a reply.
std::optional<DocTypeReading> review_request(std::string_view top) {
  if (!scan::first_words(top, {"our ref", "our reference"}).empty()) return std::nullopt;  // the authority's
  for (std::string_view ask :
       {"i am writing to request", "i am writing to you to request", "we are requesting", "i am requesting",
        "i would like to request", "i wish to request", "we would like to request", "we wish to request"}) {
    scan::CaseFinder finder(top, ask[0]);
    for (size_t i = finder.next(0); i < top.size(); i = finder.next(i + 1)) {
      const size_t e = scan::match_words(top, i, ask);
      if (e == std::string_view::npos) continue;
      const size_t at = scan::skip_spaces(top, e);
      for (std::string_view what : {"an internal review", "a review", "an appeal", "a formal review",
                                    "an independent review", "internal review"})
        if (scan::match_words(top, at, what) != std::string_view::npos)
          return DocTypeReading{"request",
                                "a letter asking for " + std::string(what) + ": " + quoted_words(ask)};
    }
  }
  return std::nullopt;
}

// The first words after a letter's salutation ("Dear NHS England,"), on its line or the next.
std::string_view first_body_line(std::string_view top) {
  for (size_t b = 0; b < top.size();) {
    size_t e = std::min(top.find('\n', b), top.size());
    std::string_view line = scan::trim(top.substr(b, e - b), "");
    if (scan::match_words(line, 0, "dear") != std::string_view::npos) {
      if (size_t comma = line.find(','); comma != std::string_view::npos && comma + 1 < line.size())
        return scan::trim(line.substr(comma + 1), "");
      for (b = e + 1; b < top.size(); b = e + 1) {
        e = std::min(top.find('\n', b), top.size());
        if (std::string_view next = scan::trim(top.substr(b, e - b), ""); !next.empty()) return next;
      }
      return {};
    }
    b = e + 1;
  }
  return {};
}

// A requester's letter that asks in its first words ("Dear NHS England,\nUnder the Freedom of Information Act
// 2000, I am writing to request information ..."): a request, even when it asks whether the authority
// "conducted a review". A reply quotes the request further down, or after "You wrote".
std::optional<DocTypeReading> opening_ask(std::string_view top) {
  if (!scan::first_words(top, {"our ref", "our reference"}).empty()) return std::nullopt;
  std::string_view line = first_body_line(top);
  if (scan::starts_with_phrase(line, "under the freedom of information act"))
    line = line.find(',') == std::string_view::npos ? std::string_view()
                                                    : scan::trim(line.substr(line.find(',') + 1), "");
  for (std::string_view ask : {"i am writing to request", "i would like to request", "i wish to request",
                               "i am requesting", "i request", "i am writing to make a request"}) {
    const size_t e = scan::match_words(line, 0, ask);
    if (e == std::string_view::npos) continue;
    const size_t at = scan::skip_spaces(line, e);
    for (std::string_view what : {"information", "the following", "copies", "a copy", "details", "data",
                                  "under", "for information", "all"})
      if (scan::match_words(line, at, what) != std::string_view::npos)
        return DocTypeReading{"request", "a letter opening with its ask: " + quoted_words(ask)};
  }
  return std::nullopt;
}

// A requester's letter: it asks, and (when `signed_off` is set) ends "Yours faithfully" with no reference of
// the authority's own, since a reply may quote the request it answers.
std::optional<DocTypeReading> request(std::string_view text, bool signed_off) {
  std::string_view ask = scan::first_words(text, kAskingWords);
  if (ask.empty() || scan::first_words(text, {"dear"}).empty()) return std::nullopt;
  if (signed_off && (scan::first_words(text, {"yours faithfully"}).empty() ||
                     !scan::first_words(text, {"our ref", "our reference"}).empty()))
    return std::nullopt;
  return DocTypeReading{"request", "a letter asking: " + quoted_words(ask)};
}

}  // namespace

bool is_commentary(std::string_view doc_type) {
  return std::find(std::begin(kCommentaryDocTypes), std::end(kCommentaryDocTypes), doc_type) !=
         std::end(kCommentaryDocTypes);
}

bool is_decision(std::string_view doc_type) {
  return doc_type == "decision_notice" || doc_type == "tribunal_decision";
}

bool relies_on_grounds(std::string_view doc_type) { return doc_type != "request" && doc_type != "guidance"; }

bool is_doc_type(std::string_view value) {
  return std::find(std::begin(kDocTypes), std::end(kDocTypes), value) != std::end(kDocTypes);
}

bool reads_as_statute(std::string_view text) {
  size_t numbered = 0;
  for (size_t i = 0; i < text.size(); i = text.find('\n', i) + 1) {
    size_t at = scan::skip_blanks(text, i);
    size_t digits = at + 1 < text.size() && text[at] == '(' ? scan::match_digits(text, at + 1, 1, 3)
                                                            : std::string_view::npos;
    numbered += digits != std::string_view::npos && digits < text.size() && text[digits] == ')';
    if (text.find('\n', i) == std::string_view::npos) break;
  }
  return numbered >= 2 && scan::contains_phrase(text, "subsection (");
}

DocTypeReading classify_doc_type(std::string_view text, std::string_view title) {
  std::string_view heading = text.substr(0, std::min(text.size(), kHeadingBytes));
  std::string_view top = text.substr(0, std::min(text.size(), kTopBytes));
  if (auto r = tribunal_heading(heading)) return *r;
  if (auto r = notice_heading(top, heading)) return *r;
  if (signed_for_tribunal(text))
    return {"tribunal_decision", "signed at the end by a chairman or judge for the tribunal"};
  if (auto r = thread(text)) return *r;
  // A log entry's "Request" and "Response" lay out one answer, whatever it says about requests in general.
  if (!request_response_lines(text, heading) && !label_line(text, "response")) {
    if (auto r = process_page(text, heading)) return *r;
    if (auto r = requester_page(text, heading)) return *r;
  }
  std::string_view letter = model_letter(text) ? std::string_view() : letter_mark(text, heading);
  if (!letter.empty()) {
    // A page that sets "Request" over "Response" quotes the request it answers, as it was sent.
    const bool quotes_request = request_response_lines(text, heading);
    if (!quotes_request)
      if (auto r = opening_ask(top)) return *r;
    if (auto r = review(text, top, title, letter)) return *r;
    if (auto r = review_request(top)) return *r;
    if (!quotes_request)
      if (auto r = request(text, true)) return *r;
    if (auto r = response(text, letter)) return *r;
    if (auto r = request(text, false)) return *r;
  }
  if (model_letter(text) &&
      !scan::first_words(text, {"[delete", "[insert", "[subject", "[applicant", "template"}).empty())
    return {"guidance", "a model letter, its '[date]' and other blanks left for the writer to fill in"};
  if (auto r = guidance_title(title)) return *r;
  if (letter.empty())
    if (auto r = help_title(title)) return *r;
  if (auto r = report_title(title)) return *r;
  if (auto r = report_opening(top)) return *r;
  if (auto r = policy_sections(text, heading)) return *r;
  if (auto r = guidance(top)) return *r;
  if (letter.empty())
    if (auto r = advice(text)) return *r;
  return {"other", "no heading, letter or title of a known kind"};
}

}  // namespace foi
