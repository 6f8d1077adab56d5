// What a search answers: hits, exact facet counts, a spelling suggestion, stored documents; with their JSON.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "foi/index/document.h"
#include "foi/index/index_writer.h"
#include "foi/precedents/passages.h"
#include "foi/precedents/word_diff.h"
#include "foi/search/query_citations.h"

namespace foi {

// A request the API refuses: code is stable ("bad_date", "bad_query"...), message says what to change.
class RequestError : public std::runtime_error {
 public:
  RequestError(std::string code, const std::string& message) : std::runtime_error(message), code_(std::move(code)) {}
  const std::string& code() const { return code_; }

 private:
  std::string code_;
};

// The database cannot be opened or read (missing, empty directory, damaged): searchd answers 503.
class IndexUnavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct FacetCount {
  std::string value;
  unsigned count = 0;
};
// facet name ("force", "exemption", "offence", "authority", "year") -> values with exact counts
using FacetCounts = std::map<std::string, std::vector<FacetCount>>;

struct Hit {
  Record record;
  std::string snippet;  // HTML: document text escaped, only <mark>...</mark> as markup
  int page = 0;         // the page of the first highlighted word, for paged formats (PDF); 0 when none
};

// /api/similar?doc=: a document like another, how alike (0..2: words and citations), what it cites in common.
struct SimilarDocument {
  Hit hit;
  double similarity = 0;
  std::vector<std::string> shared;  // exemptions and offences both cite, in the given document's order
};
struct SimilarDocuments {
  Hit doc;  // the document compared (snippet: the start of its text)
  std::vector<SimilarDocument> hits;
};

// A boilerplate cluster's summary (clusters.h); a passage like no other is a cluster of one.
struct ClusterInfo {
  std::string id;
  unsigned size = 1, authorities = 0;
  std::string first, last;  // dates seen, ISO, or ""
  std::string central;      // the id of its most central passage
};

struct PassageParent {
  std::string id, title, authority, date;
  std::vector<std::string> force;
  std::string doc_type;  // the document's kind (doc_types.h)
};

struct PassageHit {
  std::string id;  // "<document id>#p<n>"
  Passage passage;
  PassageParent parent;
  std::string message_role;  // the role of the message it is from ("response", "review_response"...)
  std::string snippet;       // HTML as Hit::snippet
  ClusterInfo cluster;
  std::optional<double> similarity;  // /api/similar: wording similarity from 0 to 1
};

// /api/similar over pasted text: a pasted paragraph (cut as documents are; offset and length in the paste)
// and the passages worded most like it.
struct PastedParagraph {
  Passage passage;
  std::vector<PassageHit> matches;
};

// A document some pasted paragraphs are found in: how many (each matched at kLooseWording or above), and the
// sum of their best similarities in it.
struct DocumentMatch {
  PassageParent document;
  unsigned paragraphs = 0;
  double score = 0;
};

struct SimilarResult {
  std::vector<PassageHit> passages;         // one paragraph: its matches; several: the best `size`, once each
  std::vector<PastedParagraph> paragraphs;  // pasted text only
  std::vector<DocumentMatch> documents;     // pasted text only: most paragraphs matched first
  size_t paragraphs_left_out = 0;           // past kMaxPastedParagraphs
};

struct SearchResult {
  unsigned total = 0;  // exact
  std::vector<Hit> hits;
  std::vector<PassageHit> passages;  // for Kind::kPassages
  FacetCounts facets;
  std::vector<CitationReading> read_as;   // grounds typed as words, citers first (query_citations.h)
  std::optional<std::string> suggestion;  // a respelling that finds more, when this finds few (suggest.h)
  std::optional<std::string> next_cursor;  // where the next page of a walk starts (cursor.h); none at the end
};

// A document on another's path, and how it is linked: `relation` says what `via` (the document viewed, or one
// already on its path) is to this one: "review of", "decision on", "appeal against", or their inverses
// "reviewed in", "decided in", "appealed in". `reference` is the reference that links them, as the citing
// document wrote it.
struct RelatedDocument {
  std::string id, title, doc_type, relation, via, reference;
  std::optional<std::string> date, outcome;
};

struct StoredDocument {
  Record record;
  StoredText text;
  std::vector<PassageHit> passages;  // its passages, in order (snippet empty)
  std::vector<RelatedDocument> path;  // the documents on its case's path (case_path.h)
};

// /api/cluster: the members and, for each, its wording against the central member's.
struct ClusterView {
  ClusterInfo info;
  std::vector<PassageHit> members;          // at most the request's limit, central first, then by date
  std::vector<std::vector<DiffOp>> diffs;   // diffs[i]: central -> members[i]
};

struct Health {
  unsigned docs = 0;
  unsigned passages = 0;
  unsigned shards = 1;  // databases the index is made of (local or remote)
  std::string revision;
};

void to_json(nlohmann::json& j, const FacetCounts& f);
void to_json(nlohmann::json& j, const Hit& h);
void to_json(nlohmann::json& j, const SimilarDocument& d);
void to_json(nlohmann::json& j, const SimilarDocuments& d);
void to_json(nlohmann::json& j, const RelatedDocument& r);
void to_json(nlohmann::json& j, const StoredDocument& d);
void to_json(nlohmann::json& j, const ClusterInfo& c);
void to_json(nlohmann::json& j, const PassageHit& h);
void to_json(nlohmann::json& j, const DiffOp& d);
void to_json(nlohmann::json& j, const ClusterView& v);
void to_json(nlohmann::json& j, const SimilarResult& r);

}  // namespace foi
