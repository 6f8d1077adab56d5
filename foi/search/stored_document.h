// A document's stored record read back from the index, and the page of its text a snippet came from. A
// Xapian-side file.
#pragma once

#include <xapian.h>

#include <string>

#include "foi/search/results.h"

namespace foi {

// The record, text, pages and attachments the indexer stored (not its passages). Throws IndexUnavailable for
// a record another version wrote or that is damaged.
StoredDocument stored_from(const Xapian::Document& doc);

// The page of the snippet's first highlighted word, for paged formats (PDF); 0 when none.
int page_of_snippet(const std::string& snippet, const StoredDocument& d);

}  // namespace foi
