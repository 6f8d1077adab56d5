// The two forms of a word in the index (word_terms.h).
#include "foi/search/word_terms.h"

#include "foi/index/schema.h"

namespace foi {
namespace {

// Where the word starts after a stem's "Z", and whether the term is a passage's.
struct Shape {
  size_t z;  // 1 for a stem, else 0
  bool passage;
  bool text;  // a word of either kind (not a title's or a field's term)
};

Shape shape_of(const std::string& term) {
  size_t z = term.size() > 1 && term[0] == 'Z' ? 1 : 0;
  std::string_view rest = std::string_view(term).substr(z);
  bool passage = rest.substr(0, schema::kPassageTextPrefix.size()) == schema::kPassageTextPrefix;
  std::string_view word = passage ? rest.substr(schema::kPassageTextPrefix.size()) : rest;
  bool text = !word.empty() && !(word[0] >= 'A' && word[0] <= 'Z');
  return {z, passage, text};
}

}  // namespace

std::string_view words_prefix(Kind kind) {
  return kind == Kind::kPassages ? schema::kPassageTextPrefix : std::string_view();
}

std::string document_form(const std::string& term) {
  Shape s = shape_of(term);
  if (!s.text || !s.passage) return term;
  return term.substr(0, s.z) + term.substr(s.z + schema::kPassageTextPrefix.size());
}

std::string passage_form(const std::string& term) {
  Shape s = shape_of(term);
  if (!s.text || s.passage) return term;
  return term.substr(0, s.z) + std::string(schema::kPassageTextPrefix) + term.substr(s.z);
}

Xapian::doccount word_frequency(const std::function<Xapian::doccount(const std::string&)>& termfreq,
                                const std::string& term) {
  if (!shape_of(term).text) return termfreq(term);
  return termfreq(document_form(term)) + termfreq(passage_form(term));
}

Xapian::doccount word_frequency(const Xapian::Database& db, const std::string& term) {
  return word_frequency([&](const std::string& t) { return db.get_termfreq(t); }, term);
}

bool requires_words_of(const Xapian::Query& q, Kind kind) {
  using Q = Xapian::Query;
  switch (q.get_type()) {
    case Q::LEAF_TERM: {
      Shape s = shape_of(*q.get_terms_begin());
      return s.text && s.passage == (kind == Kind::kPassages);
    }
    case Q::OP_AND:
    case Q::OP_FILTER:
    case Q::OP_PHRASE:
    case Q::OP_NEAR:
      for (size_t i = 0; i < q.get_num_subqueries(); ++i)
        if (requires_words_of(q.get_subquery(i), kind)) return true;
      return false;
    case Q::OP_OR:
    case Q::OP_SYNONYM:
    case Q::OP_MAX:
      for (size_t i = 0; i < q.get_num_subqueries(); ++i)
        if (!requires_words_of(q.get_subquery(i), kind)) return false;
      return q.get_num_subqueries() > 0;
    case Q::OP_AND_NOT:
    case Q::OP_AND_MAYBE:
    case Q::OP_SCALE_WEIGHT:
      return q.get_num_subqueries() > 0 && requires_words_of(q.get_subquery(0), kind);
    default:
      return false;
  }
}

}  // namespace foi
