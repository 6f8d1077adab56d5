// What kind of FOI document a text is: a request thread, a reply, a review, a regulator's or tribunal's decision,
// guidance. The vocabulary is closed (kDocTypes); API.md lists it with the page's words for each.
#pragma once

#include <string>
#include <string_view>

#include "foi/extract/doc_type_reading.h"

namespace foi {

// Every doc_type value, in the order the page lists them.
inline constexpr std::string_view kDocTypes[] = {
    "response",           // an authority's FOI, FOISA or EIR reply, or a disclosure-log entry
    "internal_review",    // an authority's internal review of its reply
    "thread",             // a request with its correspondence (a WhatDoTheyKnow thread)
    "request",            // a request letter alone
    "decision_notice",    // an ICO or Scottish Information Commissioner decision
    "tribunal_decision",  // a First-tier or Upper Tribunal decision (an older Information or Data
                          // Protection Tribunal's, a European court's judgment on access to documents)
    "guidance",           // ICO guidance, College of Policing APP, NPCC or an authority's policy or guidance
    "other",
};

// The kinds that weigh or explain refusals rather than word one: their passages are "reasoning", and the
// Precedents view, /api/passages and /api/similar leave them out unless asked for them (passages.h).
inline constexpr std::string_view kCommentaryDocTypes[] = {"decision_notice", "tribunal_decision",
                                                           "guidance"};

bool is_doc_type(std::string_view value);
bool is_commentary(std::string_view doc_type);
// A regulator's or tribunal's decision: "decision_notice" or "tribunal_decision".
bool is_decision(std::string_view doc_type);
// Whether a kind has exemptions: the grounds an answer relied on, or a decision's grounds at issue. A request
// or guidance cites sections without relying on them (a guide explains s31), so its citations stay searchable
// text but do not reach the exemption facet. "other" keeps them: a reply the classifier could not place is
// still a reply.
bool relies_on_grounds(std::string_view doc_type);

// The text of an Act or regulations rather than a document about one: two or more lines opening with a
// numbered subsection ("(1)", "(2)") and a cross-reference to one ("subsection (2)").
bool reads_as_statute(std::string_view text);

// Reads the kind from the text and its title. The heading (the first lines) decides the decisions: a tribunal's
// court heading with its parties, a decision notice's "Decision notice" with the complainant or public authority
// labels, or a Scottish Commissioner's "Decision 123/2019". A letter (a salutation, "Our ref", a request number,
// a disclosure log's labels) about an internal review is a review, else about FOI an answer is a response.
// Guidance is named so in its title or heading and is no letter. A requester's letter asking for information is
// a request; three or more messages (annotations, "Dear ..." turns) make a thread. Anything else is "other".
DocTypeReading classify_doc_type(std::string_view text, std::string_view title);

}  // namespace foi
