// The authority that wrote a response: a police force or another public body (council, NPCC, Home Office...).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace foi {

// The body that wrote the response in `text`, by canonical name. Signals, strongest first: the addressee of a
// request ("Dear Essex Police,"), the sender line of a thread ("#Freedom of Information Requests, X"), then the
// authority named most in the letter. Bodies that every response names as the route of appeal (the ICO, the
// Tribunal) win only when addressed directly. nullopt when no known body is named.
std::optional<std::string> extract_authority(std::string_view text);

// Canonical name for an authority typed by a user or found in text: a force (see forces.h) or another body.
std::optional<std::string> canonical_authority(std::string_view name);

// True when the authority is Scottish (FOISA applies): Police Scotland, a Scottish council, the Scottish Government...
bool is_scottish_authority(std::string_view canonical);

}  // namespace foi
