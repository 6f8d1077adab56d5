// A case's path: the reply, its review, the decision notice about it and the tribunal appeal against that
// notice, linked when the search runs by the references they name (Record::cites) and are known by
// (Record::reference). Nothing is stored about links, so incremental indexing and shards need nothing
// special. A Xapian-side file.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "foi/index/document.h"
#include "foi/search/results.h"

namespace foi {

inline constexpr size_t kMaxPathDocuments = 50;

// Every document linked to `doc`: the steps of its case (review, notice, appeal, another decision in the same
// appeal), directly or through documents on its path, nearest first; then the documents it cites or names and
// those citing or naming it, or naming the same case (not walked on from). At most kMaxPathDocuments. Empty
// when no other document names its references or is named by it.
std::vector<RelatedDocument> case_path(const Xapian::Database& db, const Record& doc);

// Documents that went on to the given stage (any of the values), as a boolean filter: "ico", a decision
// notice in the index decides the document; "tribunal", a tribunal decision in the index appeals it (a
// notice; citing it is not appealing it); "tribunal_allowed", such an appeal was allowed, in full or in part.
// Reads the terms written at index time for what is decided and appealed (schema.h kDecidesPrefix...), one
// walk of each, and no document. The values must be kWentToValues (search_request.h).
Xapian::Query went_to_filter(const Xapian::Database& db, const std::vector<std::string>& values);

}  // namespace foi
