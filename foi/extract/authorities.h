// The authority that wrote a response: a police force or another public body (council, NPCC, Home Office...).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace foi {

// The body that wrote the response in `text`, by canonical name. Signals, strongest first: the addressee of a
// request ("Dear Essex Police,"), the sender line of a thread ("#Freedom of Information Requests, X"), then
// the authority named most in the letter. Bodies that every response names as the route of appeal (the ICO,
// the Tribunal) win only when addressed directly. nullopt when no known body is named.
std::optional<std::string> extract_authority(std::string_view text);

// Canonical name for an authority typed by a user or found in text: a force (see forces.h) or another body.
std::optional<std::string> canonical_authority(std::string_view name);

// A known body named in a text: its canonical name and where it is written.
struct AuthorityMention {
  std::string canonical;
  size_t offset = 0;
  size_t length = 0;
};

// Every known body (force, body of the table; PCC, council, university... by pattern) named in `text`, in
// order of offset.
std::vector<AuthorityMention> find_authorities(std::string_view text);

// The known body that fills all of `name` (trimmed; a leading "The" set aside), or nullopt.
std::optional<AuthorityMention> whole_authority(std::string_view name);

// True for the bodies every response names as the route of appeal: the Commissioners and the Tribunal.
bool is_appeal_route(std::string_view canonical);

// True when the authority is Scottish (FOISA applies): Police Scotland, a Scottish council, the Scottish
// Government...
bool is_scottish_authority(std::string_view canonical);

}  // namespace foi
