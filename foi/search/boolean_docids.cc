// Boolean docid sets from posting lists.
#include "foi/search/boolean_docids.h"

#include <algorithm>
#include <memory>
#include <string>

namespace foi {
namespace {

using Ids = std::vector<Xapian::docid>;
using Q = Xapian::Query;

std::string term_of(const Q& q) { return *q.get_terms_begin(); }

bool supported(const Q& q) {
  switch (q.get_type()) {
    case Q::LEAF_TERM:
    case Q::LEAF_MATCH_ALL:
    case Q::LEAF_MATCH_NOTHING:
      return true;
    case Q::OP_AND:
    case Q::OP_FILTER:
    case Q::OP_OR:
    case Q::OP_SYNONYM:
    case Q::OP_MAX:
    case Q::OP_AND_NOT:
    case Q::OP_AND_MAYBE:
    case Q::OP_SCALE_WEIGHT:
      for (size_t i = 0; i < q.get_num_subqueries(); ++i)
        if (!supported(q.get_subquery(i))) return false;
      return true;
    default:
      return false;
  }
}

Ids postings(const Xapian::Database& db, const std::string& term) {
  Ids out;
  out.reserve(term.empty() ? db.get_doccount() : db.get_termfreq(term));
  for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) out.push_back(*p);
  return out;
}

// At most how many documents `q` matches, to choose which operand of an AND drives it.
Xapian::doccount estimate(const Xapian::Database& db, const Q& q) {
  switch (q.get_type()) {
    case Q::LEAF_TERM:
      return db.get_termfreq(term_of(q));
    case Q::LEAF_MATCH_ALL:
      return db.get_doccount();
    case Q::OP_AND:
    case Q::OP_FILTER: {
      Xapian::doccount least = db.get_doccount();
      for (size_t i = 0; i < q.get_num_subqueries(); ++i)
        least = std::min(least, estimate(db, q.get_subquery(i)));
      return least;
    }
    case Q::OP_OR:
    case Q::OP_SYNONYM:
    case Q::OP_MAX: {
      Xapian::doccount sum = 0;
      for (size_t i = 0; i < q.get_num_subqueries(); ++i) sum += estimate(db, q.get_subquery(i));
      return std::min(sum, db.get_doccount());
    }
    case Q::OP_AND_NOT:
    case Q::OP_AND_MAYBE:
    case Q::OP_SCALE_WEIGHT:
      return estimate(db, q.get_subquery(0));
    default:
      return 0;
  }
}

// Whether a document matches, asked of ascending docids: terms answer by skip_to along their postings, so a
// big operand of an AND costs what its small one matches, not what it matches itself.
class Check {
 public:
  virtual ~Check() = default;
  virtual bool has(Xapian::docid id) = 0;
};

std::unique_ptr<Check> make_check(const Xapian::Database& db, const Q& q);

class TermCheck : public Check {
 public:
  TermCheck(const Xapian::Database& db, const std::string& term)
      : p_(db.postlist_begin(term)), end_(db.postlist_end(term)) {}
  bool has(Xapian::docid id) override {
    if (p_ != end_ && *p_ < id) p_.skip_to(id);
    return p_ != end_ && *p_ == id;
  }

 private:
  Xapian::PostingIterator p_, end_;
};

class ConstantCheck : public Check {
 public:
  explicit ConstantCheck(bool answer) : answer_(answer) {}
  bool has(Xapian::docid) override { return answer_; }

 private:
  bool answer_;
};

// AND (every one), OR (any one) and AND_NOT (the first and none of the others).
class ManyCheck : public Check {
 public:
  enum Mode { kAll, kAny, kFirstOnly };
  ManyCheck(const Xapian::Database& db, const Q& q, Mode mode) : mode_(mode) {
    for (size_t i = 0; i < q.get_num_subqueries(); ++i) subs_.push_back(make_check(db, q.get_subquery(i)));
  }
  bool has(Xapian::docid id) override {
    if (mode_ == kFirstOnly) {
      if (!subs_[0]->has(id)) return false;
      for (size_t i = 1; i < subs_.size(); ++i)
        if (subs_[i]->has(id)) return false;
      return true;
    }
    for (const auto& s : subs_)
      if (s->has(id) != (mode_ == kAll)) return mode_ != kAll;
    return mode_ == kAll;
  }

 private:
  Mode mode_;
  std::vector<std::unique_ptr<Check>> subs_;
};

std::unique_ptr<Check> make_check(const Xapian::Database& db, const Q& q) {
  switch (q.get_type()) {
    case Q::LEAF_TERM:
      return std::make_unique<TermCheck>(db, term_of(q));
    case Q::LEAF_MATCH_ALL:
      return std::make_unique<ConstantCheck>(true);
    case Q::OP_AND:
    case Q::OP_FILTER:
      return std::make_unique<ManyCheck>(db, q, ManyCheck::kAll);
    case Q::OP_OR:
    case Q::OP_SYNONYM:
    case Q::OP_MAX:
      return std::make_unique<ManyCheck>(db, q, ManyCheck::kAny);
    case Q::OP_AND_NOT:
      return std::make_unique<ManyCheck>(db, q, ManyCheck::kFirstOnly);
    case Q::OP_AND_MAYBE:
    case Q::OP_SCALE_WEIGHT:
      return make_check(db, q.get_subquery(0));
    default:
      return std::make_unique<ConstantCheck>(false);
  }
}

// The ids of `ids` for which every check (keep) or none (!keep) answers yes.
Ids sieve(const Ids& ids, const std::vector<std::unique_ptr<Check>>& checks, bool keep) {
  Ids out;
  out.reserve(ids.size());
  for (Xapian::docid id : ids) {
    auto has = [id](const std::unique_ptr<Check>& c) { return c->has(id); };
    if (keep ? std::all_of(checks.begin(), checks.end(), has)
             : std::none_of(checks.begin(), checks.end(), has))
      out.push_back(id);
  }
  return out;
}

Ids evaluate(const Xapian::Database& db, const Q& q);

// The operands of nested ANDs and FILTERs, as one list (match-all left out: it narrows nothing).
void conjuncts(const Q& q, std::vector<Q>& out) {
  for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
    Q sub = q.get_subquery(i);
    Q::op type = sub.get_type();
    if (type == Q::OP_AND || type == Q::OP_FILTER)
      conjuncts(sub, out);
    else if (type != Q::LEAF_MATCH_ALL)
      out.push_back(sub);
  }
}

// AND and FILTER: the operand that matches least read whole, the others asked of each of its documents,
// the most selective first.
Ids all_of(const Xapian::Database& db, const Q& q) {
  std::vector<std::pair<Xapian::doccount, Q>> ops;
  std::vector<Q> subs;
  conjuncts(q, subs);
  if (subs.empty()) return postings(db, "");
  for (const Q& sub : subs) ops.emplace_back(estimate(db, sub), sub);
  std::stable_sort(ops.begin(), ops.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::unique_ptr<Check>> checks;
  for (size_t i = 1; i < ops.size(); ++i) checks.push_back(make_check(db, ops[i].second));
  return sieve(evaluate(db, ops[0].second), checks, true);
}

Ids any_of(const Xapian::Database& db, const Q& q) {
  Ids ids;
  for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
    Ids sub = evaluate(db, q.get_subquery(i));
    ids.insert(ids.end(), sub.begin(), sub.end());
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

Ids but_not(const Xapian::Database& db, const Q& q) {
  std::vector<std::unique_ptr<Check>> checks;
  for (size_t i = 1; i < q.get_num_subqueries(); ++i) checks.push_back(make_check(db, q.get_subquery(i)));
  return sieve(evaluate(db, q.get_subquery(0)), checks, false);
}

Ids evaluate(const Xapian::Database& db, const Q& q) {
  switch (q.get_type()) {
    case Q::LEAF_TERM:
      return postings(db, term_of(q));
    case Q::LEAF_MATCH_ALL:
      return postings(db, "");
    case Q::OP_AND:
    case Q::OP_FILTER:
      return all_of(db, q);
    case Q::OP_OR:
    case Q::OP_SYNONYM:
    case Q::OP_MAX:
      return any_of(db, q);
    case Q::OP_AND_NOT:
      return but_not(db, q);
    case Q::OP_AND_MAYBE:  // the optional side only weighs
    case Q::OP_SCALE_WEIGHT:
      return evaluate(db, q.get_subquery(0));
    default:  // LEAF_MATCH_NOTHING (supported() lets no other type through)
      return {};
  }
}

}  // namespace

std::optional<std::vector<Xapian::docid>> boolean_docids(const Xapian::Database& db,
                                                         const Xapian::Query& query) {
  if (!supported(query)) return std::nullopt;
  return evaluate(db, query);
}

}  // namespace foi
