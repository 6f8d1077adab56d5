// Running the extractors over a document.
#include "foi/index/extract_record.h"

#include <algorithm>

#include "foi/base/scan.h"
#include "foi/extract/authorities.h"
#include "foi/extract/citations.h"
#include "foi/extract/cited_decisions.h"
#include "foi/extract/dates.h"
#include "foi/extract/decision_dates.h"
#include "foi/extract/decision_grounds.h"
#include "foi/extract/decision_outcomes.h"
#include "foi/extract/decision_parties.h"
#include "foi/extract/decision_references.h"
#include "foi/extract/doc_types.h"
#include "foi/extract/eir_descriptions.h"
#include "foi/extract/exemptions.h"
#include "foi/extract/forces.h"
#include "foi/extract/ncnd.h"
#include "foi/extract/offences.h"
#include "foi/extract/outcomes.h"
#include "foi/extract/references.h"
#include "foi/extract/restated_request.h"
#include "foi/precedents/messages.h"

namespace foi {
namespace {

constexpr size_t kMaxTitleBytes = 200;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (scan::is_space(s.front()) || s.front() == '*' || s.front() == '#'))
    s.remove_prefix(1);
  while (!s.empty() && (scan::is_space(s.back()) || s.back() == '*')) s.remove_suffix(1);
  return s;
}

bool starts_with_ci(std::string_view s, std::string_view p) {
  return scan::match_phrase(s, 0, p) != std::string_view::npos;
}

// Lines that open WhatDoTheyKnow pages and letters but say nothing of the subject.
bool is_preamble(std::string_view line) {
  static const std::string_view skip[] = {"we don't know whether",
                                          "we're waiting for",
                                          "we’re waiting for",
                                          "we don’t know whether",
                                          "the request was",
                                          "this request has",
                                          "waiting for",
                                          "long overdue",
                                          "delayed",
                                          "our ref",
                                          "your ref",
                                          "reference",
                                          "date",
                                          "dear ",
                                          "sent:",
                                          "from:",
                                          "to:",
                                          "subject:"};
  for (std::string_view p : skip)
    if (starts_with_ci(line, p)) return true;
  return !std::any_of(line.begin(), line.end(), [](char c) { return scan::is_alpha(c); });
}

std::string stem_of(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  return std::string(dot == std::string_view::npos || dot == 0 ? base : base.substr(0, dot));
}

}  // namespace

std::string extract_title(std::string_view text, std::string_view fallback_path) {
  size_t pos = 0;
  for (int lines = 0; pos < text.size() && lines < 40; ++lines) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty() || line.size() > kMaxTitleBytes || is_preamble(line)) continue;
    return std::string(line);
  }
  return stem_of(fallback_path);
}

bool is_scottish_document(std::string_view text, const std::optional<std::string>& authority) {
  size_t foisa =
      scan::count_phrase(text, "Freedom of Information (Scotland) Act") + scan::count_phrase(text, "FOISA");
  size_t foia = scan::count_phrase(text, "Freedom of Information Act") + scan::count_phrase(text, "FOIA");
  // A Scottish body answering under the UK Act (a Tribunal appeal against the Scotland Office) names FOIA
  // only.
  if (authority && is_scottish_authority(*authority)) return foisa > 0 || foia == 0;
  return foisa > foia;
}

namespace {

// A format's own title (an HTML <title>, an email's Subject, a WhatDoTheyKnow title) beats the first line; a
// PDF's Title property is often "Microsoft Word - x.docx" and is used only when the text offers nothing.
std::string choose_title(const ExtractInput& in) {
  std::string from_text = extract_title(in.text, in.source);
  if (!in.read || in.read->hints.title.empty()) return from_text;
  bool trusted = in.read->format == "html" || in.read->format == "mail" || in.read->format == "wdtk";
  bool text_fell_back = from_text == stem_of(in.source);
  return (trusted || text_fell_back) ? in.read->hints.title : from_text;
}

// A decision's own date (decision_dates.h), else the file's date: a decision that prints none is not dated by
// the notice it quotes. A thread export's event dates are the record itself; in correspondence, the
// authority's response date; elsewhere the letter's own date beats file metadata.
void choose_date(const ExtractInput& in, const std::vector<Message>& messages, Record& r) {
  std::optional<std::string> hinted = in.read ? in.read->hints.date : std::nullopt;
  std::optional<DateReading> read;
  if (r.doc_type == "request") {  // nothing answered yet: the day it was asked
    for (const Message& m : messages)
      if (m.side == "requester" && m.date) {
        r.date = m.date;
        r.reasons["date"] = "the day the request was sent (no reply yet)";
        return;
      }
  }
  if (hinted && in.read->format == "wdtk") {
    r.date = hinted;
    r.reasons["date"] = "the thread's first reply that is not an acknowledgement (formats/wdtk.h)";
    return;
  }
  if (is_decision(r.doc_type)) {
    read =
        r.doc_type == "tribunal_decision" ? tribunal_decision_date(in.text) : notice_decision_date(in.text);
  } else if (std::optional<std::string> d =
                 is_correspondence(messages) ? response_date(messages) : std::nullopt) {
    r.date = d;
    r.reasons["date"] = "the authority's response in the correspondence";
    return;
  } else if (std::optional<Date> page =
                 r.doc_type == "guidance" || r.doc_type == "other" ? page_date(in.text) : std::nullopt) {
    read = DateReading{*page, "the page's own 'Published' or 'Updated' date"};
  } else if (std::optional<Date> letter = extract_date(in.text)) {
    read = DateReading{*letter, "the letter's date (extract/dates.h)"};
  } else if (std::optional<Date> logged = page_date(in.text)) {  // a log entry that prints no letter's date
    read = DateReading{*logged, "no letter's date; the page's own 'Published' or 'Updated' date"};
  }
  if (read) {
    r.date = read->date.iso();
    r.reasons["date"] = read->reason;
  } else if (hinted && !is_decision(r.doc_type)) {
    r.date = hinted;
    r.reasons["date"] = "the file's metadata: the text prints no date";
  } else if (hinted) {  // a decision's file is dated by its template or its upload, seldom by the decision
    r.reasons["date"] =
        "the decision prints no date of its own; the file's metadata date is not the decision's";
  }
}

// The request a reply or review that is one text restates (restated_request.h): the requester's words.
std::optional<TextSpan> reply_restated_request(std::string_view text, std::string_view doc_type) {
  return doc_type == "response" || doc_type == "internal_review" ? restated_request(text) : std::nullopt;
}

// In correspondence only the authority's own messages cite the grounds it relied on: a requester quoting a
// section, or an annotation discussing one, adds nothing to the document's exemptions. A reply or review that
// is one text (a disclosure-log page) restates the request in the requester's words (restated_request.h):
// the sections cited there are the requester's too.
std::vector<Citation> authority_citations(std::vector<Citation> all, const std::vector<Message>& messages,
                                          const std::optional<TextSpan>& request) {
  if (!is_correspondence(messages)) {
    if (request)
      all.erase(std::remove_if(
                    all.begin(), all.end(),
                    [&](const Citation& c) { return c.offset >= request->begin && c.offset < request->end; }),
                all.end());
    return all;
  }
  std::vector<Citation> out;
  for (Citation& c : all)
    for (const Message& m : messages)
      if (m.side == "authority" && c.offset >= m.offset && c.offset < m.offset + m.length) {
        out.push_back(std::move(c));
        break;
      }
  return out;
}

// FOIA's and FOISA's cost limit: "s12", "s12(1)", "FOISA s12(1)".
bool is_cost_limit_ground(const std::string& e) {
  std::string_view g = e;
  if (g.substr(0, 6) == "FOISA ") g.remove_prefix(6);
  return g == "s12" || g.substr(0, 4) == "s12(";
}

// What the authority itself wrote, read once a document's kind and messages are known: in correspondence its
// messages; in one text, the text without the request it restates (a disclosure log's "Request" above its
// "Response"), whose words are the requester's.
struct OwnWords {
  std::optional<TextSpan> restated;
  std::string words;
};

OwnWords own_words(std::string_view text, const std::vector<Message>& messages, std::string_view doc_type) {
  OwnWords own;
  if (!is_correspondence(messages)) {
    own.restated = reply_restated_request(text, doc_type);
    if (!own.restated)
      own.words = text;
    else
      own.words.append(text.substr(0, own.restated->begin))
          .append("\n\n")
          .append(text.substr(own.restated->end));
    return own;
  }
  for (const Message& m : messages)
    if (m.side == "authority" && m.offset < text.size())
      own.words.append(text.substr(m.offset, m.length)).append("\n\n");
  return own;
}

// A decision's outcome is its result (a tribunal's, a regulator's); a reply's, review's or thread's is what
// the authority did; guidance and other documents have none.
void choose_outcome(const ExtractInput& in, const OwnWords& own, Record& r) {
  std::optional<OutcomeReading> read;
  if (r.doc_type == "tribunal_decision") {
    read = tribunal_outcome(in.text);
  } else if (r.doc_type == "decision_notice") {
    read = notice_outcome(in.text);
  } else if (!ncnd_applies(r.doc_type)) {  // guidance, requests, other documents: nothing was answered
    return;
  } else if (in.read && in.read->hints.status) {
    if (std::optional<std::string> o = outcome_from_status(*in.read->hints.status))
      read = OutcomeReading{*o, "the thread's status '" + *in.read->hints.status + "'"};
  }
  if (!read && !is_decision(r.doc_type) && !r.exemptions.empty() &&
      std::all_of(r.exemptions.begin(), r.exemptions.end(), is_not_held_ground))
    read = OutcomeReading{
        "not held", "every ground it cites says the information is not held (" + r.exemptions.front() + ")"};
  // One letter refusing on cost alone (a thread's later replies may answer a narrowed request).
  if (!read && !is_decision(r.doc_type) && !is_correspondence(r.messages) && !r.exemptions.empty() &&
      std::all_of(r.exemptions.begin(), r.exemptions.end(), is_cost_limit_ground) &&
      !gives_figures(own.words))
    read = OutcomeReading{
        "refused",
        "its only ground is the cost limit (" + r.exemptions.front() +
            "): a cost refusal is a refusal, whatever advice comes with it, unless figures are given"};
  if (!read && !is_decision(r.doc_type))
    if (std::optional<std::string> o = extract_outcome(
            is_correspondence(r.messages) ? std::string_view(in.text) : std::string_view(own.words),
            !r.exemptions.empty()))
      read = OutcomeReading{*o, "what the reply does (extract/outcomes.h)"};
  if (!read) return;
  r.outcome = read->outcome;
  r.reasons["outcome"] = read->reason;
}

// Whether the document neither confirms nor denies, and why (ncnd.h).
void choose_ncnd(const OwnWords& own, Record& r) {
  if (!ncnd_applies(r.doc_type)) return;
  std::optional<std::string> why = ncnd_reason(r.exemptions, own.words);
  if (!why && r.outcome == "neither confirmed nor denied")
    why = "the outcome is neither confirmed nor denied";
  r.ncnd = why.has_value();
  r.reasons["ncnd"] = why.value_or("no exclusion from the duty to confirm or deny cited, nor the words");
  // A refusal whose every ground is an NCND one refused only to say whether the information is held.
  if (r.ncnd && r.outcome == "refused" && !r.exemptions.empty() &&
      std::all_of(r.exemptions.begin(), r.exemptions.end(),
                  [](const std::string& e) { return is_ncnd_ground(e); })) {
    r.outcome = "neither confirmed nor denied";
    r.reasons["outcome"] += "; every ground it cites is an NCND one";
  }
}

// A decision is known by its own number: a tribunal's appeal number, a regulator's notice number. Other
// documents, and decisions that show no such number, carry the authority's reference (the letter rule); in a
// tribunal decision an ICO notice's reference names the notice appealed against, so it is not the decision's.
void choose_reference(const ExtractInput& in, Record& r) {
  std::optional<ReferenceReading> read;
  if (r.doc_type == "tribunal_decision") {
    read = appeal_reference(in.text);
  } else if (r.doc_type == "decision_notice") {
    read = notice_reference(in.text);
  }
  if (!read) {
    read = read_letter_reference(in.text);
    if (read && r.doc_type == "tribunal_decision" && is_ico_notice_reference(read->reference)) read.reset();
    if (read && is_decision(r.doc_type))
      read->reason = "no decision number; the letter rule, " + read->reason;
  }
  if (read) {
    r.reference = read->reference;
    r.reasons["reference"] = read->reason;
  }
  if (r.doc_type == "tribunal_decision" && r.reference) {
    r.joined_references = joined_appeals(in.text);
    std::erase(r.joined_references, *r.reference);
    if (!r.joined_references.empty())
      r.reasons["joined_references"] = "appeals joined to the lead, or labelled as the decision's own";
  }
  r.cites = cited_references(in.text, r.doc_type, r.reference);
  for (CitedReference& c : cited_decisions(in.text, r.doc_type, r.reference, r.joined_references, r.cites))
    r.cites.push_back(std::move(c));
  if (!r.cites.empty())
    r.reasons["cites"] = "references the " + r.doc_type + " names that other documents are known by";
}

// A decision's authority is the body whose answer it reviews, read from its parties and notice lines; the
// letter reading (the body named most) would take the Commissioner's subject or a cited case's body. Unknown
// stays unknown. An Act's text has no author among the bodies it names.
void choose_decision_authority(const ExtractInput& in, Record& r) {
  if (r.doc_type == "other" && r.authority && reads_as_statute(in.text)) {
    r.authority.reset();
    r.reasons["authority"] = "the text of an Act: the bodies it names are those it empowers, not its author";
    return;
  }
  if (r.doc_type == "guidance") {
    if (std::optional<DecisionAuthority> p = guidance_publisher(in.text, r.authority)) {
      r.authority = p->authority;
      r.reasons["authority"] = p->reason;
    }
    return;
  }
  if (!is_decision(r.doc_type)) return;
  std::optional<DecisionAuthority> read = decision_authority(in.text);
  r.authority = read ? std::optional<std::string>(read->authority) : std::nullopt;
  r.reasons["authority"] =
      read ? read->reason : "no public authority named in the decision's parties or request";
}

// A decision notice that lists its provisions is about those grounds alone (listed_provision_sections).
void keep_listed_provisions(std::string_view text, bool scottish, Record& r) {
  std::vector<std::string> listed = listed_provision_sections(text, scottish);
  if (listed.empty()) return;
  auto unlisted = [&](const std::string& g) {
    return std::find(listed.begin(), listed.end(), g.substr(0, g.find('('))) == listed.end();
  };
  size_t before = r.exemptions.size();
  r.exemptions.erase(std::remove_if(r.exemptions.begin(), r.exemptions.end(), unlisted), r.exemptions.end());
  // FOISA's s39(2) only sends environmental information to the EIRs: a decision on their exceptions rests on
  // those, and the Scottish Commissioner lists it with them.
  if (std::any_of(r.exemptions.begin(), r.exemptions.end(), [](auto& g) { return g.starts_with("EISR "); }))
    std::erase(r.exemptions, "FOISA s39(2)");
  if (r.exemptions.size() != before)
    r.reasons["exemptions"] = "only the grounds the notice's 'Relevant statutory provisions' lists";
}

// Grounds a reply or notice invokes without their numbers: a reply's cost-limit refusal (s12), and the EIR
// exceptions a reply or decision notice names by what they protect.
void add_described_grounds(const OwnWords& own, bool scottish, Record& r) {
  bool reply = r.doc_type == "response" || r.doc_type == "internal_review" || r.doc_type == "thread";
  if (!reply && r.doc_type != "decision_notice") return;
  const std::string& words = own.words;
  std::vector<std::string> added = described_eir_exceptions(words, r.exemptions, scottish);
  std::string why = "the EIR exceptions it names by what they protect";
  std::vector<std::string> all = r.exemptions;
  all.insert(all.end(), added.begin(), added.end());
  if (reply)  // an EIR reply has no cost limit: cost_limit_ground sees the described exceptions too
    if (std::optional<std::string> cost = cost_limit_ground(words, all, scottish)) {
      std::erase_if(r.exemptions, [](const std::string& g) { return g == "s12" || g == "FOISA s12"; });
      added.push_back(*cost);
      why = "the reply says the request exceeds the cost limit";
    }
  if (added.empty()) return;
  std::string list;
  for (const std::string& g : added) list += (list.empty() ? "" : ", ") + g;
  r.exemptions.insert(r.exemptions.end(), added.begin(), added.end());
  std::sort(r.exemptions.begin(), r.exemptions.end(), exemption_less);
  r.reasons["exemptions"] = why + ": " + list;
}

// A page of no reply's kind that cites four or more grounds surveys them (a yearly table of exemptions used,
// a feed of the Commissioner's decisions, a guide to the exemptions) rather than relying on them; a news item
// or a note about one refusal names one or two.
constexpr size_t kSurveyedGrounds = 4;

void drop_surveyed_grounds(Record& r) {
  if (r.doc_type != "other" || r.exemptions.size() < kSurveyedGrounds) return;
  r.reasons["exemptions"] = "a page of another kind citing " + std::to_string(r.exemptions.size()) +
                            " grounds surveys them (statistics, a feed, a guide) and relies on none";
  r.exemptions.clear();
}

}  // namespace

Record extract_record(const ExtractInput& in) { return extract_record(in, find_citations(in.text)); }

Record extract_record(const ExtractInput& in, std::vector<Citation> citations) {
  Record r;
  r.id = std::string(in.id);
  r.source = std::string(in.source);
  r.title = choose_title(in);
  r.authority = extract_authority(in.text);
  if (r.authority)
    r.reasons["authority"] = "the letter's body: its addressee, sender line or the body named most";
  r.force = extract_forces(in.text);
  bool wdtk = in.read && in.read->format == "wdtk";
  DocTypeReading kind =
      wdtk ? DocTypeReading{"thread", "a WhatDoTheyKnow thread export"} : classify_doc_type(in.text, r.title);
  r.doc_type = kind.type;
  r.reasons["doc_type"] = kind.reason;
  r.messages = split_messages(in.text, r.doc_type, r.authority);
  if (wdtk && std::none_of(r.messages.begin(), r.messages.end(),
                           [](const Message& m) { return m.side == "authority"; })) {
    r.doc_type = "request";
    r.reasons["doc_type"] = "a WhatDoTheyKnow thread export with no message from the authority yet";
  }
  choose_decision_authority(in, r);
  const OwnWords own = own_words(in.text, r.messages, r.doc_type);
  r.offences = offences_from(citations);
  if (relies_on_grounds(r.doc_type)) {
    bool scottish = is_scottish_document(in.text, r.authority);
    if (r.doc_type == "tribunal_decision")
      citations = decision_ground_citations(in.text, std::move(citations), scottish);
    r.exemptions =
        exemptions_from(authority_citations(std::move(citations), r.messages, own.restated), scottish);
    if (r.doc_type == "decision_notice") keep_listed_provisions(in.text, scottish, r);
    add_described_grounds(own, scottish, r);
    drop_surveyed_grounds(r);
  } else {
    r.reasons["exemptions"] =
        "a " + r.doc_type + " relies on no ground: its citations are text, not exemptions";
  }
  choose_date(in, r.messages, r);
  choose_reference(in, r);
  choose_outcome(in, own, r);
  choose_ncnd(own, r);
  return r;
}

std::vector<Passage> extract_passages(const Record& r, std::string_view text,
                                      std::vector<Citation> citations) {
  return cut_passages(text, r.messages,
                      {r.exemptions, is_scottish_document(text, r.authority), std::move(citations),
                       is_commentary(r.doc_type)});
}

std::vector<Passage> extract_passages(const Record& r, std::string_view text) {
  return extract_passages(r, text, find_citations(text));
}

Extracted extract_document(const ExtractInput& in) {
  std::vector<Citation> citations = find_citations(in.text);
  Extracted e;
  e.record = extract_record(in, citations);
  e.passages = extract_passages(e.record, in.text, std::move(citations));
  return e;
}

}  // namespace foi
