// Telling the kinds of FOI document apart by the words their headings and letters use.
#include "foi/extract/doc_types.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>

#include "foi/base/scan.h"
#include "foi/extract/dates.h"
#include "foi/extract/decision_references.h"
#include "foi/extract/notice_verdicts.h"
#include "foi/extract/page_kinds.h"

namespace foi {
namespace {

constexpr size_t kHeadingBytes = 2500;  // a decision's heading: court, parties, dates, judges
constexpr size_t kTopBytes = 600;       // what a letter or notice says it is before it starts
constexpr size_t kOfferWithin = 40;     // "your request for a review ... should be sent to": how far to look

// What a requester writes to ask.
const std::initializer_list<std::string_view> kAskingWords = {
    "please provide", "i would like", "i request", "please send", "could you provide", "i am requesting"};

// How an ICO notice's summary opens, and how it gives the Commissioner's finding.
const std::initializer_list<std::string_view> kComplaintOpenings = {
    "the complainant requested", "the complainant has requested", "the complainant made a request",
    "the complainant asked", "the complainant submitted a request"};
const std::initializer_list<std::string_view> kCommissionerFindings = {
    "the commissioner's decision is", "the commissioner’s decision is", "the commissioner concludes",
    "the commissioner has concluded", "the commissioner finds",         "the commissioner has found",
    "the commissioner has decided"};

// "Decision 123/2019" or "Decision Notice 018/2023", as the Scottish Information Commissioner numbers them.
bool scottish_decision_number(std::string_view t) {
  for (size_t i = 0; i < t.size(); ++i) {
    size_t j = scan::match_words(t, i, "decision");
    if (j == std::string_view::npos) continue;
    size_t k = scan::skip_spaces(t, j);
    if (size_t n = scan::match_words(t, k, "notice"); n != std::string_view::npos)
      k = scan::skip_spaces(t, n);
    size_t d = scan::match_digits(t, k, 1, 4);
    if (d != std::string_view::npos && d < t.size() && t[d] == '/' &&
        scan::match_digits(t, d + 1, 4, 4) != std::string_view::npos)
      return true;
  }
  return false;
}

// "EA/2019/0369", "EA/2006/0006": the information-rights tribunal's appeal numbers.
bool tribunal_number(std::string_view t) {
  for (size_t i = t.find("EA/"); i != std::string_view::npos; i = t.find("EA/", i + 1))
    if (scan::word_start(t, i) && scan::match_digits(t, i + 3, 4, 4) != std::string_view::npos) return true;
  return false;
}

// A decision's heading labels its parties ("JOHN SMITH Appellant", "Appellant: John Smith", "Appeal No:"); a
// report of one writes about them ("the Appellant's prospects", "the appellant argued").
std::string_view party_label(std::string_view heading) {
  for (std::string_view party :
       {"appellant", "appellants", "appeal no", "appeal number", "appeal reference", "appeal ref"}) {
    scan::CaseFinder at(heading, party[0]);
    for (size_t i = at.next(0); i < heading.size(); i = at.next(i + 1)) {
      const size_t e = scan::match_words(heading, i, party);
      if (e == std::string_view::npos) continue;
      const bool possessive =
          e + 1 < heading.size() && (heading[e] == '\'' || heading.substr(e, 3) == "\u2019");
      size_t b = i;
      while (b > 0 && scan::is_space(heading[b - 1])) --b;
      const bool after_the =
          b >= 3 && scan::iequals(heading.substr(b - 3, 3), "the") && scan::word_start(heading, b - 3);
      if (!possessive && !after_the) return party;
    }
  }
  return {};
}

std::optional<DocTypeReading> tribunal(std::string_view heading) {
  std::string_view court = scan::first_words(
      heading, {"first-tier tribunal", "first tier tribunal", "first – tier tribunal", "first‐tier tribunal",
                "upper tribunal", "information tribunal", "data protection tribunal"});
  std::string_view party = party_label(heading);
  // A short decision (a withdrawal notice, a digest's operative paragraph) names its parties only in prose,
  // and speaks as the Tribunal; a report of one says what the tribunal did.
  if (party.empty() &&
      !scan::first_words(heading,
                         {"the tribunal acknowledges", "the tribunal has consented", "the tribunal makes",
                          "the tribunal finds", "the tribunal orders", "the tribunal directs",
                          "the appeal is allowed", "the appeal is dismissed", "the appeal is struck out"})
           .empty())
    party = scan::first_words(heading, {"appellant", "appellants"});
  if (party.empty()) return std::nullopt;
  if (!court.empty())
    return DocTypeReading{"tribunal_decision", quoted_words(court, party) + " in the heading"};
  if (tribunal_number(heading))
    return DocTypeReading{"tribunal_decision",
                          "an EA/ appeal number and " + quoted_words(party) + " in the heading"};
  return std::nullopt;
}

std::optional<DocTypeReading> decision_notice(std::string_view top, std::string_view heading) {
  std::string_view notice = scan::first_words(top, {"decision notice"});
  std::string_view label = scan::first_words(heading, {"complainant", "public authority", "authority"});
  if (!notice.empty() && !label.empty())
    return DocTypeReading{"decision_notice", quoted_words(notice, label) + " in the heading"};
  if (std::vector<ListedVerdict> listed = listed_verdicts(heading); !listed.empty())
    return DocTypeReading{"decision_notice", "a decision page's 'Decision(s)' list ('" +
                                                 listed.front().ground + ": " + listed.front().verdict +
                                                 "')"};
  // A summary of an ICO notice (a wiki's, a digest's): the case reference, the authority labelled, the
  // Commissioner, and none of a sent letter's marks (a reply may quote the ICO's case number).
  if (std::optional<ReferenceReading> ref = notice_reference(top);
      ref && is_ico_notice_reference(ref->reference) &&
      !scan::first_words(heading, {"public authority:"}).empty() &&
      !scan::first_words(heading, {"commissioner"}).empty() &&
      scan::first_words(top, kSentLetterMarks).empty())
    return DocTypeReading{"decision_notice", "an ICO case reference ('" + ref->reference +
                                                 "'), 'public authority' and 'commissioner' in the heading"};
  // An ICO notice's summary as its web page or a law report prints it: the complaint in the opening lines
  // ("The complainant requested ...") and the Commissioner's finding, in no letter. A feed that lists many
  // notices opens complaint after complaint.
  size_t complaints = 0;
  for (std::string_view opening : kComplaintOpenings) complaints += scan::count_phrase(heading, opening);
  if (std::string_view asked = scan::first_words(top, kComplaintOpenings);
      !asked.empty() && complaints == 1) {
    std::string_view found = scan::first_words(heading, kCommissionerFindings);
    if (!found.empty() && scan::first_words(top, kSentLetterMarks).empty())
      return DocTypeReading{"decision_notice", "a notice's summary: " + quoted_words(asked, found)};
  }
  if (scottish_decision_number(top) &&
      !scan::first_words(heading, {"scottish information commissioner", "commissioner"}).empty())
    return DocTypeReading{"decision_notice",
                          "a Scottish Information Commissioner decision number in the heading"};
  return std::nullopt;
}

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
  for (std::string_view asked :
       {"request", "information requested", "request detail", "request details", "you asked for"})
    if (label_line(heading, asked))
      for (std::string_view answered : {"response", "response detail", "response details", "our response"})
        if (label_line(text, answered)) return true;
  return false;
}

// A disclosure log's dated labels: "Responded Thu 14 November 2030", "Response 16-02-22". They answer.
constexpr std::string_view kRespondedLine = "a 'Responded' date line";
constexpr std::string_view kResponseLine = "a dated 'Response' line";

// What makes a text a letter or a log entry: its salutation, references or labels near the top, a disclosure
// log's "Request" and "Response" lines, or a sign-off.
std::string_view letter_mark(std::string_view text, std::string_view heading) {
  std::string_view mark = scan::first_words(heading, kSentLetterMarks);
  if (!mark.empty()) return mark;
  mark = scan::first_words(
      heading, {"disclosure log", "thank you for your", "your request", "date of request", "date requested"});
  if (!mark.empty()) return mark;
  // A published answer under the request it quotes: the asking words, then a "Response" line.
  if (label_line(text, "response") && !scan::first_words(heading, kAskingWords).empty())
    return "a 'Response' line";
  // A refusal in the authority's own voice, as a disclosure log prints it without the letter around it.
  mark =
      scan::first_words(text, {"this refusal notice", "the following exemption", "the following exemptions",
                               "exemption has been applied", "exemptions have been applied",
                               "does hold the information you", "do hold the information you"});
  if (!mark.empty()) return mark;
  if (request_response_lines(text, heading)) return "request/response lines";
  if (dated_label_line(heading, "responded")) return kRespondedLine;
  if (dated_label_line(heading, "response")) return kResponseLine;
  return scan::first_words(text, {"yours sincerely", "yours faithfully", "kind regards"});
}

// A line near the top that is about an internal review: it opens with the words ("Internal Review - FOI 123",
// "Re: Internal review of your request", "FOI internal review response"). A sentence that mentions one ("Ask the
// authority to carry out an internal review") or a link to one ("Internal review , file type: PDF") is not.
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
  std::string_view law = scan::first_words(
      text, {"freedom of information", "foi", "foia", "foisa", "environmental information", "eir", "eirs",
             "disclosure log", "request for information", "refusal notice", "exempt information"});
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
                                                     "please see below"});
  if (answer.empty() && (letter == kRespondedLine || letter == kResponseLine)) answer = letter;
  if (law.empty() || answer.empty()) return std::nullopt;
  return DocTypeReading{"response", "a letter (" + quoted_words(letter) + ") under " + quoted_words(law) +
                                        " with " + quoted_words(answer)};
}

// A requester's letter that asks in its opening lines, for information or for a review of the reply ("I am
// writing to request an internal review of ..."): a request, though it argues over exemptions like a reply
// or asks whether the authority "conducted a review" of something.
std::optional<DocTypeReading> review_request(std::string_view top) {
  if (!scan::first_words(top, {"our ref", "our reference"}).empty()) return std::nullopt;  // the authority's
  for (std::string_view ask :
       {"i am writing to request", "i am writing to you to request", "we are requesting", "i am requesting",
        "i would like to request", "i wish to request", "we would like to request", "we wish to request"}) {
    scan::CaseFinder at(top, ask[0]);
    for (size_t i = at.next(0); i < top.size(); i = at.next(i + 1)) {
      const size_t e = scan::match_words(top, i, ask);
      if (e == std::string_view::npos) continue;
      const size_t at = scan::skip_spaces(top, e);
      for (std::string_view what :
           {"an internal review", "a review", "an appeal", "a formal review", "an independent review",
            "internal review", "information", "the following information", "copies of", "a copy of"})
        if (scan::match_words(top, at, what) != std::string_view::npos)
          return DocTypeReading{"request",
                                "a letter asking for " + std::string(what) + ": " + quoted_words(ask)};
    }
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
  if (auto r = tribunal(heading)) return *r;
  if (auto r = decision_notice(top, heading)) return *r;
  if (auto r = thread(text)) return *r;
  // A log entry's "Request" and "Response" lay out one answer, whatever it says about requests in general.
  if (!request_response_lines(text, heading) && !label_line(text, "response")) {
    if (auto r = process_page(text, heading)) return *r;
    if (auto r = requester_page(text, heading)) return *r;
    if (auto r = policy_sections(text, heading)) return *r;
  }
  std::string_view letter = model_letter(text) ? std::string_view() : letter_mark(text, heading);
  if (!letter.empty()) {
    // A page that sets "Request" over "Response" quotes the request it answers, as it was sent.
    const bool quotes_request = request_response_lines(text, heading);
    if (!quotes_request)
      if (auto r = review_request(top)) return *r;
    if (auto r = review(text, top, title, letter)) return *r;
    if (!quotes_request)
      if (auto r = request(text, true)) return *r;
    if (auto r = response(text, letter)) return *r;
    if (auto r = request(text, false)) return *r;
  }
  if (auto r = report_opening(top)) return *r;
  if (auto r = guidance_title(title)) return *r;
  if (auto r = report_title(title)) return *r;
  if (auto r = guidance(top)) return *r;
  if (letter.empty())
    if (auto r = advice(text)) return *r;
  return {"other", "no heading, letter or title of a known kind"};
}

}  // namespace foi
