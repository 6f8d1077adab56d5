// Passages read back, similar wording, cluster views.
#include "foi/search/precedents.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

#include "foi/extract/citations.h"
#include "foi/extract/exemptions.h"
#include "foi/index/cluster_index.h"
#include "foi/index/index_writer.h"
#include "foi/index/schema.h"
#include "foi/precedents/likeness.h"
#include "foi/precedents/minhash.h"
#include "foi/precedents/passages.h"
#include "foi/precedents/word_diff.h"
#include "foi/search/search_query.h"
#include "foi/search/word_terms.h"

namespace foi {
namespace {

constexpr unsigned kEliteTerms = 40;        // the most telling words of a paragraph that find candidates

std::string kind_term() { return bounded_term(schema::kKindPrefix, schema::kPassageKind); }

using Spans = std::vector<std::pair<size_t, size_t>>;

// The stored data of the documents passages come from, each read once: a passage keeps where its words are
// in its document's text rather than a copy of them, and no copy of its document's title, authority, forces,
// date or messages (index_writer.cc make_passage).
class ParentDocuments {
 public:
  explicit ParentDocuments(const Xapian::Database& db) : db_(db) {}
  const nlohmann::json& of(const std::string& id) {
    auto it = data_.find(id);
    if (it != data_.end()) return it->second;
    std::string term = bounded_term(schema::kIdPrefix, id);
    Xapian::PostingIterator p = db_.postlist_begin(term);
    nlohmann::json data = nlohmann::json::object();
    if (p != db_.postlist_end(term)) data = nlohmann::json::parse(db_.get_document(*p).get_data());
    return data_.emplace(id, std::move(data)).first->second;
  }

 private:
  const Xapian::Database& db_;
  std::map<std::string, nlohmann::json> data_;
};

std::string text_or_empty(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j.at(key).is_string() ? j.at(key).get<std::string>() : std::string();
}

PassageParent parent_of(const nlohmann::json& p) {
  return {text_or_empty(p, "id"),
          text_or_empty(p, "title"),
          text_or_empty(p, "authority"),
          text_or_empty(p, "date"),
          p.value("force", std::vector<std::string>{}),
          text_or_empty(p, "doc_type")};
}

// A stored passage read back, its words and its document's fields from its document (parent_id). A passage
// written before extraction version 11 (in an index part-way through its rebuild) holds copies: those serve.
PassageHit parse_passage(const std::string& raw, const std::string& parent_id, ParentDocuments& documents) {
  nlohmann::json j = nlohmann::json::parse(raw);
  PassageHit h;
  h.id = j.at("id").get<std::string>();
  const nlohmann::json& stored = j.at("passage");
  h.passage = stored.get<Passage>();
  const nlohmann::json& document = documents.of(parent_id);
  const nlohmann::json& record = document.contains("record") ? document.at("record") : j.at("parent");
  h.parent = parent_of(j.contains("parent") ? j.at("parent") : record);
  const nlohmann::json* message = j.contains("message") ? &j.at("message") : nullptr;
  if (!message && record.contains("messages") && h.passage.message < record.at("messages").size())
    message = &record.at("messages").at(h.passage.message);
  if (message && message->is_object()) h.message_role = message->value("role", "");
  if (stored.contains("body_spans")) {  // its words are its document's
    h.passage.heading_spans = stored.value("heading_spans", Spans{});
    h.passage.body_spans = stored.at("body_spans").get<Spans>();
    std::optional<std::pair<std::string, std::string>> words =
        passage_words(text_or_empty(document, "text"), h.passage);
    if (!words) throw IndexUnavailable("a stored passage's words are not in its document: " + h.id);
    std::tie(h.passage.heading, h.passage.body) = std::move(*words);
  }
  return h;
}

std::optional<Xapian::Document> find_passage(const Xapian::Database& db, const std::string& id) {
  std::string term = bounded_term(schema::kIdPrefix, id);
  Xapian::PostingIterator p = db.postlist_begin(term);
  if (p == db.postlist_end(term)) return std::nullopt;
  Xapian::Document doc = db.get_document(*p);
  if (doc.get_value(schema::kRoleSlot).empty()) return std::nullopt;  // a document, not a passage
  return doc;
}

// The words of a text as the index holds a passage's, for a best-terms query.
std::vector<std::string> index_terms(const std::string& text) {
  Xapian::Document doc;
  Xapian::TermGenerator tg;
  tg.set_stemmer(Xapian::Stem("english"));
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  tg.set_document(doc);
  tg.index_text(text, 1, std::string(schema::kPassageTextPrefix));
  std::vector<std::string> terms;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) terms.push_back(*t);
  return terms;
}

// The rarest kEliteTerms of the words (fewest documents and passages, then by the plain word's spelling), by
// the whole index's counts: the same choice however the index is sharded (Xapian's OP_ELITE_SET chooses per
// shard).
std::vector<std::string> telling_terms(const Xapian::Database& db, std::vector<std::string> terms) {
  std::vector<std::tuple<Xapian::doccount, std::string, std::string>> ranked;
  for (std::string& t : terms) {
    Xapian::doccount tf = word_frequency(db, t);
    if (tf > 0) ranked.emplace_back(tf, document_form(t), std::move(t));
  }
  std::sort(ranked.begin(), ranked.end());
  if (ranked.size() > kEliteTerms) ranked.resize(kEliteTerms);
  std::vector<std::string> out;
  for (auto& [tf, plain, t] : ranked) out.push_back(std::move(t));
  return out;
}

}  // namespace

ClusterInfo cluster_info(const Xapian::Database& db, const std::string& cluster_id, const std::string& self_id) {
  ClusterInfo c;
  c.id = cluster_id;
  c.central = self_id;
  if (std::optional<nlohmann::json> s = cluster_summary(db, cluster_id)) {
    c.size = s->value("size", 1u);
    c.authorities = s->value("authorities", 0u);
    c.first = s->value("first", "");
    c.last = s->value("last", "");
    c.central = s->value("central", self_id);
  }
  return c;
}

namespace {

PassageHit read_passage(const Xapian::Database& db, const Xapian::Document& doc, ParentDocuments& texts) {
  PassageHit h;
  try {
    h = parse_passage(doc.get_data(), doc.get_value(schema::kParentSlot), texts);
  } catch (const nlohmann::json::exception& e) {
    throw IndexUnavailable(std::string("a stored passage cannot be read: ") + e.what());
  }
  std::string cluster = doc.get_value(schema::kClusterSlot);
  h.cluster = cluster_info(db, cluster.empty() ? cluster_id_for(h.id) : cluster, h.id);
  if (h.cluster.size == 1) {  // a cluster of one: its own figures
    h.cluster.authorities = h.parent.authority.empty() ? 0 : 1;
    h.cluster.first = h.cluster.last = h.parent.date;
  }
  return h;
}

}  // namespace

PassageHit read_passage(const Xapian::Database& db, const Xapian::Document& doc) {
  ParentDocuments texts(db);
  return read_passage(db, doc, texts);
}

std::vector<PassageHit> passages_of(const Xapian::Database& db, const std::string& document_id) {
  std::vector<PassageHit> out;
  ParentDocuments texts(db);
  std::string term = bounded_term(schema::kParentPrefix, document_id);
  for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p)
    out.push_back(read_passage(db, db.get_document(*p), texts));
  std::sort(out.begin(), out.end(),
            [](const PassageHit& a, const PassageHit& b) { return a.passage.offset < b.passage.offset; });
  return out;
}

namespace {

// The passages of other documents worded most like `text` (whose fingerprint is fp), most similar first.
std::vector<PassageHit> matches_of(const Xapian::Database& db, const std::string& text, const Fingerprint& fp,
                                   const std::string& exclude_parent, const SimilarRequest& r) {
  std::vector<std::string> terms = telling_terms(db, index_terms(text));
  Xapian::Query words(Xapian::Query::OP_OR, terms.begin(), terms.end());
  Xapian::Query kinds = r.doc_types.empty() ? without_commentary() : facet_filter("doc_type", r.doc_types);
  Xapian::Query q(Xapian::Query::OP_FILTER, words,
                  Xapian::Query(Xapian::Query::OP_AND, Xapian::Query(kind_term()), kinds));
  if (!exclude_parent.empty())
    q = Xapian::Query(Xapian::Query::OP_AND_NOT, q, Xapian::Query(bounded_term(schema::kParentPrefix, exclude_parent)));
  Xapian::Enquire enquire(db);
  enquire.set_query(q);
  enquire.set_sort_by_relevance_then_value(schema::kIdSlot, false);  // the same candidates however sharded
  Xapian::MSet m = enquire.get_mset(0, kSimilarCandidates);
  std::vector<std::pair<double, Xapian::Document>> scored;
  for (auto it = m.begin(); it != m.end(); ++it) {
    Xapian::Document doc = it.get_document();
    std::optional<Fingerprint> other = decode_fingerprint(doc.get_value(schema::kFingerprintSlot));
    double s = other ? wording_similarity(fp, *other) : 0;
    if (s > 0) scored.emplace_back(std::round(s * 1e9) / 1e9, doc);  // the same figure however summed
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return a.second.get_value(schema::kIdSlot) < b.second.get_value(schema::kIdSlot);
  });
  std::vector<PassageHit> out;
  ParentDocuments texts(db);
  for (size_t i = 0; i < scored.size() && out.size() < r.size; ++i) {
    out.push_back(read_passage(db, scored[i].second, texts));
    out.back().similarity = scored[i].first;
  }
  return out;
}

// Pasted text cut into paragraphs as an authority's reply is (passages.h), or the whole text as one paragraph
// when the cutter finds none (a sentence or two, a quoted question).
std::vector<Passage> pasted_paragraphs(const std::string& text) {
  std::vector<Citation> citations = find_citations(text);
  std::vector<std::string> grounds = exemptions_from(citations, false);
  Message whole{0, text.size(), "response", "authority", "", std::nullopt};
  std::vector<Passage> out = cut_passages(text, {whole}, {grounds, false, std::move(citations), false});
  if (out.empty()) out.push_back(Passage{0, 0, text.size(), "", text, passage_role("", text), {}, {}, {}});
  return out;
}

// The documents the paragraphs' matches come from, by how many paragraphs each matches at kLooseWording or
// above (its best passage for each), then by the sum of those similarities, then by id.
std::vector<DocumentMatch> documents_of(const std::vector<PastedParagraph>& paragraphs) {
  std::map<std::string, DocumentMatch> by_id;
  for (const PastedParagraph& p : paragraphs) {
    std::map<std::string, double> best;  // this paragraph's best similarity in each document
    for (const PassageHit& h : p.matches)
      if (h.similarity && *h.similarity >= kLooseWording) {
        double& b = best[h.parent.id];
        b = std::max(b, *h.similarity);
        by_id[h.parent.id].document = h.parent;
      }
    for (const auto& [id, s] : best) {
      by_id[id].paragraphs += 1;
      by_id[id].score += s;
    }
  }
  std::vector<DocumentMatch> out;
  for (auto& [id, d] : by_id) out.push_back(std::move(d));
  std::stable_sort(out.begin(), out.end(), [](const DocumentMatch& a, const DocumentMatch& b) {
    if (a.paragraphs != b.paragraphs) return a.paragraphs > b.paragraphs;
    return a.score > b.score;
  });
  return out;
}

// Every paragraph's matches once each (a passage matching two paragraphs keeps its better figure), best
// first.
std::vector<PassageHit> merged(const std::vector<PastedParagraph>& paragraphs) {
  std::map<std::string, PassageHit> by_id;
  for (const PastedParagraph& p : paragraphs)
    for (const PassageHit& h : p.matches) {
      auto [it, fresh] = by_id.emplace(h.id, h);
      if (!fresh && *h.similarity > *it->second.similarity) it->second = h;
    }
  std::vector<PassageHit> out;
  for (auto& [id, h] : by_id) out.push_back(std::move(h));
  std::stable_sort(out.begin(), out.end(),
                   [](const PassageHit& a, const PassageHit& b) { return *a.similarity > *b.similarity; });
  return out;
}

}  // namespace

SimilarResult similar_passages(const Xapian::Database& db, const SimilarRequest& r) {
  SimilarResult result;
  if (!r.passage.empty()) {
    std::optional<Xapian::Document> doc = find_passage(db, r.passage);
    if (!doc) throw RequestError("not_found", "no passage with that id");
    ParentDocuments texts(db);
    PassageHit self = parse_passage(doc->get_data(), doc->get_value(schema::kParentSlot), texts);
    std::optional<Fingerprint> fp = decode_fingerprint(doc->get_value(schema::kFingerprintSlot));
    if (!fp) throw RequestError("text_too_short", "too few words to compare wording; give a paragraph");
    result.passages = matches_of(db, self.passage.heading + "\n" + self.passage.body, *fp, self.parent.id, r);
    return result;
  }
  std::vector<Passage> cut = pasted_paragraphs(r.text);
  if (cut.size() > kMaxPastedParagraphs) {
    result.paragraphs_left_out = cut.size() - kMaxPastedParagraphs;
    cut.resize(kMaxPastedParagraphs);
  }
  bool any = false;
  for (Passage& p : cut) {
    std::string text = p.heading.empty() ? p.body : p.heading + "\n" + p.body;
    std::optional<Fingerprint> fp = fingerprint(text);
    PastedParagraph pasted{std::move(p), {}};
    if (fp) {
      pasted.matches = matches_of(db, text, *fp, "", r);
      any = true;
    }
    result.paragraphs.push_back(std::move(pasted));
  }
  if (!any) throw RequestError("text_too_short", "too few words to compare wording; give a paragraph");
  result.passages = result.paragraphs.size() == 1 ? result.paragraphs[0].matches : merged(result.paragraphs);
  if (result.passages.size() > r.size) result.passages.resize(r.size);
  result.documents = documents_of(result.paragraphs);
  return result;
}

std::optional<ClusterView> cluster_view(const Xapian::Database& db, const std::string& cluster_id, unsigned limit) {
  // Members by the cluster value (a value, not a term, so regrouping rewrites no term lists), oldest first.
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kClusterSlot, cluster_id, cluster_id));
  enquire.set_sort_by_value(schema::kOldestSlot, false);
  Xapian::MSet m = enquire.get_mset(0, limit + 1);
  if (m.empty()) return std::nullopt;
  std::vector<PassageHit> members;
  ParentDocuments texts(db);
  for (auto it = m.begin(); it != m.end(); ++it)
    members.push_back(read_passage(db, it.get_document(), texts));
  ClusterView v;
  v.info = members.front().cluster;
  auto central = std::find_if(members.begin(), members.end(),
                              [&](const PassageHit& h) { return h.id == v.info.central; });
  if (central != members.end()) {
    std::rotate(members.begin(), central, central + 1);  // the central one first, the rest still by date
  } else if (std::optional<Xapian::Document> doc = find_passage(db, v.info.central)) {
    members.insert(members.begin(), read_passage(db, *doc, texts));
  }
  if (members.size() > limit) members.resize(limit);
  for (const PassageHit& p : members) v.diffs.push_back(word_diff(members.front().passage.body, p.passage.body));
  v.members = std::move(members);
  return v;
}

}  // namespace foi
