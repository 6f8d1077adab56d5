// The two forms of a word in the index: a document's ("word", stem "Zword") and a passage's, under
// schema::kPassageTextPrefix ("Pword", stem "ZPword"). A Xapian-side file.
#pragma once

#include <xapian.h>

#include <functional>
#include <string>
#include <string_view>

#include "foi/search/search_request.h"

namespace foi {

// The prefix of the words of one kind of entry: "" for documents.
std::string_view words_prefix(Kind kind);

// A text term of either kind as the other kind's: "Pword" <-> "word", "ZPword" <-> "Zword". Any other term
// (a title's "S...", a facet's "X...") is returned as it is.
std::string document_form(const std::string& term);
std::string passage_form(const std::string& term);

// How many entries, documents and passages alike, hold the word of a text term of either kind: the figure a
// word's rarity is judged by (snippet weights, the telling words of a paragraph, a phrase's commonest
// wordings), the same as when both kinds shared one set of terms.
Xapian::doccount word_frequency(const std::function<Xapian::doccount(const std::string&)>& termfreq,
                                const std::string& term);
Xapian::doccount word_frequency(const Xapian::Database& db, const std::string& term);

// Whether every entry `query` can match holds a word of `kind`: some term it requires (in an AND, a phrase,
// each branch of an OR) is such a word. Only entries of that kind hold its words, so the kind's filter term
// would narrow nothing, and a search leaves it out (it costs a skip along every entry of the kind).
bool requires_words_of(const Xapian::Query& query, Kind kind);

}  // namespace foi
