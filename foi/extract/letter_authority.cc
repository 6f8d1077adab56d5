// The authority that wrote a letter or a thread: its addressees, its sender lines, the body it names most
// (authorities.h extract_authority).
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "foi/extract/authorities.h"
#include "foi/extract/forces.h"
#include "foi/extract/restated_request.h"

namespace foi {
namespace {

using Mention = AuthorityMention;

// The first page of a response, where the authority names itself; attachments and annotations come later.
constexpr size_t kLetterHead = 4000;

// The body named most often; ties go to the one named first.
std::optional<std::string> most_named(const std::vector<Mention>& mentions) {
  std::vector<std::pair<std::string, size_t>> counts;  // in order of first mention
  for (const Mention& m : mentions) {
    auto c =
        std::find_if(counts.begin(), counts.end(), [&](const auto& x) { return x.first == m.canonical; });
    if (c == counts.end()) {
      counts.emplace_back(m.canonical, 1);
    } else {
      ++c->second;
    }
  }
  if (counts.empty()) return std::nullopt;
  return std::max_element(counts.begin(), counts.end(),
                          [](const auto& a, const auto& b) { return a.second < b.second; })
      ->first;
}

// The bodies letters in the thread are addressed to: "Dear Essex Police," and "Dear Essex Police FOI Team,".
std::vector<Mention> addressees(std::string_view text) {
  std::vector<Mention> found;
  for (size_t at = text.find("Dear "); at != std::string_view::npos; at = text.find("Dear ", at + 1)) {
    size_t line_start = text.rfind('\n', at);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    if (text.substr(line_start, at - line_start).find_first_not_of(" \t*>") != std::string_view::npos)
      continue;
    // Not cut at the comma: "Dear Essex Police, Fire and Crime Commissioner," names the commissioner.
    std::string_view rest = text.substr(at + 5, 120);
    rest = rest.substr(0, rest.find("\n\n"));
    std::vector<Mention> named = find_authorities(rest);
    if (!named.empty() && named[0].offset == 0) found.push_back({named[0].canonical, at, 0});
  }
  return found;
}

// WhatDoTheyKnow's sender lines: "#Freedom of Information Requests, Avon and Somerset Constabulary",
// "Info Rights Freedom Essex, Essex Police": a team, a comma, and a body filling the rest of a short line.
std::vector<Mention> sender_lines(std::string_view text) {
  static constexpr std::string_view kTeamWords[] = {"information", "foi",    "freedom", "disclosure",
                                                    "compliance",  "rights", "request", "team",
                                                    "unit",        "data",   "records", "legal"};
  std::vector<Mention> found;
  for (size_t start = 0; start < text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    size_t comma = line.rfind(", ");
    if (line.size() <= 120 && comma != std::string_view::npos) {
      bool team = line.front() == '#';
      for (const NameWord& w : name_words(line.substr(0, comma)))
        team =
            team || std::find(std::begin(kTeamWords), std::end(kTeamWords), w.lower) != std::end(kTeamWords);
      std::optional<Mention> body = team ? whole_authority(line.substr(comma + 2)) : std::nullopt;
      if (body && !is_appeal_route(body->canonical)) found.push_back({body->canonical, start, 0});
    }
    start = end + 1;
  }
  return found;
}

}  // namespace

// Signals, strongest first: who the thread's letters are addressed to; the sender lines; the body named most
// in the letter head (the first kLetterHead bytes, before attachments such as NPCC guidance); the body named
// most in the whole text. Appeal routes (the ICO, the Tribunal) count only as addressees, and bodies named
// only where the reply restates the request (the requester's words) count only when no other is named.
std::optional<std::string> extract_authority(std::string_view text) {
  if (auto addressee = most_named(addressees(text))) return addressee;
  if (auto sender = most_named(sender_lines(text))) return sender;
  std::vector<Mention> named;
  std::vector<Mention> requested;  // named in the restated request
  std::optional<TextSpan> request = restated_request(text);
  for (Mention& m : find_authorities(text)) {
    if (is_appeal_route(m.canonical)) continue;
    bool quoted = request && m.offset >= request->begin && m.offset < request->end;
    (quoted ? requested : named).push_back(std::move(m));
  }
  if (named.empty()) named = std::move(requested);
  std::vector<Mention> head;
  for (const Mention& m : named) {
    if (m.offset < kLetterHead) head.push_back(m);
  }
  if (auto first_page = most_named(head)) return first_page;
  return most_named(named);
}

}  // namespace foi
