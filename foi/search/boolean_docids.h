// The documents a query matches, read straight from posting lists when the query needs neither positions nor
// values: terms joined by AND, OR, AND_NOT and FILTER (a word search with facet filters and whole-month
// dates). A docid pass run this way skips Xapian's matcher, which weighs, checks and hands over each match
// one at a time (bench/results/docid-pass.md). A Xapian-side file.
#pragma once

#include <xapian.h>

#include <optional>
#include <vector>

namespace foi {

// Every document `query` matches, by docid, ascending; nullopt when the query holds anything but terms,
// match-all and the operators above (phrases, NEAR, wildcards, value ranges...): then Enquire must run it.
// The same documents Enquire matches, on one database or several.
std::optional<std::vector<Xapian::docid>> boolean_docids(const Xapian::Database& db,
                                                         const Xapian::Query& query);

}  // namespace foi
