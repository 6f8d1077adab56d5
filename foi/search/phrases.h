// Quoted phrases that match their words' other inflections, as single words do through their stems, and
// exact:"..." phrases that match the words as typed. A Xapian-side file.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string_view>

namespace foi {

// The term prefix the query parser gives the words of exact:... (never a term of the index): inflect_phrases
// takes it off again, and leaves those words as typed.
inline constexpr std::string_view kExactMarker = "XX:";

// The wordings (one form for each place) one phrase may match at most; past it, each word's rarest forms are
// left out (API.md).
inline constexpr size_t kMaxPhraseWordings = 64;

// The query with each phrase made one phrase whose every place is the OR of the index's words with the typed
// word's English stem: "neither confirm nor deny" also finds "neither confirms nor denies". The other forms
// are the index's own words (the positions are the plain words' only: the stems have none; Xapian 1.4 takes
// an OR of terms in a phrase's place, not a synonym). Subqueries with no phrase and no exact word are kept as
// they are.
Xapian::Query inflect_phrases(const Xapian::Database& db, const Xapian::Query& query);

}  // namespace foi
