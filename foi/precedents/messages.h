// Threads become messages: a thread export (WhatDoTheyKnow's page text or our JSON reader's text) split into the
// request, acknowledgements, responses, review requests and their outcome, and annotations, each with the side
// that wrote it and its own date. A single letter is one message.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace foi {

struct Message {
  size_t offset = 0;  // byte span in the document's text
  size_t length = 0;
  std::string role;    // request, acknowledgement, response, review_request, review_response, annotation, other
  std::string side;    // requester, authority, third_party
  std::string author;  // as the thread names it ("D. Moore", "Information Compliance, West Mercia Police"), or ""
  std::optional<std::string> date;  // ISO, when the message carries one
};

void to_json(nlohmann::json& j, const Message& m);
void from_json(const nlohmann::json& j, Message& m);

// The messages of a document. Boundaries, line by line: "<name> left an annotation" (an annotation), a line
// "<sender>, <authority>" naming a known force or authority (a message from the authority), "Dear <authority>,"
// or "Dear <a sender seen before>," (the requester writing), the JSON reader's "--- date ... ---" lines, and the
// "Request" / "Response" labels of a disclosure log entry. A document with none is one message: the requester's
// when doc_type is "request", otherwise the authority's. `authority` (canonical), when known, is the only body
// whose sender lines open messages: a thread is with one authority, and others are quoted.
std::vector<Message> split_messages(std::string_view text, std::string_view doc_type,
                                    const std::optional<std::string>& authority = std::nullopt);

// Who wrote a message, to show beside it: the author the thread names; else, for the requester, the name
// under their closing ("Yours faithfully,\nD Moore"); for the authority, `authority`; else "". `text` is the
// document's.
std::string message_sender(const Message& m, std::string_view text,
                           const std::optional<std::string>& authority);

// True when the messages show more than one side, so that only the authority's own words should give the
// document's exemptions and date.
bool is_correspondence(const std::vector<Message>& messages);

// The document's date by the authority's response: the first dated response, else review response, else any
// dated authority message.
std::optional<std::string> response_date(const std::vector<Message>& messages);

}  // namespace foi
