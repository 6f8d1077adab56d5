// boolean_docids against the documents each query should match (worked out from how the documents were made)
// and against Xapian's own matcher, on one glass database and on two shards opened as one.
#include "foi/search/boolean_docids.h"

#include <doctest/doctest.h>

#include <functional>

#include "foi/search/word_terms.h"
#include "test_util.h"

namespace {

using Q = Xapian::Query;

constexpr unsigned kDocs = 420;

// Document n (1-based, as its docid in one database) holds "a" when n is even, "b" when n is a multiple of 3,
// "c" of 5, the filter term "XF:x" of 7, and "rare" only when n is 17; "a" and "b" sit side by side when both
// are there.
Xapian::Document make_doc(unsigned n) {
  Xapian::Document d;
  Xapian::termpos pos = 1;
  if (n % 2 == 0) d.add_posting("a", pos++);
  if (n % 3 == 0) d.add_posting("b", pos++);
  if (n % 5 == 0) d.add_posting("c", pos++);
  if (n == 17) d.add_posting("rare", pos++);
  if (n % 7 == 0) d.add_boolean_term("XF:x");
  d.add_value(0, std::to_string(1000 + n));
  d.add_term("Qdoc" + std::to_string(n));
  return d;
}

// Docid -> document number: one database holds them in order; two shards opened together interleave theirs.
struct Index {
  foi::test::TempDir dir;
  Xapian::Database one, two;
  std::vector<unsigned> number_in_two;  // by docid of `two`
  Index() {
    Xapian::WritableDatabase w(dir / "one", Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
    Xapian::WritableDatabase s1(dir / "s1", Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
    Xapian::WritableDatabase s2(dir / "s2", Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
    for (unsigned n = 1; n <= kDocs; ++n) {
      w.add_document(make_doc(n));
      (n <= kDocs / 3 ? s1 : s2).add_document(make_doc(n));  // uneven shards
    }
    w.commit();
    s1.commit();
    s2.commit();
    one = Xapian::Database(dir / "one");
    two = Xapian::Database(dir / "s1");
    two.add_database(Xapian::Database(dir / "s2"));
    number_in_two.assign(two.get_lastdocid() + 1, 0);
    for (auto p = two.postlist_begin(""); p != two.postlist_end(""); ++p)
      number_in_two[*p] = static_cast<unsigned>(std::stoul(two.get_document(*p).get_value(0))) - 1000;
  }
};

std::vector<Xapian::docid> by_matcher(const Xapian::Database& db, const Q& q) {
  Xapian::Enquire e(db);
  e.set_query(q);
  e.set_weighting_scheme(Xapian::BoolWeight());
  Xapian::MSet m = e.get_mset(0, db.get_doccount());
  std::vector<Xapian::docid> ids(m.begin(), m.end());
  std::sort(ids.begin(), ids.end());
  return ids;
}

Q and_of(const std::vector<Q>& subs) { return Q(Q::OP_AND, subs.begin(), subs.end()); }

struct Row {
  const char* what;
  Q query;
  std::function<bool(unsigned)> matches;  // by document number
};

}  // namespace

TEST_CASE("boolean_docids: the documents each boolean shape matches, as Xapian's matcher finds them") {
  Index index;
  Q a("a"), b("b"), c("c"), x("XF:x"), rare("rare"), gone("absent");
  const Row rows[] = {
      {"a term", a, [](unsigned n) { return n % 2 == 0; }},
      {"a term no document has", gone, [](unsigned) { return false; }},
      {"match all", Q(std::string()), [](unsigned) { return true; }},
      {"match nothing", Q(), [](unsigned) { return false; }},
      {"AND", Q(Q::OP_AND, a, b), [](unsigned n) { return n % 6 == 0; }},
      {"AND with an absent term", Q(Q::OP_AND, a, gone), [](unsigned) { return false; }},
      {"OR", Q(Q::OP_OR, a, c), [](unsigned n) { return n % 2 == 0 || n % 5 == 0; }},
      {"OR with an absent term", Q(Q::OP_OR, gone, rare), [](unsigned n) { return n == 17; }},
      {"AND_NOT a term", Q(Q::OP_AND_NOT, a, b), [](unsigned n) { return n % 2 == 0 && n % 3 != 0; }},
      {"AND_NOT an OR", Q(Q::OP_AND_NOT, a, Q(Q::OP_OR, b, c)),
       [](unsigned n) { return n % 2 == 0 && n % 3 != 0 && n % 5 != 0; }},
      {"FILTER by a boolean term", Q(Q::OP_FILTER, Q(Q::OP_OR, a, b), x),
       [](unsigned n) { return (n % 2 == 0 || n % 3 == 0) && n % 7 == 0; }},
      {"FILTER of match all", Q(Q::OP_FILTER, Q(std::string()), c), [](unsigned n) { return n % 5 == 0; }},
      {"AND_MAYBE matches its first side", Q(Q::OP_AND_MAYBE, c, a), [](unsigned n) { return n % 5 == 0; }},
      {"SCALE_WEIGHT", Q(Q::OP_SCALE_WEIGHT, Q(Q::OP_AND, b, c), 2.5),
       [](unsigned n) { return n % 15 == 0; }},
      {"SCALE_WEIGHT by 0", Q(Q::OP_SCALE_WEIGHT, rare, 0.0), [](unsigned n) { return n == 17; }},
      {"SYNONYM", Q(Q::OP_SYNONYM, b, c), [](unsigned n) { return n % 3 == 0 || n % 5 == 0; }},
      {"MAX", Q(Q::OP_MAX, rare, x), [](unsigned n) { return n == 17 || n % 7 == 0; }},
      {"three-way AND of a set and two terms", and_of({Q(Q::OP_OR, b, rare), a, c}),
       [](unsigned n) { return n % 30 == 0; }},
      {"nested",
       Q(Q::OP_FILTER, Q(Q::OP_OR, Q(Q::OP_AND, a, b), Q(Q::OP_AND_NOT, c, a)), Q(Q::OP_OR, x, rare)),
       [](unsigned n) { return ((n % 6 == 0) || (n % 5 == 0 && n % 2 != 0)) && (n % 7 == 0 || n == 17); }},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    for (const Xapian::Database* db : {&index.one, &index.two}) {
      bool sharded = db == &index.two;
      CAPTURE(sharded);
      std::optional<std::vector<Xapian::docid>> got = foi::boolean_docids(*db, row.query);
      REQUIRE(got);
      CHECK(*got == by_matcher(*db, row.query));
      std::vector<unsigned> numbers;
      for (Xapian::docid id : *got) numbers.push_back(sharded ? index.number_in_two[id] : id);
      std::sort(numbers.begin(), numbers.end());
      std::vector<unsigned> want;
      for (unsigned n = 1; n <= kDocs; ++n)
        if (row.matches(n)) want.push_back(n);
      CHECK(numbers == want);
    }
  }
}

TEST_CASE("boolean_docids: a query that needs positions, values or expansion is left to the matcher") {
  Index index;
  Q a("a"), b("b");
  const Q rows[] = {
      Q(Q::OP_PHRASE, a, b),
      Q(Q::OP_NEAR, a, b),
      Q(Q::OP_VALUE_RANGE, 0, "1001", "1100"),
      Q(Q::OP_VALUE_GE, 0, "1200"),
      Q(Q::OP_WILDCARD, "ra"),
      Q(Q::OP_AND, a, Q(Q::OP_PHRASE, a, b)),  // anywhere in the tree
      Q(Q::OP_FILTER, a, Q(Q::OP_VALUE_LE, 0, "1100")),
  };
  for (const Q& q : rows) {
    CAPTURE(q.get_description());
    CHECK_FALSE(foi::boolean_docids(index.one, q));
  }
}

TEST_CASE("requires_words_of: a query whose every match holds a word of the kind needs no kind filter") {
  using foi::Kind;
  Q doc_word("example"), doc_stem("Zexampl"), passage_word("Pexample"), passage_stem("ZPexampl");
  Q force("XF:kent police"), title("Sexample"), kind("XD:document");
  struct Case {
    const char* what;
    Q query;
    bool documents, passages;
  } cases[] = {
      {"a document's word", doc_word, true, false},
      {"a document's stem", doc_stem, true, false},
      {"a passage's word", passage_word, false, true},
      {"a passage's stem", passage_stem, false, true},
      {"a filter term", force, false, false},
      {"a title's word: a field's term, not text", title, false, false},
      {"match all", Q(std::string()), false, false},
      {"AND of a word and a filter", Q(Q::OP_AND, force, doc_stem), true, false},
      {"FILTER of a filter by a word", Q(Q::OP_FILTER, force, passage_word), false, true},
      {"phrase", Q(Q::OP_PHRASE, doc_word, Q("of")), true, false},
      {"OR of words", Q(Q::OP_OR, doc_word, doc_stem), true, false},
      {"OR of a word and a filter term", Q(Q::OP_OR, doc_word, force), false, false},
      {"OR of the two kinds' words", Q(Q::OP_OR, doc_word, passage_word), false, false},
      {"AND_NOT a word", Q(Q::OP_AND_NOT, kind, doc_word), false, false},
      {"a word AND_NOT a filter", Q(Q::OP_AND_NOT, doc_word, force), true, false},
      {"AND_MAYBE a word", Q(Q::OP_AND_MAYBE, force, doc_word), false, false},
      {"scaled", Q(Q::OP_SCALE_WEIGHT, passage_stem, 0.5), false, true},
      {"a wildcard", Q(Q::OP_WILDCARD, "exam"), false, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    CHECK(foi::requires_words_of(c.query, Kind::kDocuments) == c.documents);
    CHECK(foi::requires_words_of(c.query, Kind::kPassages) == c.passages);
  }
}
