// An Atom 1.0 feed (RFC 4287) of documents: every value from a document is escaped XML text with the
// characters XML 1.0 forbids removed, so any document gives a well-formed feed. No Xapian, no HTTP.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "foi/search/document_walk.h"

namespace foi {

struct FeedOptions {
  std::string base_url;  // "http://host:port": where the page is; entries link to base_url + "/?doc=<id>"
  std::string self_url;  // the feed's own address (link rel="self")
  std::string query;     // the search's parameters as a canonical query string: the feed's id and title
};

// Entries as given (the caller orders them newest first). An undated document's updated is kUndatedUpdated;
// the feed's updated is its first entry's, or kUndatedUpdated when it has none.
inline constexpr std::string_view kUndatedUpdated = "1970-01-01T00:00:00Z";
std::string atom_feed(const std::vector<WalkedDocument>& docs, const FeedOptions& options);

// Text for XML 1.0 content and attribute values: & < > " ' escaped; control characters other than tab, LF and
// CR, U+FFFE, U+FFFF and bytes that are not UTF-8 dropped.
std::string xml_text(std::string_view s);

// An entry's id, a tag URI (RFC 4151) made from the document id alone: "tag:foisearch,2026:doc:<id,
// %-encoded>".
std::string entry_id(std::string_view doc_id);

// s with every byte but ASCII letters, digits and -._~ written as %XX (a URL's query value).
std::string percent_encode(std::string_view s);

}  // namespace foi
