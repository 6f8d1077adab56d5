// Spelling suggestions that change only the words a user misspelt: never a number, a citation, a field name
// or value, an operator or a wildcard.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>

namespace foi {

// A search that finds fewer documents than this may offer a suggestion (one that finds more: search.cc
// checks).
inline constexpr unsigned kSuggestBelow = 5;

// The query with each plain word that the index does not hold replaced by the index's spelling suggestion for
// it; nullopt when no word changes. Left as typed: words with a digit or any punctuation ("31", "s.40(2)",
// "e-mail", "force's"), field prefixes and their values ("doc_type:thread", `authority:"Kent Police"`),
// operators (AND, OR, NOT, NEAR, ADJ), wildcards ("decoy*"), words of fewer than 3 letters, and words the
// index holds.
std::optional<std::string> suggest_query(const Xapian::Database& db, const std::string& q);

}  // namespace foi
