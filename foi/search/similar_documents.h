// More like this: the documents worded or cited like one document. A Xapian-side file; SearchIndex calls it.
#pragma once

#include <xapian.h>

#include "foi/search/results.h"
#include "foi/search/search_request.h"

namespace foi {

// The documents most like request.doc, best first, never the document itself. Two matches find the
// candidates: the document's most telling words (Xapian's relevance feedback: an RSet of the document, its
// ESet of stemmed words) ORed, and the exemptions and offences it cites (coordinate matching: one point per
// citation shared). Each candidate scores its word weight over the best one's (0..1) plus the Jaccard overlap
// of the two citation lists (0..1); ties go to the smaller id, so one database and its shards list the same
// documents. Throws RequestError "not_found" for an id that is no document (a passage's included).
SimilarDocuments similar_documents(const Xapian::Database& db, const SimilarDocumentsRequest& request);

}  // namespace foi
