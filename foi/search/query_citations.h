// Refusal grounds typed as words in a query ("section 30", "s.40(2)", "regulation 12(4)(b)", "FOISA s35"):
// what they read as, and the query that puts the documents citing them first.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace foi {

// A citation in the query and the exemption it reads as.
struct CitationReading {
  std::string text;       // as typed: "section 30"
  std::string exemption;  // canonical (exemptions.h): "s30"
};

// The citations of refusal grounds in a plain query: outside quotes and field values, in a query with no
// operators or brackets (where "section 30 OR x" could not be split without changing what it means). A
// provision that is no refusal ground ("section 1", "s17") reads as nothing.
std::vector<CitationReading> read_query_citations(const std::string& q);

// The query with the citations left out ("section 30 grooming" -> " grooming"), for the words that go with
// them.
std::string without_citations(const std::string& q, const std::vector<CitationReading>& readings);

// Documents that cite any of the grounds (or their subsections) and match `rest` (the other words; an empty
// Query for none) weigh more than any match on words alone, so they come first under relevance; `words` still
// finds what matches the text as typed.
Xapian::Query cited_first(const std::vector<CitationReading>& readings, const Xapian::Query& rest,
                          const Xapian::Query& words);

}  // namespace foi
