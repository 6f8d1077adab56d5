// Pages by offset or by keyset. Sort keys end with the document id and relevance ties are broken by id, so
// "after the last result" is one well-defined place in a total order.
#include "foi/search/paging.h"

#include <algorithm>

#include "foi/index/index_writer.h"
#include "foi/index/schema.h"

namespace foi {
namespace {

using Weighted = std::pair<double, Xapian::docid>;

[[noreturn]] void stale(const std::string& id) {
  throw RequestError("stale_cursor", "the cursor's last result (" + id + ") is gone: start the walk again");
}

Xapian::Document document_by_id(const Xapian::Database& db, const std::string& id) {
  std::string term = bounded_term(schema::kIdPrefix, id);
  Xapian::PostingIterator p = db.postlist_begin(term);
  if (p == db.postlist_end(term)) stale(id);
  return db.get_document(*p);
}

// Every match's weight, as the matcher computes it for ranking (no page kept: a heap of 0).
class WeightSpy : public Xapian::MatchSpy {
 public:
  explicit WeightSpy(std::vector<Weighted>& out) : out_(out) {}
  void operator()(const Xapian::Document& doc, double wt) override { out_.emplace_back(wt, doc.get_docid()); }

 private:
  std::vector<Weighted>& out_;
};

std::vector<Weighted> match_weights(const Xapian::Database& db, const Xapian::Query& query, double time_limit) {
  std::vector<Weighted> all;
  Xapian::Enquire e(db);
  e.set_query(query);
  if (time_limit > 0) e.set_time_limit(time_limit);
  WeightSpy spy(all);
  e.add_matchspy(&spy);
  e.get_mset(0, 0, db.get_doccount());
  return all;
}

// Relevance after (weight of the last result, its id): one weighted pass, then the best `size` of what follows
// it, ties by id as set_sort_by_relevance_then_value(kIdSlot) orders them. Ids are read only where weights tie.
Page relevance_after(const Xapian::Database& db, const Xapian::Query& query, const PageRequest& p, double limit) {
  Xapian::docid last = document_by_id(db, p.after_id).get_docid();
  std::vector<Weighted> all = match_weights(db, query, limit);
  auto at = std::find_if(all.begin(), all.end(), [&](const Weighted& w) { return w.second == last; });
  if (at == all.end()) stale(p.after_id);
  double w_last = at->first;
  auto id_of = [&](Xapian::docid d) { return db.get_document(d).get_value(schema::kIdSlot); };
  std::vector<Weighted> after;
  for (const Weighted& w : all)
    if (w.first < w_last || (w.first == w_last && w.second != last && id_of(w.second) > p.after_id))
      after.push_back(w);
  auto heavier = [](const Weighted& a, const Weighted& b) { return a.first > b.first; };
  if (after.size() > p.size) {  // keep the best `size`, and everything tied with the last of them
    std::nth_element(after.begin(), after.begin() + (p.size - 1), after.end(), heavier);
    double cut = after[p.size - 1].first;
    after.erase(std::remove_if(after.begin(), after.end(), [&](const Weighted& w) { return w.first < cut; }),
                after.end());
  }
  std::vector<std::pair<Weighted, std::string>> ranked;
  for (const Weighted& w : after) ranked.push_back({w, id_of(w.second)});
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first.first != b.first.first ? a.first.first > b.first.first : a.second < b.second;
  });
  Page page;
  for (size_t i = 0; i < ranked.size() && i < p.size; ++i) page.docs.push_back(db.get_document(ranked[i].first.second));
  return page;
}

// Date orders after the last result's sort key: keys end with the id, so they are unique and a value range
// (minus the last result itself) is exactly "what follows".
Page date_after(Xapian::Enquire& enquire, const Xapian::Database& db, const Xapian::Query& query,
                const PageRequest& p) {
  bool newest = p.order == SortOrder::kNewest;
  Xapian::valueno slot = newest ? schema::kNewestSlot : schema::kOldestSlot;
  std::string key = document_by_id(db, p.after_id).get_value(slot);
  Xapian::Query range(newest ? Xapian::Query::OP_VALUE_LE : Xapian::Query::OP_VALUE_GE, slot, key);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query(Xapian::Query::OP_FILTER, query, range),
                                  Xapian::Query(bounded_term(schema::kIdPrefix, p.after_id))));
  Page page;
  page.mset = enquire.get_mset(0, p.size);
  for (auto it = page.mset->begin(); it != page.mset->end(); ++it) page.docs.push_back(it.get_document());
  return page;
}

}  // namespace

Page fetch_page(Xapian::Enquire& enquire, const Xapian::Database& db, const Xapian::Query& query,
                const PageRequest& p, double time_limit_seconds) {
  if (!p.after_id.empty() && !p.collapse) {
    if (p.order != SortOrder::kRelevance) return date_after(enquire, db, query, p);
    if (p.weights_local) return relevance_after(db, query, p, time_limit_seconds);
  }
  Xapian::doccount n = db.get_doccount();
  // Past every document nothing is left to skip: the offset is bounded, so Xapian never keeps a deeper heap.
  Xapian::doccount first = static_cast<Xapian::doccount>(std::min<uint64_t>(p.first, n));
  Page page;
  page.mset = enquire.get_mset(first, p.size, p.collapse ? n : 0);
  for (auto it = page.mset->begin(); it != page.mset->end(); ++it) page.docs.push_back(it.get_document());
  return page;
}

Xapian::doccount collapsed_total(const Xapian::Database& db, const Xapian::Query& query,
                                 const Xapian::MSet& page, Xapian::valueno collapse_slot,
                                 double time_limit_seconds) {
  if (page.get_matches_lower_bound() == page.get_matches_upper_bound()) return page.get_matches_lower_bound();
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_collapse_key(collapse_slot);
  enquire.set_time_limit(time_limit_seconds);
  return enquire.get_mset(0, db.get_doccount()).size();
}

}  // namespace foi
