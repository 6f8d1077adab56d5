// Decisions told apart by their headings (decision_kinds.h): a tribunal's court and labelled parties, a
// Commissioner's notice by its label, verdict list, case reference, number or summary.
#include "foi/extract/decision_kinds.h"

#include <initializer_list>
#include <string>
#include <vector>

#include "foi/base/scan.h"
#include "foi/extract/cited_decisions.h"
#include "foi/extract/court_judgments.h"
#include "foi/extract/decision_references.h"
#include "foi/extract/notice_verdicts.h"
#include "foi/extract/page_kinds.h"

namespace foi {
namespace {

// How an ICO notice's summary opens, and how it gives the Commissioner's finding.
const std::initializer_list<std::string_view> kComplaintOpenings = {
    "the complainant requested", "the complainant has requested", "the complainant made a request",
    "the complainant asked", "the complainant submitted a request"};
const std::initializer_list<std::string_view> kCommissionerFindings = {
    "the commissioner's decision is", "the commissioner’s decision is", "the commissioner concludes",
    "the commissioner has concluded", "the commissioner finds",         "the commissioner has found",
    "the commissioner has decided"};

// The first `most` lines of t that are not blank, trimmed of white space and Markdown marks.
std::vector<std::string_view> first_lines(std::string_view t, size_t most) {
  std::vector<std::string_view> out;
  for (size_t b = 0; b < t.size() && out.size() < most;) {
    size_t e = std::min(t.find('\n', b), t.size());
    if (std::string_view line = scan::trim(t.substr(b, e - b), "*_#"); !line.empty()) out.push_back(line);
    b = e + 1;
  }
  return out;
}

// A tribunal's neutral citation opening one of the first six lines, alone or after its label ("[2022] UKUT
// 261 (AAC)", "NCN: [2026] UKFTT 00682 (GRC)", "Cite as: [2024] UKFTT 877 (GRC)"), as a judgment or a law
// report heads its copy; "" when none. A citation inside a sentence is another decision's.
std::string neutral_citation_line(std::string_view heading) {
  for (std::string_view line : first_lines(heading, 6)) {
    for (std::string_view label : {"ncn:", "neutral citation number:", "neutral citation:", "cite as:"})
      if (scan::starts_with_phrase(line, label)) line = scan::trim(line.substr(label.size()), "");
    if (std::string c = neutral_citation_at(line, 0); !c.empty()) return c;
  }
  return {};
}

// The complaint opening one of the first three lines (after a "Summary" label or a paragraph's number).
std::string_view complaint_opening(std::string_view top) {
  for (std::string_view line : first_lines(top, 3)) {
    if (size_t end = scan::match_words(line, 0, "summary"); end != std::string_view::npos)
      line = scan::trim(line.substr(end), ":-");
    if (size_t d = scan::digits_end(line, 0); d > 0 && d < 3 && d < line.size() && line[d] == '.')
      line = scan::trim(line.substr(d + 1), "");  // "1. The complainant has requested ..."
    for (std::string_view opening : kComplaintOpenings)
      if (scan::starts_with_phrase(line, opening)) return opening;
  }
  return {};
}

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
      // "Appellant" labels a party where it stands apart: opening its line, or closing it ("JANE PERSON
      // Appellant", "(Appellant)"), or before a colon or a column gap; in a sentence it is prose ("a
      // reminder to appellants").
      const size_t line_start =
          heading.rfind('\n', i) == std::string_view::npos ? 0 : heading.rfind('\n', i) + 1;
      const std::string_view after = heading.substr(e, heading.find('\n', e) - e);
      const bool apart =
          party.starts_with("appeal ") ||
          scan::trim(heading.substr(line_start, i - line_start), "(").empty() ||
          scan::trim(after, ")").empty() || after.starts_with(":") || after.starts_with("  ") ||
          after.starts_with(" (") || after.starts_with(" and") ||
          (i > 0 && heading[i - 1] == '(' && after.starts_with(")"));  // "Jane Person (Appellant)"
      if (!possessive && !after_the && apart) return party;
    }
  }
  return {};
}

}  // namespace

std::optional<DocTypeReading> tribunal_heading(std::string_view heading) {
  if (std::optional<std::string_view> title = court_judgment_title(heading))
    return DocTypeReading{"tribunal_decision", "a court's judgment title ('" + std::string(*title) + "')"};
  std::string_view court = scan::first_words(
      heading, {"first-tier tribunal", "first tier tribunal", "first – tier tribunal", "first‐tier tribunal",
                "upper tribunal", "information tribunal", "data protection tribunal"});
  if (std::string citation = neutral_citation_line(heading); !citation.empty())
    return DocTypeReading{"tribunal_decision", "the neutral citation '" + citation + "' heading the page"};
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
  // A decision titled as one ("APPEAL DECISION"; "RULING on ..." under the tribunal's name).
  if (std::string_view title = decision_title_line(heading); party.empty() && !title.empty())
    return DocTypeReading{"tribunal_decision", quoted_words(title) + " heading a line" +
                                                   (court.empty() ? "" : ", under " + quoted_words(court))};
  if (party.empty()) return std::nullopt;
  if (!court.empty())
    return DocTypeReading{"tribunal_decision", quoted_words(court, party) + " in the heading"};
  if (tribunal_number(heading))
    return DocTypeReading{"tribunal_decision",
                          "an EA/ appeal number and " + quoted_words(party) + " in the heading"};
  return std::nullopt;
}

std::optional<DocTypeReading> notice_heading(std::string_view top, std::string_view heading) {
  std::string_view notice = scan::first_words(top, {"decision notice"});
  std::string_view label = scan::first_words(heading, {"complainant", "public authority", "authority"});
  if (!notice.empty() && !label.empty())
    return DocTypeReading{"decision_notice", quoted_words(notice, label) + " in the heading"};
  // A bare line of verdicts counts with the Commissioner's finding beside it (a digest's copy), not alone.
  if (std::vector<ListedVerdict> listed = listed_verdicts(heading);
      !listed.empty() && (listed.front().labelled || !scan::first_words(top, kCommissionerFindings).empty()))
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
  // An ICO notice's summary as its web page or a law report prints it: a line among the first three opens
  // with the complaint ("The complainant requested ...", after a "Summary:" label), and the Commissioner's
  // finding follows, in no letter. A feed that lists many notices opens complaint after complaint; a news
  // story or report tells of one mid-paragraph.
  size_t complaints = 0;
  for (std::string_view opening : kComplaintOpenings) complaints += scan::count_phrase(heading, opening);
  if (std::string_view asked = complaint_opening(top); !asked.empty() && complaints == 1) {
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

}  // namespace foi
