// Phrases over every inflection of their words, from the index's own vocabulary.
#include "foi/search/phrases.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "foi/search/word_terms.h"

namespace foi {
namespace {

std::string leaf_term(const Xapian::Query& q) {
  auto it = q.get_terms_begin();
  return it == q.get_terms_end() ? std::string() : *it;
}

bool exact(const std::string& term) { return term.compare(0, kExactMarker.size(), kExactMarker) == 0; }

// A term's field prefix (the capitals of title:'s "S") and its word.
size_t word_start(const std::string& term) {
  size_t n = 0;
  while (n < term.size() && term[n] >= 'A' && term[n] <= 'Z') ++n;
  return n;
}

// Words the indexer stems: those that begin with a letter (as Xapian's TermGenerator decides).
bool stemmed(const std::string& word) {
  if (word.empty()) return false;
  switch (Xapian::Unicode::get_category(*Xapian::Utf8Iterator(word))) {
    case Xapian::Unicode::LOWERCASE_LETTER:
    case Xapian::Unicode::TITLECASE_LETTER:
    case Xapian::Unicode::MODIFIER_LETTER:
    case Xapian::Unicode::OTHER_LETTER:
      return true;
    default:
      return false;
  }
}

// Where the index's words with stem `stem` begin: the English stemmer keeps all of a word's start but perhaps
// its stem's last letter ("deni" for deny, denies, denying; "hope" for hoping), so the stem less its last
// character; a stem of two bytes or fewer is kept whole rather than reading every word under one letter.
std::string stem_start(const std::string& stem) {
  size_t cut = stem.size() - 1;
  while (cut > 0 && (static_cast<unsigned char>(stem[cut]) & 0xC0) == 0x80) --cut;
  return cut < 2 ? stem : stem.substr(0, cut);
}

// The typed term, then the index's other terms with its field prefix and its word's stem, commonest first
// (by documents and passages alike: word_terms.h).
std::vector<std::string> forms_of(const Xapian::Database& db, const Xapian::Stem& stemmer,
                                  const std::string& term) {
  std::vector<std::string> out{term};
  size_t at = word_start(term);
  std::string word = term.substr(at);
  if (!stemmed(word)) return out;
  std::string stem = stemmer(word), start = term.substr(0, at) + stem_start(stem);
  std::vector<std::pair<Xapian::doccount, std::string>> others;
  for (auto t = db.allterms_begin(start); t != db.allterms_end(start); ++t)
    if (*t != term && stemmer((*t).substr(at)) == stem) others.emplace_back(word_frequency(db, *t), *t);
  std::sort(others.begin(), others.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  for (auto& [tf, t] : others) out.push_back(std::move(t));
  return out;
}

// Leaves out the rarest form of the word with the most forms until the wordings are few enough.
void bound_wordings(std::vector<std::vector<std::string>>& forms) {
  for (;;) {
    size_t wordings = 1;
    for (const auto& f : forms) wordings = std::min(wordings * f.size(), kMaxPhraseWordings + 1);
    if (wordings <= kMaxPhraseWordings) return;
    auto most = std::max_element(forms.begin(), forms.end(),
                                 [](const auto& a, const auto& b) { return a.size() < b.size(); });
    most->pop_back();
  }
}

// Place by place, the OR of that place's forms (a lone form as itself).
std::vector<Xapian::Query> places_of(const std::vector<std::vector<std::string>>& forms) {
  std::vector<Xapian::Query> places;
  for (const std::vector<std::string>& f : forms)
    places.push_back(f.size() == 1 ? Xapian::Query(f[0])
                                   : Xapian::Query(Xapian::Query::OP_OR, f.begin(), f.end()));
  return places;
}

// The window the query parser gave a phrase of leaf terms: its word count for a quoted phrase, N + 1 for
// "a ADJ/N b", 11 for a bare ADJ. Xapian 1.4 has no accessor for it but prints it ("(a@1 PHRASE 5 b@2)"), and
// a term holds no space.
Xapian::termcount phrase_window(const Xapian::Query& q, size_t words) {
  std::string d = q.get_description();
  size_t at = d.find(" PHRASE ");
  unsigned long window = at == std::string::npos ? 0 : std::strtoul(d.c_str() + at + 8, nullptr, 10);
  return static_cast<Xapian::termcount>(std::max<unsigned long>(window, words));
}

Xapian::Query phrase_of(const Xapian::Database& db, const std::vector<std::string>& terms,
                        Xapian::termcount window) {
  Xapian::Stem stemmer("english");
  std::vector<std::vector<std::string>> forms;
  for (const std::string& t : terms) forms.push_back(forms_of(db, stemmer, t));
  bound_wordings(forms);
  std::vector<Xapian::Query> places = places_of(forms);
  return Xapian::Query(Xapian::Query::OP_PHRASE, places.begin(), places.end(), window);
}

std::optional<Xapian::Query> rewritten(const Xapian::Database& db, const Xapian::Query& q);

// A phrase of plain terms, inflected; of exact: terms, unmarked and as typed.
std::optional<Xapian::Query> rewritten_phrase(const Xapian::Database& db, const Xapian::Query& q) {
  std::vector<std::string> terms;
  bool as_typed = false;
  for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
    Xapian::Query sub = q.get_subquery(i);
    if (sub.get_type() != Xapian::Query::LEAF_TERM) return std::nullopt;
    terms.push_back(leaf_term(sub));
    if (exact(terms.back())) {
      as_typed = true;
      terms.back().erase(0, kExactMarker.size());
    }
  }
  if (terms.empty()) return std::nullopt;
  Xapian::termcount window = phrase_window(q, terms.size());
  if (as_typed) return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), window);
  return phrase_of(db, terms, window);
}

std::optional<Xapian::Query> rewritten(const Xapian::Database& db, const Xapian::Query& q) {
  switch (q.get_type()) {
    case Xapian::Query::LEAF_TERM: {
      std::string t = leaf_term(q);
      if (!exact(t)) return std::nullopt;
      return Xapian::Query(t.substr(kExactMarker.size()));
    }
    case Xapian::Query::OP_PHRASE:
      return rewritten_phrase(db, q);
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
      break;
    default:  // a leaf, or an operator the query parser puts no phrase under
      return std::nullopt;
  }
  std::vector<Xapian::Query> subs;
  bool changed = false;
  for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
    std::optional<Xapian::Query> r = rewritten(db, q.get_subquery(i));
    changed = changed || r.has_value();
    subs.push_back(r ? *r : q.get_subquery(i));
  }
  if (!changed) return std::nullopt;
  return Xapian::Query(q.get_type(), subs.begin(), subs.end());
}

}  // namespace

Xapian::Query inflect_phrases(const Xapian::Database& db, const Xapian::Query& query) {
  std::optional<Xapian::Query> r = rewritten(db, query);
  return r ? *r : query;
}

}  // namespace foi
