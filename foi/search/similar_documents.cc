// More like this: candidates by telling words and by shared citations, scored together.
#include "foi/search/similar_documents.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "foi/base/html.h"
#include "foi/base/scan.h"
#include "foi/extract/exemptions.h"
#include "foi/extract/offences.h"
#include "foi/index/index_writer.h"
#include "foi/index/schema.h"
#include "foi/search/snippets.h"
#include "foi/search/stored_document.h"
#include "foi/search/word_terms.h"

namespace foi {
namespace {

constexpr unsigned kTellingWords = 30;  // the document's words that find candidates
constexpr unsigned kCandidates = 100;   // read from each of the two matches
constexpr size_t kSnippetBytes = 300;

// Stemmed words of the text ("Zgroom"): not numbers, not the title's or the fields' terms (a capital after
// Z).
class TextWords : public Xapian::ExpandDecider {
 public:
  bool operator()(const std::string& t) const override {
    return t.size() >= 4 && t[0] == 'Z' && !scan::is_upper(t[1]) && !scan::is_digit(t[1]);
  }
};

struct Candidate {
  Xapian::Document doc;
  double words = 0;  // word weight over the best candidate's
};

// The figure a score is compared by: the same however the sums were ordered (one database or shards).
double rounded(double x) { return std::round(x * 1e9) / 1e9; }

// The document (not a passage) with that id and its docid.
std::optional<std::pair<Xapian::docid, Xapian::Document>> find_document(const Xapian::Database& db,
                                                                        const std::string& id) {
  std::string term = bounded_term(schema::kIdPrefix, id);
  Xapian::PostingIterator p = db.postlist_begin(term);
  if (p == db.postlist_end(term)) return std::nullopt;
  Xapian::Document doc = db.get_document(*p);
  if (!doc.get_value(schema::kRoleSlot).empty()) return std::nullopt;
  return std::make_pair(*p, doc);
}

std::vector<std::string> telling_words(const Xapian::Database& db, Xapian::docid self) {
  Xapian::Enquire e(db);
  e.set_query(Xapian::Query(bounded_term(schema::kKindPrefix, schema::kDocumentKind)));
  Xapian::RSet rset;
  rset.add_document(self);
  TextWords decider;
  // Exact term frequencies: the approximation Xapian makes over several databases would let shards choose
  // other words than one database does.
  Xapian::ESet eset = e.get_eset(kTellingWords, rset, Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);
  return {eset.begin(), eset.end()};
}

// The exemption and offence terms a record's citations are indexed under.
std::vector<std::string> citation_terms(const Record& r) {
  std::vector<std::string> out;
  for (const std::string& x : r.exemptions) out.push_back(bounded_term(schema::kExemptionPrefix, x));
  for (const std::string& x : r.offences) out.push_back(bounded_term(schema::kOffencePrefix, x));
  return out;
}

// The best matches of `q` among the other documents, by the weight the scheme gives, ties by id.
Xapian::MSet best(const Xapian::Database& db, const Xapian::Query& q, const Xapian::Query& others,
                  const Xapian::Weight& weight) {
  Xapian::Enquire e(db);
  e.set_query(Xapian::Query(Xapian::Query::OP_FILTER, q, others));
  e.set_weighting_scheme(weight);
  e.set_sort_by_relevance_then_value(schema::kIdSlot, false);
  return e.get_mset(0, kCandidates);
}

// What the two cite in common (a citation of theirs under one of ours counts: s40(2)(a) under s40(2)), and
// the overlap: shared over the citations of either.
std::pair<std::vector<std::string>, double> shared_citations(const Record& self, const Record& other) {
  std::set<std::string> theirs;
  for (const std::string& e : other.exemptions) {
    theirs.insert(e);
    for (const std::string& a : exemption_ancestors(e)) theirs.insert(a);
  }
  for (const std::string& o : other.offences) theirs.insert({o, offence_act(o)});
  std::vector<std::string> shared;
  for (const auto* list : {&self.exemptions, &self.offences})
    for (const std::string& c : *list)
      if (theirs.count(c)) shared.push_back(c);
  size_t either =
      self.exemptions.size() + self.offences.size() + other.exemptions.size() + other.offences.size();
  double overlap = either > shared.size() ? static_cast<double>(shared.size()) / (either - shared.size()) : 0;
  return {shared, std::min(1.0, overlap)};
}

std::map<std::string, Candidate> candidates(const Xapian::Database& db, const Xapian::Query& words,
                                            const std::vector<std::string>& citations,
                                            const Xapian::Query& others) {
  std::map<std::string, Candidate> out;
  if (!words.empty()) {
    Xapian::MSet m = best(db, words, others, Xapian::BM25Weight());
    double top = m.empty() ? 0 : m.begin().get_weight();
    for (auto it = m.begin(); it != m.end(); ++it)
      out[it.get_document().get_value(schema::kIdSlot)] = {it.get_document(),
                                                           top > 0 ? rounded(it.get_weight() / top) : 0};
  }
  if (!citations.empty()) {
    Xapian::MSet m = best(db, Xapian::Query(Xapian::Query::OP_OR, citations.begin(), citations.end()), others,
                          Xapian::CoordWeight());
    for (auto it = m.begin(); it != m.end(); ++it)
      out.try_emplace(it.get_document().get_value(schema::kIdSlot), Candidate{it.get_document(), 0});
  }
  return out;
}

Hit hit_of(const StoredDocument& d, const SnippetQuery& sq) {
  std::string snippet = sq.units.empty() ? html_escape(utf8_truncate(d.text.text, kSnippetBytes))
                                         : make_snippet(sq, d.text.text, {kSnippetBytes});
  int page = page_of_snippet(snippet, d);
  return {d.record, std::move(snippet), page};
}

}  // namespace

SimilarDocuments similar_documents(const Xapian::Database& db, const SimilarDocumentsRequest& r) {
  auto self = find_document(db, r.doc);
  if (!self) throw RequestError("not_found", "no document with that id");
  StoredDocument me = stored_from(self->second);
  std::vector<std::string> words = telling_words(db, self->first);
  Xapian::Query word_query(Xapian::Query::OP_OR, words.begin(), words.end());
  Xapian::Query others(Xapian::Query::OP_AND_NOT,
                       Xapian::Query(bounded_term(schema::kKindPrefix, schema::kDocumentKind)),
                       Xapian::Query(bounded_term(schema::kIdPrefix, r.doc)));
  SnippetQuery sq = snippet_query(
      word_query, [&](const std::string& t) { return word_frequency(db, t); }, db.get_doccount());
  struct Scored {  // the record is read again for the few listed: a text each candidate would be too much
    double score;
    std::string id;
    Xapian::Document doc;
    std::vector<std::string> shared;
  };
  std::vector<Scored> scored;
  for (auto& [id, c] : candidates(db, word_query, citation_terms(me.record), others)) {
    auto [shared, overlap] = shared_citations(me.record, stored_from(c.doc).record);
    double score = rounded(c.words + rounded(overlap));
    if (score > 0) scored.push_back({score, id, c.doc, std::move(shared)});
  }
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.id < b.id;
  });
  if (scored.size() > r.limit) scored.resize(r.limit);
  SimilarDocuments out{hit_of(me, SnippetQuery{}), {}};
  for (Scored& s : scored) out.hits.push_back({hit_of(stored_from(s.doc), sq), s.score, std::move(s.shared)});
  return out;
}

}  // namespace foi
