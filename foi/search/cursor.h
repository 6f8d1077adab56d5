// The cursor of a result walk: where the last answer stopped, for the next request to go on from. No Xapian.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace foi {

// What a cursor holds. Clients see it only as an opaque URL-safe string (encode_cursor).
struct Cursor {
  std::string revision;     // the index revision the walk began on; another one makes the cursor stale
  std::string search;       // request_fingerprint() of the search it belongs to
  uint64_t offset = 0;      // results already returned (the walk's depth)
  std::string last_id;      // the id of the last result returned: the walk goes on after it
};

// Base64url (no padding) of the cursor's fields.
std::string encode_cursor(const Cursor& c);
// The cursor, or nullopt for a string encode_cursor did not make (any damage or truncation).
std::optional<Cursor> decode_cursor(const std::string& text);

}  // namespace foi
