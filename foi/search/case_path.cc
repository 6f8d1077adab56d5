// A case's path, read at query time from the reference terms: a document names a reference (XC:) that
// another is known by (XR:), and the naming document's kind says what it is to that one.
#include "foi/search/case_path.h"

#include <algorithm>
#include <deque>
#include <set>
#include <string_view>

#include "foi/extract/decision_references.h"
#include "foi/index/index_writer.h"
#include "foi/index/schema.h"
#include "foi/search/stored_document.h"

namespace foi {
namespace {

// A relation: the kind of document that names the reference, the kinds it can name, and the inverse.
struct Relation {
  std::string_view name, inverse, from;
  std::vector<std::string_view> targets;
};

const std::vector<Relation>& relations() {
  static const std::vector<Relation> all = {
      {kReviewOf, "reviewed in", "internal_review", {"response", "thread", "other"}},
      {kDecisionOn, "decided in", "decision_notice", {"response", "internal_review", "thread", "other"}},
      {kAppealAgainst, "appealed in", "tribunal_decision", {"decision_notice"}},
  };
  return all;
}

const Relation* relation_named(std::string_view name) {
  for (const Relation& r : relations())
    if (r.name == name) return &r;
  return nullptr;
}

bool targets(const Relation& r, std::string_view doc_type) {
  return std::find(r.targets.begin(), r.targets.end(), doc_type) != r.targets.end();
}

// The documents (not passages) holding a term, with their records.
std::vector<Record> records_with(const Xapian::Database& db, const std::string& term) {
  std::vector<Record> out;
  for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) {
    Xapian::Document doc = db.get_document(*p);
    if (doc.get_value(schema::kRoleSlot).empty()) out.push_back(stored_from(doc).record);
  }
  return out;
}

RelatedDocument related(const Record& r, std::string_view relation, const Record& via,
                        std::string reference) {
  return {r.id, r.title, r.doc_type, std::string(relation), via.id, std::move(reference), r.date, r.outcome};
}

// The documents linked to one: those it names (by their own reference) and those naming its reference.
std::vector<RelatedDocument> links_of(const Xapian::Database& db, const Record& d) {
  std::vector<RelatedDocument> out;
  for (const CitedReference& c : d.cites) {
    const Relation* rel = relation_named(c.relation);
    if (!rel) continue;
    for (const Record& e : records_with(db, reference_term(schema::kReferencePrefix, c.reference)))
      if (e.id != d.id && targets(*rel, e.doc_type)) out.push_back(related(e, rel->name, d, c.reference));
  }
  if (!d.reference) return out;
  const std::string own = reference_term(schema::kCitesPrefix, *d.reference);
  for (const Record& l : records_with(db, own)) {
    if (l.id == d.id) continue;
    for (const CitedReference& c : l.cites) {
      const Relation* rel = relation_named(c.relation);
      if (rel && targets(*rel, d.doc_type) && reference_term(schema::kCitesPrefix, c.reference) == own) {
        out.push_back(related(l, rel->inverse, d, c.reference));
        break;
      }
    }
  }
  return out;
}

}  // namespace

std::vector<RelatedDocument> case_path(const Xapian::Database& db, const Record& doc) {
  std::vector<RelatedDocument> out;
  std::set<std::string> seen = {doc.id};
  std::deque<Record> queue = {doc};
  while (!queue.empty() && out.size() < kMaxPathDocuments) {
    const Record d = std::move(queue.front());
    queue.pop_front();
    for (RelatedDocument& r : links_of(db, d)) {
      if (!seen.insert(r.id).second || out.size() >= kMaxPathDocuments) continue;
      std::string term = bounded_term(schema::kIdPrefix, r.id);
      if (auto p = db.postlist_begin(term); p != db.postlist_end(term))
        queue.push_back(stored_from(db.get_document(*p)).record);
      out.push_back(std::move(r));
    }
  }
  return out;
}

Xapian::Query went_to_filter(const Xapian::Database& db, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> parts;
  for (const std::string& value : values) {
    const Relation& rel = *relation_named(value == "ico" ? kDecisionOn : kAppealAgainst);
    std::set<std::string> refs;  // the lower-cased references documents of the relation's kind name
    const std::string prefix(schema::kCitesPrefix);
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
      for (auto p = db.postlist_begin(*t); p != db.postlist_end(*t); ++p) {
        Xapian::Document doc = db.get_document(*p);
        const std::string outcome = doc.get_value(schema::kOutcomeSlot);
        if (doc.get_value(schema::kDocTypeSlot) != rel.from) continue;
        if (value == "tribunal_allowed" && outcome != "allowed" && outcome != "partly allowed") continue;
        refs.insert((*t).substr(prefix.size()));
        break;
      }
    }
    std::vector<Xapian::Query> named, kinds;
    for (const std::string& ref : refs) named.emplace_back(std::string(schema::kReferencePrefix) + ref);
    for (std::string_view t : rel.targets) kinds.emplace_back(bounded_term(schema::kDocTypePrefix, t));
    parts.emplace_back(Xapian::Query::OP_FILTER,
                       Xapian::Query(Xapian::Query::OP_OR, named.begin(), named.end()),
                       Xapian::Query(Xapian::Query::OP_OR, kinds.begin(), kinds.end()));
  }
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

}  // namespace foi
