// Guidance and report pages (page_kinds.h): what a page that is no letter says it is, or says to its readers.
#include "foi/extract/page_kinds.h"

#include <algorithm>
#include <string>
#include <vector>

#include "foi/base/scan.h"

namespace foi {
namespace {

constexpr size_t kOpeningBytes = 300;  // a page's first lines: a procedure says what it is there
constexpr size_t kHeadingLine = 120;   // a question set as a heading is one short line
constexpr size_t kShortTitle = 40;
constexpr size_t kSentenceTitle = 60;  // a "title" this long that ends in a full stop is a sentence

// What a page for any requester says about requests in general; a reply speaks of the one request it answers.
constexpr std::string_view kRequesterPageCues[] = {"how to make a request",
                                                   "we will either",
                                                   "if we do not hold",
                                                   "a number of exemptions",
                                                   "different exemptions",
                                                   "qualified exemptions",
                                                   "absolute exemptions",
                                                   "the following sections of",
                                                   "may be exempt",
                                                   "question and answer",
                                                   "frequently asked questions",
                                                   "this page is designed",
                                                   "this page explains",
                                                   "this page sets out",
                                                   "gives people the right",
                                                   "gives anyone the right",
                                                   "allows anyone to",
                                                   "anyone can make a request",
                                                   "requests must be in writing",
                                                   "before making a request",
                                                   "before you make a request",
                                                   "all requesters",
                                                   "we may:",
                                                   "the review will be conducted"};

constexpr std::string_view kQuestionWords[] = {"what", "how", "when", "who", "why", "where",  "which", "will",
                                               "can",  "do",  "does", "is",  "are", "should", "must",  "may"};

// Short lines that ask a question ("What rights does the Act create?"), as a page of questions and answers
// sets its headings.
size_t question_headings(std::string_view text) {
  size_t n = 0;
  for (size_t b = 0; b < text.size();) {
    size_t e = std::min(text.find('\n', b), text.size());
    std::string_view line = scan::trim(text.substr(b, e - b), "*_#");
    if (!line.empty() && line.size() <= kHeadingLine && line.back() == '?' && scan::is_upper(line.front()))
      for (std::string_view w : kQuestionWords)
        if (scan::match_words(line, 0, w) != std::string_view::npos) {
          ++n;
          break;
        }
    b = e + 1;
  }
  return n;
}

// A line that is only `word`, perhaps numbered ("2. Scope", "Purpose"), as a policy sets its sections.
bool section_heading(std::string_view text, std::string_view word) {
  for (size_t b = 0; b < text.size();) {
    size_t e = std::min(text.find('\n', b), text.size());
    std::string_view line = scan::trim(text.substr(b, e - b), "*_#:");
    size_t n = scan::match_digits(line, 0, 1, 2);
    if (n != std::string_view::npos && n < line.size() && line[n] == '.')
      line = scan::trim(line.substr(n + 1), " ");
    if (scan::iequals(line, word)) return true;
    b = e + 1;
  }
  return false;
}

}  // namespace

std::optional<DocTypeReading> help_title(std::string_view title) {
  // A short title of the Act's words and "exemptions" heads a page on them ("Refusals and exemptions", "The
  // Exceptions", "Environmental Information Regulations - Exceptions"); "Council tax exemptions" is no such.
  static constexpr std::string_view kActWords[] = {
      "the",         "and", "of",        "refusals", "exemptions",  "exceptions",
      "foi",         "eir", "foia",      "freedom",  "information", "environmental",
      "regulations", "act", "explained", "absolute", "qualified"};
  bool act_words = title.size() <= kShortTitle;
  for (size_t i = 0; act_words && i < title.size(); i = scan::letters_end(title, i)) {
    if (!scan::is_alpha(title[i])) {
      ++i;
      continue;
    }
    std::string_view word = title.substr(i, scan::letters_end(title, i) - i);
    act_words = std::any_of(std::begin(kActWords), std::end(kActWords),
                            [&](std::string_view w) { return scan::iequals(w, word); });
  }
  if (act_words && !scan::first_words(title, {"exemptions", "exceptions"}).empty())
    return DocTypeReading{"guidance", "a title on the exemptions ('" + std::string(title) + "')"};
  // A question about requests for a title ("When is the University not obliged to disclose...?"), as a help
  // page asks it; a news story's headline asks about something else.
  if (title.size() <= 2 * kSentenceTitle && title.ends_with("?") &&
      !scan::first_words(title.substr(0, title.find(' ')),
                         {"when", "what", "how", "why", "who", "which", "can"})
           .empty() &&
      !scan::first_words(title, {"request", "requests", "disclose", "information", "foi", "eir", "exempt",
                                 "refuse", "refused"})
           .empty())
    return DocTypeReading{"guidance", "a question about requests for its title"};
  return std::nullopt;
}

std::optional<DocTypeReading> guidance_title(std::string_view title) {
  // A text with no title of its own lends its first line, and a sentence is no title.
  if (title.size() > kSentenceTitle && title.back() == '.') return std::nullopt;
  std::string_view named =
      scan::first_words(title, {"guidance", "guide", "guidelines", "policy", "procedure", "code of practice",
                                "authorised professional practice", "app", "response template"});
  if (!named.empty()) return DocTypeReading{"guidance", quoted_words(named) + " in the title"};
  return std::nullopt;
}

// A page that reports rather than advises, by its title: statistics, a news round-up, published data. It may
// quote a code of practice or tell authorities what a decision found, and is still no guidance.
std::optional<DocTypeReading> report_title(std::string_view title) {
  std::string_view named =
      scan::first_words(title, {"statistics", "round-up", "roundup", "bulletin", "newsletter", "news",
                                "transparency data", "annual report", "quarterly report"});
  if (named.empty()) return std::nullopt;
  return DocTypeReading{"other",
                        "a report, statistics or news page: " + quoted_words(named) + " in the title"};
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
                        "a procedure for requesters at the top (" + quoted_words(named) + "), no letter"};
}

std::optional<DocTypeReading> requester_page(std::string_view text, std::string_view heading) {
  if (!scan::first_words(heading, kSentLetterMarks).empty() ||
      !scan::first_words(heading, {"thank you for your request", "in response to your request"}).empty())
    return std::nullopt;
  std::vector<std::string> cues;
  for (std::string_view cue : kRequesterPageCues)
    if (!scan::first_words(text, {cue}).empty()) cues.push_back(quoted_words(cue));
  if (question_headings(text) >= 2) cues.push_back("questions as headings");
  if (!scan::line_opening_with(text, kOpeningBytes, {"what happens after"}).empty())  // as a heading
    cues.push_back(quoted_words("what happens after"));
  if (cues.size() < 2) return std::nullopt;
  return DocTypeReading{"guidance", "a page for any requester (" + cues[0] + ", " + cues[1] + "), no letter"};
}

// A policy or statement laid out in sections, its "Purpose" and "Scope" among them, that calls itself one
// near its top; a letter has no such headings (and is read before this), an audit report calls itself a
// report.
std::optional<DocTypeReading> policy_sections(std::string_view text, std::string_view heading) {
  if (!scan::first_words(heading, kSentLetterMarks).empty()) return std::nullopt;
  std::string_view top = text.substr(0, std::min<size_t>(text.size(), 600));
  if (scan::first_words(top, {"policy", "procedure", "statement", "strategy"}).empty()) return std::nullopt;
  if (!section_heading(text, "purpose") || !section_heading(text, "scope")) return std::nullopt;
  return DocTypeReading{"guidance", "a policy's 'Purpose' and 'Scope' sections, no letter"};
}

// A page that reports on an authority's handling of requests in its opening lines ("Our FOI compliance
// statistics report provides..."); it may name a code of practice, and is no guidance.
std::optional<DocTypeReading> report_opening(std::string_view top) {
  std::string_view named = scan::first_words(
      top, {"statistics report", "compliance statistics", "our performance in", "our performance regarding"});
  if (named.empty()) return std::nullopt;
  return DocTypeReading{"other", "a report on request handling: " + quoted_words(named) + " at the top"};
}

std::optional<DocTypeReading> guidance(std::string_view top) {
  std::string_view named =
      scan::first_words(top, {"authorised professional practice", "app", "this guidance", "guidance on",
                              "guidance for", "this guide", "statutory guidance", "code of practice"});
  if (!named.empty()) return DocTypeReading{"guidance", quoted_words(named) + " at the top, and no letter"};
  return std::nullopt;
}

// Advice written to authorities about requests ("you can rely on section 31 ... the requester"), not a
// letter.
std::optional<DocTypeReading> advice(std::string_view text) {
  std::string_view to_authorities = scan::first_words(
      text, {"the requester", "authorities should", "authorities must", "a public authority should",
             "public authorities can", "public authorities are not obliged",
             "a request for information can be", "for a request to be valid"});
  std::string_view law =
      scan::first_words(text, {"freedom of information", "foi", "foia", "foisa", "section", "exemption"});
  if (to_authorities.empty() || law.empty()) return std::nullopt;
  return DocTypeReading{"guidance",
                        "no letter, and advice to authorities: " + quoted_words(to_authorities, law)};
}

}  // namespace foi
