// Responses become passages: an authority's messages cut into headed sections and standalone paragraphs, each
// with the exemptions it argues and the part it plays in a refusal (harm, public interest, NCND...).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "foi/extract/citations.h"
#include "foi/precedents/messages.h"

namespace foi {

struct Passage {
  size_t message = 0;  // the message it comes from (an index into the record's messages)
  size_t offset = 0;   // byte span in the document's text, heading included
  size_t length = 0;
  std::string heading;  // "" for a paragraph that stands alone; consecutive heading lines joined by " / "
  std::string body;     // its paragraphs, hard-wrapped lines joined, paragraphs separated by a blank line
  std::string role;     // one of kPassageRoles
  std::vector<std::string> exemptions;  // canonical, as the document's facet writes them
  // Where its words are in the document's text: the blocks of lines joined into its heading and its body,
  // each [begin, end). The index keeps these rather than a copy of the words (passage_words rebuilds them).
  std::vector<std::pair<size_t, size_t>> heading_spans, body_spans;
};

// clang-format off
inline constexpr std::string_view kPassageRoles[] = {
    "harm",           "public_interest_for", "public_interest_against", "balance",  "ncnd",
    "cost_limit",     "vexatious",           "not_held",                "refusal_notice",
    "advice_and_assistance", "review_rights", "disclosure",             "reasoning", "boilerplate", "other"};
// clang-format on

// Roles left out of Precedents unless asked for (boilerplate=1, or a role filter naming them): "boilerplate"
// is the letter's administration (acknowledgements, deadlines, re-use licences, e-mail disclaimers, contact
// details); "review_rights" stays a role of its own (section 17(7) makes it part of every refusal notice, so
// an officer may look for its wording) but is the same footer in nearly every reply, so it is hidden the same
// way.
inline constexpr std::string_view kHiddenRoles[] = {"boilerplate", "review_rights"};

void to_json(nlohmann::json& j, const Passage& p);
void from_json(const nlohmann::json& j, Passage& p);

// The passage's heading and body as cut_passages made them, rebuilt from the document's text and the
// passage's spans: each block's lines trimmed and joined by a space, a heading's blocks joined by " / ", a
// body's by a blank line. nullopt when a span does not lie in the text.
std::optional<std::pair<std::string, std::string>> passage_words(std::string_view text, const Passage& p);

// What the passages of a document are cut against.
struct PassageContext {
  std::vector<std::string> doc_exemptions;  // the document's own, to make "Section 23" as specific as it cited
  bool scottish = false;                    // bare sections are FOISA's
  std::vector<Citation> citations;          // find_citations over the whole text: a passage's are those in its span
  // A decision or guidance: its paragraphs on a ground are "reasoning", the rest no passage.
  bool commentary = false;
};

// The passages of the authority's messages, in order. A heading is a block of one or two short lines that
// does not end a sentence; the paragraphs under it up to the next heading are its passage. A paragraph before
// any heading stands alone. Sign-offs ("Yours sincerely"...) end a message's passages; bullet lists, link
// lists and blocks of fewer than kMinPassageWords words are not passages. A decision's or guidance's text
// (commentary) is cut the same way, but only its paragraphs that cite a ground are passages, all with the
// role "reasoning": they weigh or explain refusals rather than word one.
std::vector<Passage> cut_passages(std::string_view text, const std::vector<Message>& messages,
                                  const PassageContext& context);
inline constexpr size_t kMinPassageWords = 8;

// The role of a passage: from its heading's words when they name one ("Harm", "Factors favouring disclosure",
// "Balance test"), else from its body's ("neither confirm nor deny", "cost limit", "internal review"...); a
// body no refusal role claims that reads as the letter's administration ("thank you for your request",
// "within 20 working days", a disclaimer) is "boilerplate".
std::string passage_role(std::string_view heading, std::string_view body);

}  // namespace foi
