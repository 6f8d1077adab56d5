// A case's path, read at query time from the reference terms: a document names a reference (XC:) that
// another is known by (XR:), and the naming document's kind says what it is to that one.
#include "foi/search/case_path.h"

#include <algorithm>
#include <deque>
#include <set>
#include <string_view>

#include "foi/base/scan.h"
#include "foi/extract/cited_decisions.h"
#include "foi/extract/decision_references.h"
#include "foi/index/index_writer.h"
#include "foi/index/schema.h"
#include "foi/search/stored_document.h"

namespace foi {
namespace {

// A relation a cited reference names (CitedReference), the kinds of document it can name, and the inverse.
// A step of the case is walked on from every document on the path; a citation ("cites", "names") is listed
// for the document asked for only, since the decisions a cited decision cites are not this case's.
struct Relation {
  std::string_view name, inverse;
  std::vector<std::string_view> targets;
  bool step = true;
};

const std::vector<Relation>& relations() {
  static const std::vector<Relation> all = {
      {kReviewOf, "reviewed in", {"response", "thread", "other"}},
      {kDecisionOn, "decided in", {"response", "internal_review", "thread", "other"}},
      {kAppealAgainst, "appealed in", {"decision_notice"}},
      {kCites, "cited in", {"tribunal_decision", "decision_notice"}, false},
      {kNames, "named in", {"tribunal_decision", "decision_notice"}, false},
  };
  return all;
}

// Relations read from no cited reference: two tribunal decisions known by one appeal number (a hearing and
// its rehearing, a decision and its set-aside), and two letters naming one ICO case, or one appeal (often a
// precedent both quote).
constexpr std::string_view kLaterInAppeal = "later decision in the same appeal";
constexpr std::string_view kEarlierInAppeal = "earlier decision in the same appeal";
constexpr std::string_view kSameAppeal = "decision in the same appeal";
constexpr std::string_view kNamesSameIcoCase = "names the same ICO case";
constexpr std::string_view kNamesSameAppeal = "names the same appeal";

const Relation* relation_named(std::string_view name) {
  for (const Relation& r : relations())
    if (r.name == name) return &r;
  return nullptr;
}

bool targets(const Relation& r, std::string_view doc_type) {
  return std::find(r.targets.begin(), r.targets.end(), doc_type) != r.targets.end();
}

// The documents (not passages) holding a term, with their records; at most kMaxPathDocuments of them, so a
// decision cited by thousands costs no more than one cited by fifty.
std::vector<Record> records_with(const Xapian::Database& db, const std::string& term) {
  std::vector<Record> out;
  for (auto p = db.postlist_begin(term); p != db.postlist_end(term) && out.size() < kMaxPathDocuments; ++p) {
    Xapian::Document doc = db.get_document(*p);
    if (doc.get_value(schema::kRoleSlot).empty()) out.push_back(stored_from(doc).record);
  }
  return out;
}

RelatedDocument related(const Record& r, std::string_view relation, const Record& via,
                        std::string reference) {
  return {r.id, r.title, r.doc_type, std::string(relation), via.id, std::move(reference), r.date, r.outcome};
}

// What tribunal decision d is to e, another known by the same appeal number: the later or the earlier.
std::string_view in_same_appeal(const Record& d, const Record& e) {
  if (!d.date || !e.date || *d.date == *e.date) return kSameAppeal;
  return *d.date > *e.date ? kLaterInAppeal : kEarlierInAppeal;
}

// The documents d names (by their own reference), with `steps_only` the steps of its case alone.
void named_by(const Xapian::Database& db, const Record& d, bool steps_only,
              std::vector<RelatedDocument>& out) {
  for (const CitedReference& c : d.cites) {
    const Relation* rel = relation_named(c.relation);
    if (!rel || (steps_only && !rel->step)) continue;
    for (const Record& e : records_with(db, reference_term(schema::kReferencePrefix, c.reference)))
      if (e.id != d.id && targets(*rel, e.doc_type)) out.push_back(related(e, rel->name, d, c.reference));
    if (rel->name != kNames) continue;
    for (const Record& e : records_with(db, reference_term(schema::kCitesPrefix, c.reference))) {
      const bool also_names = std::any_of(e.cites.begin(), e.cites.end(), [&](const CitedReference& o) {
        return o.relation == kNames && scan::iequals(o.reference, c.reference);
      });
      const std::string_view same =
          is_ico_notice_reference(c.reference) ? kNamesSameIcoCase : kNamesSameAppeal;
      if (e.id != d.id && also_names) out.push_back(related(e, same, d, c.reference));
    }
  }
}

// The documents naming d's own reference, and the tribunal decisions known by the same appeal number.
void naming(const Xapian::Database& db, const Record& d, bool steps_only, std::vector<RelatedDocument>& out) {
  if (!d.reference) return;
  if (d.doc_type == "tribunal_decision")
    for (const Record& e : records_with(db, reference_term(schema::kReferencePrefix, *d.reference)))
      if (e.id != d.id && e.doc_type == d.doc_type)
        out.push_back(related(e, in_same_appeal(d, e), d, *d.reference));
  const std::string own = reference_term(schema::kCitesPrefix, *d.reference);
  for (const Record& l : records_with(db, own)) {
    if (l.id == d.id) continue;
    for (const CitedReference& c : l.cites) {
      const Relation* rel = relation_named(c.relation);
      if (rel && (rel->step || !steps_only) && targets(*rel, d.doc_type) &&
          reference_term(schema::kCitesPrefix, c.reference) == own) {
        out.push_back(related(l, rel->inverse, d, c.reference));
        break;
      }
    }
  }
}

// The documents linked to one: those it names and those naming it. `first`: d is the document asked for.
std::vector<RelatedDocument> links_of(const Xapian::Database& db, const Record& d, bool first) {
  std::vector<RelatedDocument> out;
  named_by(db, d, !first, out);
  naming(db, d, !first, out);
  return out;
}

// Whether the link to r is a step of the case (walked on from r) or a citation (listed only).
bool is_step(std::string_view relation) {
  const Relation* rel = relation_named(relation);
  if (rel) return rel->step;
  for (const Relation& r : relations())
    if (r.inverse == relation) return r.step;
  return relation != kNamesSameIcoCase && relation != kNamesSameAppeal;
}

}  // namespace

std::vector<RelatedDocument> case_path(const Xapian::Database& db, const Record& doc) {
  std::vector<RelatedDocument> out, citations;  // citations of and by `doc` come after the case's steps
  std::set<std::string> seen = {doc.id};
  std::deque<Record> queue = {doc};
  for (bool first = true; !queue.empty() && out.size() < kMaxPathDocuments; first = false) {
    const Record d = std::move(queue.front());
    queue.pop_front();
    for (RelatedDocument& r : links_of(db, d, first)) {
      if (!is_step(r.relation)) {
        citations.push_back(std::move(r));
        continue;
      }
      if (!seen.insert(r.id).second || out.size() >= kMaxPathDocuments) continue;
      std::string term = bounded_term(schema::kIdPrefix, r.id);
      if (auto p = db.postlist_begin(term); p != db.postlist_end(term))
        queue.push_back(stored_from(db.get_document(*p)).record);
      out.push_back(std::move(r));
    }
  }
  for (RelatedDocument& r : citations)
    if (out.size() < kMaxPathDocuments && seen.insert(r.id).second) out.push_back(std::move(r));
  return out;
}

Xapian::Query went_to_filter(const Xapian::Database& db, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> parts;
  for (const std::string& value : values) {
    const Relation& rel = *relation_named(value == "ico" ? kDecisionOn : kAppealAgainst);
    const std::string prefix(value == "ico"        ? schema::kDecidesPrefix
                             : value == "tribunal" ? schema::kAppealsPrefix
                                                   : schema::kAllowedPrefix);
    // The references decided or appealed (written at index time, index_writer.cc) that a document is known
    // by: one walk of the terms, no document read.
    std::vector<Xapian::Query> named, kinds;
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
      std::string own = std::string(schema::kReferencePrefix) + (*t).substr(prefix.size());
      if (db.term_exists(own)) named.emplace_back(std::move(own));
    }
    for (std::string_view t : rel.targets) kinds.emplace_back(bounded_term(schema::kDocTypePrefix, t));
    parts.emplace_back(Xapian::Query::OP_FILTER,
                       Xapian::Query(Xapian::Query::OP_OR, named.begin(), named.end()),
                       Xapian::Query(Xapian::Query::OP_OR, kinds.begin(), kinds.end()));
  }
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

}  // namespace foi
