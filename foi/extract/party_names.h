// A party's name as a decision writes it ("THE CHIEF CONSTABLE OF KENT POLICE (“the Police”)"), read as an
// authority: a known body, an organisation kept as written, or nothing (a person, the Commissioner).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace foi {

struct PartyName {
  std::string name;  // canonical (authorities.h) when known, else as written: trimmed, capitals in title case
  bool known = false;    // a body of the tables (forces, bodies, councils by pattern)
  bool company = false;  // "Limited", "Ltd", "plc", "& Partners": as an appellant, a requester
};

// `name` cleaned (quotes, a defining "(“the Council”)", leading "The", "Chief Constable of", "Governing Body
// of" dropped) and read. An unknown name is kept when `named_as_authority` (it stands on a "Public
// authority:" line) or when one of its words names an organisation ("College", "Trust", "Agency"); nullopt
// otherwise, and always for the Information Commissioner (however spelt) and for lines such as "in person".
std::optional<PartyName> read_party(std::string_view name, bool named_as_authority);

// A name written in capitals, in title case: "NORTH DEVON HEALTHCARE NHS TRUST" -> "North Devon Healthcare
// NHS Trust"; short forms (NHS, BBC, HM) and words with digits kept. Other names are returned unchanged.
std::string title_case_capitals(std::string_view name);

}  // namespace foi
