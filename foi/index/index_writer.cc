// The Xapian side of indexing: one Record -> one Xapian::Document, written in transactions.
#include "foi/index/index_writer.h"

#include <xapian.h>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "foi/base/hash.h"
#include "foi/base/html.h"
#include "foi/extract/decision_references.h"
#include "foi/extract/exemptions.h"
#include "foi/extract/ncnd.h"
#include "foi/extract/offences.h"
#include "foi/index/cluster_index.h"
#include "foi/index/schema.h"
#include "foi/precedents/minhash.h"

namespace foi {
namespace {

// Within-document frequency added for each title word, so a title match outranks the same word in the body.
constexpr unsigned kTitleWeight = 5;

std::string join_facet(std::vector<std::string> values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  std::string out;
  for (const std::string& v : values) {
    if (!out.empty()) out += schema::kFacetSeparator;
    out += v;
  }
  return out;
}

// The went_to= terms a cited reference earns (case_path.h went_to_filter), so that a search need not read the
// documents naming a reference: a notice deciding it, a tribunal decision appealing it, and allowing the
// appeal. Empty entries for none.
std::array<std::string_view, 2> went_to_prefixes(const Record& r, const CitedReference& c) {
  if (c.relation == kDecisionOn && r.doc_type == "decision_notice") return {schema::kDecidesPrefix, {}};
  if (c.relation != kAppealAgainst || r.doc_type != "tribunal_decision") return {};
  const bool allowed = r.outcome == "allowed" || r.outcome == "partly allowed";
  return {schema::kAppealsPrefix, allowed ? schema::kAllowedPrefix : std::string_view()};
}

void add_facet_terms(Xapian::Document& doc, const Record& r) {
  for (const std::string& f : r.force) doc.add_boolean_term(bounded_term(schema::kForcePrefix, f));
  for (const std::string& e : r.exemptions) {
    doc.add_boolean_term(bounded_term(schema::kExemptionPrefix, e));
    for (const std::string& a : exemption_ancestors(e))
      doc.add_boolean_term(bounded_term(schema::kExemptionPrefix, a));
  }
  for (const std::string& o : r.offences) {
    doc.add_boolean_term(bounded_term(schema::kOffencePrefix, o));
    doc.add_boolean_term(bounded_term(schema::kOffencePrefix, offence_act(o)));
  }
  if (r.authority) doc.add_boolean_term(bounded_term(schema::kAuthorityPrefix, *r.authority));
  if (r.date) {
    doc.add_boolean_term(bounded_term(schema::kYearPrefix, r.date->substr(0, 4)));
    doc.add_boolean_term(bounded_term(schema::kMonthPrefix, r.date->substr(0, 7)));
  }
  doc.add_boolean_term(bounded_term(schema::kDocTypePrefix, r.doc_type));
  if (r.outcome) doc.add_boolean_term(bounded_term(schema::kOutcomePrefix, *r.outcome));
  if (ncnd_applies(r.doc_type))
    doc.add_boolean_term(bounded_term(schema::kNcndPrefix, r.ncnd ? "yes" : "no"));
  if (r.reference) doc.add_boolean_term(reference_term(schema::kReferencePrefix, *r.reference));
  for (const std::string& joined : r.joined_references)
    doc.add_boolean_term(reference_term(schema::kReferencePrefix, joined));
  for (const CitedReference& c : r.cites) {
    doc.add_boolean_term(reference_term(schema::kCitesPrefix, c.reference));
    for (std::string_view prefix : went_to_prefixes(r, c))
      if (!prefix.empty()) doc.add_boolean_term(reference_term(prefix, c.reference));
  }
}

void add_values(Xapian::Document& doc, const Record& r, std::string_view signature) {
  if (r.date) {
    std::string d = r.date->substr(0, 4) + r.date->substr(5, 2) + r.date->substr(8, 2);
    doc.add_value(schema::kDateSlot, d);
    doc.add_value(schema::kYearSlot, r.date->substr(0, 4));
    doc.add_value(schema::kMonthSlot, r.date->substr(0, 7));
  }
  std::string date_key = r.date ? r.date->substr(0, 4) + r.date->substr(5, 2) + r.date->substr(8, 2) : "";
  doc.add_value(schema::kOldestSlot, (r.date ? date_key : "99999999") + schema::kFacetSeparator + r.id);
  doc.add_value(schema::kNewestSlot, date_key + schema::kFacetSeparator + r.id);
  doc.add_value(schema::kForcesSlot, join_facet(r.force));
  doc.add_value(schema::kExemptionsSlot, join_facet(r.exemptions));
  doc.add_value(schema::kOffencesSlot, join_facet(r.offences));
  if (r.authority) doc.add_value(schema::kAuthoritySlot, *r.authority);
  if (r.outcome) doc.add_value(schema::kOutcomeSlot, *r.outcome);
  doc.add_value(schema::kSignatureSlot, std::string(signature));
  doc.add_value(schema::kIdSlot, r.id);
  doc.add_value(schema::kDocTypeSlot, r.doc_type);
  if (ncnd_applies(r.doc_type)) doc.add_value(schema::kNcndSlot, r.ncnd ? "yes" : "no");
}

// The last guard before add_document: no term over Xapian's limit, whatever produced it.
void drop_overlong_terms(Xapian::Document& doc) {
  std::vector<std::string> overlong;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
    if ((*t).size() > schema::kMaxTermBytes) overlong.push_back(*t);
  for (const std::string& t : overlong) doc.remove_term(t);
}

nlohmann::json stored_data(const Record& r, const StoredText& text) {
  nlohmann::json pages = nlohmann::json::array(), attachments = nlohmann::json::array();
  for (const auto& [offset, number] : text.pages) pages.push_back({{"offset", offset}, {"page", number}});
  for (const auto& [offset, name] : text.attachments)
    attachments.push_back({{"offset", offset}, {"name", name}});
  return {{"record", r},    {"text", text.text},         {"format", text.format}, {"charset", text.charset},
          {"pages", pages}, {"attachments", attachments}};
}

// A passage as stored: where its words are in its document's text (its spans) rather than a copy of them,
// unless the spans do not give back the same words (then the words themselves). precedents.cc reads both.
nlohmann::json stored_passage(const Passage& p, std::string_view text) {
  nlohmann::json j = p;
  std::optional<std::pair<std::string, std::string>> words = passage_words(text, p);
  if (!words || words->first != p.heading || words->second != p.body) return j;
  j.erase("heading");
  j.erase("body");
  if (!p.heading_spans.empty()) j["heading_spans"] = p.heading_spans;
  j["body_spans"] = p.body_spans;
  return j;
}

// A passage's entry: its own words (under kPassageTextPrefix), role, exemptions and fingerprint; its
// document's authority, forces and date as terms and values, so the same filters and facets work on passages.
Xapian::Document make_passage(const Record& r, std::string_view text, const Passage& p, size_t n,
                              const std::optional<Fingerprint>& fp) {
  Xapian::Document doc;
  Xapian::TermGenerator tg;
  tg.set_stemmer(Xapian::Stem("english"));
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  tg.set_document(doc);
  const std::string words(schema::kPassageTextPrefix);  // apart from the documents' words (schema.h)
  tg.index_text(p.heading, 1, words);
  tg.increase_termpos();
  tg.index_text(p.body, 1, words);
  std::string id = passage_id(r.id, n);
  Record facets = r;  // the document's facets (its kind too), with the passage's own id and exemptions
  facets.id = id;
  facets.exemptions = p.exemptions;
  facets.outcome.reset();
  facets.reference.reset();
  add_facet_terms(doc, facets);
  add_values(doc, facets, "");
  doc.add_boolean_term(bounded_term(schema::kIdPrefix, id));
  doc.add_boolean_term(bounded_term(schema::kKindPrefix, schema::kPassageKind));
  doc.add_boolean_term(bounded_term(schema::kParentPrefix, r.id));
  doc.add_boolean_term(bounded_term(schema::kRolePrefix, p.role));
  doc.add_value(schema::kRoleSlot, p.role);
  doc.add_value(schema::kParentSlot, r.id);
  if (fp) doc.add_value(schema::kFingerprintSlot, encode_fingerprint(*fp));
  // Its document's title, authority, forces, date and message are read from the document (precedents.cc).
  nlohmann::json data = {{"id", id}, {"n", n}, {"passage", stored_passage(p, text)}};
  doc.set_data(dump_json(data));
  drop_overlong_terms(doc);
  return doc;
}

Xapian::Document make_document(const Record& r, const StoredText& text, std::string_view signature,
                               std::string_view root_key, std::string_view file_id) {
  Xapian::Document doc;
  Xapian::TermGenerator tg;
  tg.set_stemmer(Xapian::Stem("english"));
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  tg.set_document(doc);
  tg.index_text(r.title, 1, std::string(schema::kTitlePrefix));
  tg.index_text(r.title, kTitleWeight);
  tg.increase_termpos();
  tg.index_text(text.text);

  doc.add_boolean_term(bounded_term(schema::kIdPrefix, r.id));
  doc.add_boolean_term(bounded_term(schema::kKindPrefix, schema::kDocumentKind));
  doc.add_boolean_term(bounded_term(schema::kRootPrefix, root_key));
  doc.add_boolean_term(bounded_term(schema::kFilePrefix, file_id));
  add_facet_terms(doc, r);
  add_values(doc, r, signature);
  doc.set_data(dump_json(stored_data(r, text)));
  drop_overlong_terms(doc);
  return doc;
}

// Whether a word can be a spelling suggestion: one with a digit ("2019", "s40", "9745/13") never is, since only a
// word of letters is ever corrected (suggest.cc) and numbers and references are not misspelt into words. Most of
// the distinct words of FOI letters are such numbers, dates and references.
bool spellable(const std::string& word) {
  return std::none_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The spelling data ("did you mean") TermGenerator would add with FLAG_SPELLING, for the words that can be a
// suggestion: one for each occurrence of an unprefixed word, title and text, which is each position of a term
// that starts with no capital.
std::vector<std::pair<std::string, Xapian::termcount>> spelling_of(const Xapian::Document& doc) {
  std::vector<std::pair<std::string, Xapian::termcount>> out;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    const std::string& term = *t;
    if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z') || !spellable(term)) continue;
    if (Xapian::termcount n = t.positionlist_count()) out.emplace_back(term, n);
  }
  return out;
}

// Runs f, turning Xapian's exceptions (which are not std::exceptions) into IndexError.
template <typename F>
auto guarded(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const Xapian::DatabaseLockError&) {
    throw IndexLocked("index is locked by another indexer");
  } catch (const Xapian::Error& e) {
    throw IndexError(e.get_description());
  }
}

}  // namespace

std::string passage_id(std::string_view document_id, size_t n) {
  return std::string(document_id) + "#p" + std::to_string(n);
}

std::string bounded_term(std::string_view prefix, std::string_view value) {
  std::string term = std::string(prefix) + std::string(value);
  if (term.size() <= schema::kMaxTermBytes) return term;
  std::string tail = std::string("#").append(hex64(fnv1a64(value)));
  return std::string(prefix) + utf8_truncate(value, schema::kMaxTermBytes - prefix.size() - tail.size()) +
         tail;
}

std::string reference_term(std::string_view prefix, std::string_view reference) {
  std::string ref(reference);
  std::transform(ref.begin(), ref.end(), ref.begin(), [](unsigned char c) { return std::tolower(c); });
  return bounded_term(prefix, ref);
}

struct IndexEntry::Impl {
  std::string id_term, parent_term;
  Xapian::Document doc;
  std::vector<std::pair<std::string, Xapian::termcount>> spelling;
  std::vector<Xapian::Document> passages;
  std::vector<std::string> passage_ids;
  std::vector<std::optional<Fingerprint>> fingerprints;
};

IndexEntry::IndexEntry(const Record& record, const StoredText& text, std::string_view signature,
                       std::string_view root_key, std::string_view file_id,
                       const std::vector<Passage>& passages)
    : impl_(std::make_unique<Impl>()) {
  guarded([&] {
    impl_->id_term = bounded_term(schema::kIdPrefix, record.id);
    impl_->parent_term = bounded_term(schema::kParentPrefix, record.id);
    impl_->doc = make_document(record, text, signature, root_key, file_id);
    impl_->spelling = spelling_of(impl_->doc);
    for (size_t n = 0; n < passages.size(); ++n) {
      impl_->fingerprints.push_back(fingerprint(passages[n].body));
      impl_->passage_ids.push_back(passage_id(record.id, n + 1));
      impl_->passages.push_back(
          make_passage(record, text.text, passages[n], n + 1, impl_->fingerprints.back()));
    }
  });
}

IndexEntry::~IndexEntry() = default;
IndexEntry::IndexEntry(IndexEntry&&) noexcept = default;
IndexEntry& IndexEntry::operator=(IndexEntry&&) noexcept = default;

struct IndexWriter::Impl {
  Xapian::WritableDatabase db;
};

IndexWriter::IndexWriter(const std::string& dir, Durability durability) {
  int flags = Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS;
  if (durability == Durability::kUnsynced) flags |= Xapian::DB_NO_SYNC;
  guarded([&] { impl_ = std::make_unique<Impl>(Impl{Xapian::WritableDatabase(dir, flags)}); });
}

IndexWriter::~IndexWriter() {
  if (in_batch_) {
    try {
      impl_->db.cancel_transaction();  // an uncommitted batch is dropped whole, never half-written
    } catch (const Xapian::Error&) {
    }
  }
}

std::optional<std::string> IndexWriter::signature_of(std::string_view id) const {
  return guarded([&]() -> std::optional<std::string> {
    std::string term = bounded_term(schema::kIdPrefix, id);
    Xapian::PostingIterator p = impl_->db.postlist_begin(term);
    if (p == impl_->db.postlist_end(term)) return std::nullopt;
    return impl_->db.get_document(*p).get_value(schema::kSignatureSlot);
  });
}

std::optional<std::string> IndexWriter::file_signature(std::string_view file_id) const {
  return guarded([&]() -> std::optional<std::string> {
    std::string term = bounded_term(schema::kFilePrefix, file_id);
    Xapian::PostingIterator p = impl_->db.postlist_begin(term);
    if (p == impl_->db.postlist_end(term)) return std::nullopt;
    return impl_->db.get_document(*p).get_value(schema::kSignatureSlot);
  });
}

std::unordered_map<std::string, std::string> IndexWriter::file_signatures() const {
  return guarded([&] {
    std::unordered_map<Xapian::docid, std::string> first_doc;  // a file's first document -> the file's term
    std::string prefix(schema::kFilePrefix);
    for (auto t = impl_->db.allterms_begin(prefix); t != impl_->db.allterms_end(prefix); ++t)
      first_doc[*impl_->db.postlist_begin(*t)] = *t;
    std::unordered_map<std::string, std::string> out;
    for (auto v = impl_->db.valuestream_begin(schema::kSignatureSlot);
         v != impl_->db.valuestream_end(schema::kSignatureSlot); ++v) {
      auto f = first_doc.find(v.get_docid());
      if (f != first_doc.end()) out[f->second] = *v;
    }
    return out;
  });
}

std::vector<std::string> IndexWriter::ids_of_file(std::string_view file_id) const {
  return guarded([&] {
    std::vector<std::string> ids;
    std::string term = bounded_term(schema::kFilePrefix, file_id);
    for (auto p = impl_->db.postlist_begin(term); p != impl_->db.postlist_end(term); ++p)
      ids.push_back(impl_->db.get_document(*p).get_value(schema::kIdSlot));
    return ids;
  });
}

std::vector<std::string> IndexWriter::ids_under_root(std::string_view root_key) const {
  return guarded([&] {
    std::vector<std::string> ids;
    std::string term = bounded_term(schema::kRootPrefix, root_key);
    for (auto p = impl_->db.postlist_begin(term); p != impl_->db.postlist_end(term); ++p)
      ids.push_back(impl_->db.get_document(*p).get_value(schema::kIdSlot));
    return ids;
  });
}

void IndexWriter::ensure_batch() {
  if (in_batch_) return;
  guarded([&] { impl_->db.begin_transaction(true); });
  in_batch_ = true;
}

void IndexWriter::put(const Record& record, const StoredText& text, std::string_view signature,
                      std::string_view root_key, std::string_view file_id,
                      const std::vector<Passage>& passages) {
  put(IndexEntry(record, text, signature, root_key, file_id, passages));
}

void IndexWriter::put(IndexEntry entry) {
  ensure_batch();  // first: the spelling data belongs in the same transaction
  IndexEntry::Impl& e = *entry.impl_;
  guarded([&] {
    {
      PhaseTimer timer(timings_, "put: spelling");
      for (const auto& [word, n] : e.spelling) impl_->db.add_spelling(word, n);
    }
    {
      PhaseTimer timer(timings_, "put: document");
      // Replacing or deleting by term makes Xapian flush the batch's buffered positions on every call; a new
      // id (every id of a build from empty) is added and deleted nothing, as replace_document would, without
      // that.
      if (impl_->db.term_exists(e.id_term))
        impl_->db.replace_document(e.id_term, e.doc);
      else
        impl_->db.add_document(e.doc);
      if (impl_->db.term_exists(e.parent_term)) impl_->db.delete_document(e.parent_term);  // passages afresh
    }
    PhaseTimer timer(timings_, "put: passages");
    for (size_t n = 0; n < e.passages.size(); ++n) {
      const std::string& id = e.passage_ids[n];
      // a cluster of its own until recluster() finds it company: most passages stay so and are never
      // rewritten
      e.passages[n].add_value(schema::kClusterSlot,
                              assigner_ ? assigner_->assign(id, e.fingerprints[n]) : cluster_id_for(id));
      impl_->db.add_document(e.passages[n]);
    }
  });
  ++pending_;
  ++changes_;
}

void IndexWriter::remove(std::string_view id) {
  ensure_batch();
  guarded([&] {
    impl_->db.delete_document(bounded_term(schema::kIdPrefix, id));
    impl_->db.delete_document(bounded_term(schema::kParentPrefix, id));
  });
  ++pending_;
  ++changes_;
}

void IndexWriter::set_cluster_assigner(ClusterAssigner* assigner) { assigner_ = assigner; }

void IndexWriter::add_existing_passages_to(ClusterAssigner& assigner) const {
  guarded([&] { add_existing_passages(impl_->db, assigner); });
}

ClusterStats IndexWriter::recluster() { return recluster({this}); }

ClusterStats IndexWriter::recluster(const std::vector<IndexWriter*>& shards, const RegroupOptions& options) {
  std::vector<Xapian::WritableDatabase*> dbs;
  for (IndexWriter* w : shards) {
    if (w->in_batch_) w->commit();
    dbs.push_back(&w->impl_->db);
  }
  return guarded([&] { return recluster_passages(dbs, options); });
}

void IndexWriter::commit() {
  if (!in_batch_) return;
  guarded([&] {
    impl_->db.set_metadata(std::string(schema::kRegroupDueKey), "1");  // with the passages that make it due
    impl_->db.commit_transaction();
  });
  in_batch_ = false;
  pending_ = 0;
}

bool IndexWriter::regroup_due() const {
  return guarded([&] { return !impl_->db.get_metadata(std::string(schema::kRegroupDueKey)).empty(); });
}

unsigned IndexWriter::doc_count() const {
  return guarded([&] { return impl_->db.get_doccount(); });
}

}  // namespace foi
