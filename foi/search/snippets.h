// Snippets: the window of a hit's text where the query's words are, escaped, with the words marked.
//
// Our own rather than Xapian's MSet::snippet, because Xapian weighs each query term by its largest possible
// BM25 contribution summed over the shards that hold it (the MSet's termweight), so one database and the same
// documents split into shards can pick different windows. Here a term weighs 1 + log((N + 1) / termfreq),
// from the collection-wide document count and term frequency, which are the same however the index is split.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace foi {

// What a snippet looks for, read once per request from the parsed text query.
struct SnippetQuery {
  struct Unit {
    std::vector<std::string>
        terms;            // one term (plain "word" or stemmed "Zword"), or a phrase's terms in order
    bool prefix = false;  // a wildcard: terms[0] is the start of the matching words
    double weight = 1;
  };
  std::vector<Unit> units;
};

// The words a query asks for (field-prefixed and filter terms are not text, so they are left out). Weights
// come from `termfreq`, the collection-wide frequency of a term, and `doccount`. `words` is the prefix of the
// text's own words in the query ("" for a document's, schema::kPassageTextPrefix for a passage's): the units
// hold them plain ("word", "Zword"), as the text is matched.
SnippetQuery snippet_query(const Xapian::Query& query,
                           const std::function<Xapian::doccount(const std::string&)>& termfreq,
                           Xapian::doccount doccount, std::string_view words = "");

struct SnippetOptions {
  size_t bytes = 300;                     // the text shown, markup aside, at most (whole words)
  std::string ellipsis = "\xE2\x80\xA6";  // where the text is cut
};

// The English stems of the words a request's snippets have met, kept from one hit to the next: the same words
// come back from hit to hit, and stemming a word costs more than the rest of its matching. One per request,
// used on one thread.
class SnippetStems {
 public:
  const std::string& operator()(const std::string& word);

 private:
  Xapian::Stem stemmer_{"english"};
  std::unordered_map<std::string, std::string> stems_;
};

// The snippet as HTML: the text escaped, <mark>...</mark> around matched words and phrases, an ellipsis at a
// cut. Without any match: the start of the text. `stems`, when given, is shared with the request's other
// snippets (the snippet is the same with or without it).
std::string make_snippet(const SnippetQuery& query, const std::string& text,
                         const SnippetOptions& options = {}, SnippetStems* stems = nullptr);

}  // namespace foi
