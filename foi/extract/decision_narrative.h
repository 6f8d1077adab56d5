// The public authority a decision recounts in its own words, when its heading and parties do not name it:
// the body a request was sent to, a body given a short name the decision goes on using, the body it says
// refused. Parts of decision_authority (decision_parties.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace foi {

struct DecisionAuthority {
  std::string authority;  // canonical name (authorities.h), or the name as the decision writes it
  std::string reason;     // the rule that found it, for --explain
};

// "wrote to the Home Office", "a request to Kent Police": the known body after most such cues, ties to the
// first; never one that opens a cited case ("Oxford City Council v ...").
std::optional<DecisionAuthority> request_narrative(std::string_view text);

// "London Borough of Barnet (“the Council”)", "Lincolnshire County Council (the council)", a glossary's
// "LBH      The London Borough of Hackney": the body whose short name is used most (at least twice).
std::optional<DecisionAuthority> defined_body(std::string_view text);

// The first body the opening narrative says refused ("the BBC has refused"), else the first it says gave
// part ("X (the council) provided some information").
std::optional<DecisionAuthority> answering_body(std::string_view text);

// A body the tables do not know, written as an organisation ("Stoke Surgery", "Uppingham Community College")
// right after a request cue, else before a short name the decision goes on using; as written.
std::optional<DecisionAuthority> written_body(std::string_view text);

}  // namespace foi
