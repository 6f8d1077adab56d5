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

namespace foi {
namespace {

constexpr size_t kHeadingBytes = 2500;  // a decision's heading: court, parties, dates, judges
constexpr size_t kTopBytes = 600;       // what a letter or notice says it is before it starts
constexpr size_t kOpeningBytes = 300;   // a page's first lines: a procedure says what it is there

// What only a letter that was sent has near its top: a salutation, references, the date it was answered.
const std::initializer_list<std::string_view> kSentLetterMarks = {
    "dear",           "our ref",    "your ref",      "our reference", "your reference", "request reference",
    "request number", "request no", "foi reference", "foi ref",       "date responded"};

// What a requester writes to ask.
const std::initializer_list<std::string_view> kAskingWords = {
    "please provide", "i would like", "i request", "please send", "could you provide", "i am requesting"};

std::string quoted(std::string_view a) { return "'" + std::string(a) + "'"; }
std::string quoted(std::string_view a, std::string_view b) { return quoted(a) + " and " + quoted(b); }

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

std::optional<DocTypeReading> tribunal(std::string_view heading) {
  std::string_view court = scan::first_words(
      heading, {"first-tier tribunal", "first tier tribunal", "first – tier tribunal", "first‐tier tribunal",
                "upper tribunal", "information tribunal", "data protection tribunal"});
  std::string_view party = scan::first_words(
      heading, {"appellant", "appellants", "appeal no", "appeal number", "appeal reference", "appeal ref"});
  if (party.empty()) return std::nullopt;
  if (!court.empty()) return DocTypeReading{"tribunal_decision", quoted(court, party) + " in the heading"};
  if (tribunal_number(heading))
    return DocTypeReading{"tribunal_decision",
                          "an EA/ appeal number and " + quoted(party) + " in the heading"};
  return std::nullopt;
}

std::optional<DocTypeReading> decision_notice(std::string_view top, std::string_view heading) {
  std::string_view notice = scan::first_words(top, {"decision notice"});
  std::string_view label = scan::first_words(heading, {"complainant", "public authority", "authority"});
  if (!notice.empty() && !label.empty())
    return DocTypeReading{"decision_notice", quoted(notice, label) + " in the heading"};
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
  for (std::string_view asked : {"request", "information requested", "request detail", "request details"})
    if (label_line(heading, asked))
      for (std::string_view answered : {"response", "response detail", "response details"})
        if (label_line(text, answered)) return true;
  return false;
}

// What makes a text a letter or a log entry: its salutation, references or labels near the top, a disclosure
// log's "Request" and "Response" lines, or a sign-off.
std::string_view letter_mark(std::string_view text, std::string_view heading) {
  std::string_view mark = scan::first_words(heading, kSentLetterMarks);
  if (!mark.empty()) return mark;
  mark =
      scan::first_words(heading, {"disclosure log", "thank you for your", "your request", "date of request"});
  if (!mark.empty()) return mark;
  // A published answer under the request it quotes: the asking words, then a "Response" line.
  if (label_line(text, "response") && !scan::first_words(heading, kAskingWords).empty())
    return "a 'Response' line";
  // A refusal in the authority's own voice, as a disclosure log prints it without the letter around it.
  mark =
      scan::first_words(text, {"this refusal notice", "the following exemption", "the following exemptions",
                               "exemption has been applied", "exemptions have been applied"});
  if (!mark.empty()) return mark;
  if (request_response_lines(text, heading)) return "request/response lines";
  if (dated_label_line(heading, "responded")) return "a 'Responded' date line";
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

// "In your request for an internal review you said": a review answering the request for it. A reply's
// closing lines tell how to make one ("your request for an internal review should be sent to").
bool answers_review_request(std::string_view text) {
  constexpr std::string_view kAsked = "your request for an internal review";
  for (size_t i = 0; (i = text.find_first_of("yY", i)) != std::string_view::npos; ++i) {
    const size_t e = scan::match_words(text, i, kAsked);
    if (e == std::string_view::npos) continue;
    const std::string_view after = text.substr(e, 40);
    if (scan::first_words(after, {"should", "must", "will", "needs", "can", "may", "to be", "has to"})
            .empty())
      return true;
  }
  return false;
}

std::optional<DocTypeReading> review(std::string_view text, std::string_view top, std::string_view title,
                                     std::string_view letter) {
  std::string_view said =
      scan::first_words(title, {"internal review", "foi review", "eir review", "review response"});
  if (said.empty()) said = review_line(top);
  // The review's opening line answers the request for it; a reply's closing lines only offer one.
  if (said.empty())
    said =
        scan::first_words(top, {"your review request", "your request for review", "your request for a review",
                                "your request for an internal review", "your internal review request"});
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
                                    "conducted a review",
                                    "review of our response",
                                    "review of the response",
                                    "you requested an internal review",
                                    "asked for an internal review"});
  if (said.empty() && answers_review_request(text)) said = "your request for an internal review";
  if (said.empty()) return std::nullopt;
  return DocTypeReading{"internal_review", "a letter (" + quoted(letter) + ") about " + quoted(said)};
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
  if (law.empty() || answer.empty()) return std::nullopt;
  return DocTypeReading{"response",
                        "a letter (" + quoted(letter) + ") under " + quoted(law) + " with " + quoted(answer)};
}

// A requester's letter: it asks, and (when `signed_off` is set) ends "Yours faithfully" with no reference of
// the authority's own, since a reply may quote the request it answers.
std::optional<DocTypeReading> request(std::string_view text, bool signed_off) {
  std::string_view ask = scan::first_words(text, kAskingWords);
  if (ask.empty() || scan::first_words(text, {"dear"}).empty()) return std::nullopt;
  if (signed_off && (scan::first_words(text, {"yours faithfully"}).empty() ||
                     !scan::first_words(text, {"our ref", "our reference"}).empty()))
    return std::nullopt;
  return DocTypeReading{"request", "a letter asking: " + quoted(ask)};
}

std::optional<DocTypeReading> guidance_title(std::string_view title) {
  std::string_view named =
      scan::first_words(title, {"guidance", "guide", "guidelines", "policy", "procedure", "code of practice",
                                "authorised professional practice", "app"});
  if (!named.empty()) return DocTypeReading{"guidance", quoted(named) + " in the title"};
  return std::nullopt;
}

// A page that reports rather than advises, by its title: statistics, a news round-up, published data. It may
// quote a code of practice or tell authorities what a decision found, and is still no guidance.
std::optional<DocTypeReading> report_title(std::string_view title) {
  std::string_view named =
      scan::first_words(title, {"statistics", "round-up", "roundup", "bulletin", "newsletter", "news",
                                "transparency data", "annual report", "quarterly report"});
  if (named.empty()) return std::nullopt;
  return DocTypeReading{"other", "a report, statistics or news page: " + quoted(named) + " in the title"};
}

// A page on how requests are handled, written to any requester: it opens by setting out a procedure ("This
// procedure applies to...", "If you are dissatisfied with our handling of your request, you can...") and has
// no salutation or reference of a letter that was sent. A reply offers its review in its closing lines.
std::optional<DocTypeReading> process_page(std::string_view text, std::string_view heading) {
  std::string_view opening = text.substr(0, std::min(text.size(), kOpeningBytes));
  std::string_view named =
      scan::first_words(opening, {"this procedure", "this policy", "if you are dissatisfied",
                                  "if you are unhappy", "if you are not satisfied"});
  if (named.empty() || !scan::first_words(heading, kSentLetterMarks).empty()) return std::nullopt;
  return DocTypeReading{"guidance",
                        "a procedure for requesters at the top (" + quoted(named) + "), no letter"};
}

std::optional<DocTypeReading> guidance(std::string_view top) {
  std::string_view named = scan::first_words(top, {"authorised professional practice", "app", "this guidance", "guidance on",
                                  "guidance for", "this guide", "statutory guidance", "code of practice"});
  if (!named.empty()) return DocTypeReading{"guidance", quoted(named) + " at the top, and no letter"};
  return std::nullopt;
}

// Advice written to authorities about requests ("you can rely on section 31 ... the requester"), not a
// letter.
std::optional<DocTypeReading> advice(std::string_view text) {
  std::string_view to_authorities = scan::first_words(
      text, {"the requester", "authorities should", "authorities must", "a public authority should"});
  std::string_view law =
      scan::first_words(text, {"freedom of information", "foi", "foia", "foisa", "section", "exemption"});
  if (to_authorities.empty() || law.empty()) return std::nullopt;
  return DocTypeReading{"guidance", "no letter, and advice to authorities: " + quoted(to_authorities, law)};
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
  if (auto r = process_page(text, heading)) return *r;
  std::string_view letter = model_letter(text) ? std::string_view() : letter_mark(text, heading);
  if (!letter.empty()) {
    if (auto r = review(text, top, title, letter)) return *r;
    // A page that sets "Request" over "Response" quotes the request it answers, signed off as it was sent.
    if (!request_response_lines(text, heading))
      if (auto r = request(text, true)) return *r;
    if (auto r = response(text, letter)) return *r;
    if (auto r = request(text, false)) return *r;
  }
  if (auto r = guidance_title(title)) return *r;
  if (auto r = report_title(title)) return *r;
  if (auto r = guidance(top)) return *r;
  if (letter.empty())
    if (auto r = advice(text)) return *r;
  return {"other", "no heading, letter or title of a known kind"};
}

}  // namespace foi
