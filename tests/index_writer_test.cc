// IndexWriter on a real on-disk glass database: terms, values, limits, batches.
#include <doctest/doctest.h>
#include <xapian.h>

#include <map>

#include "foi/index/index_writer.h"
#include "foi/index/schema.h"
#include "test_util.h"

using foi::test::TempDir;

namespace {

foi::Record sample_record(const std::string& id) {
  foi::Record r;
  r.id = id;
  r.title = "Paedophile hunters";
  r.authority = "Avon and Somerset Constabulary";
  r.force = {"Avon and Somerset Constabulary"};
  r.exemptions = {"s31(3)", "s40(5B)(a)(i)"};
  r.offences = {"SOA 2003 s15A", "CA 2003 s127"};
  r.date = "2021-01-22";
  r.reference = "006/21";
  r.doc_type = "thread";
  return r;
}

bool has_term(const Xapian::Database& db, const std::string& term) { return db.term_exists(term); }

}  // namespace

TEST_CASE("index writer: stores facets as boolean terms (with exemption ancestors) and as value slots") {
  TempDir dir;
  {
    foi::IndexWriter w(dir.path());
    w.put(sample_record("a.txt"), {"the harm test for decoys", "text", "UTF-8"}, "sig1", "/root", "file");
    w.commit();
  }
  Xapian::Database db(dir.path());
  REQUIRE(db.get_doccount() == 1);
  for (std::string t : {"Qa.txt", "XF:Avon and Somerset Constabulary", "XE:s31(3)", "XE:s31", "XE:s40(5B)(a)(i)",
                        "XE:s40(5B)(a)", "XE:s40(5B)", "XE:s40", "XO:SOA 2003 s15A", "XO:SOA 2003",
                        "XA:Avon and Somerset Constabulary", "XY:2021", "XM:2021-01", "XT:thread", "XR:006/21",
                        "XK:/root", "decoys", "Zdecoy", "Spaedophile", "ZSpaedophil"}) {
    CAPTURE(t);
    CHECK(has_term(db, t));
  }
  CHECK_FALSE(has_term(db, "XE:s40(5)"));  // a sibling, not an ancestor
  Xapian::Document d = db.get_document(1);
  CHECK(d.get_value(foi::schema::kDateSlot) == "20210122");
  CHECK(d.get_value(foi::schema::kExemptionsSlot) == std::string("s31(3)\x1fs40(5B)(a)(i)"));
  CHECK(d.get_value(foi::schema::kOffencesSlot) == std::string("CA 2003 s127\x1fSOA 2003 s15A"));
  CHECK(d.get_value(foi::schema::kSignatureSlot) == "sig1");
}

TEST_CASE("index writer: the title outweighs the body for the same word") {
  TempDir dir;
  {
    foi::IndexWriter w(dir.path());
    foi::Record in_title = sample_record("title.txt");
    in_title.title = "Decoys";
    foi::Record in_body = sample_record("body.txt");
    in_body.title = "Something else";
    w.put(in_title, {"nothing relevant here at all", "text", "UTF-8"}, "s", "/r", "file");
    w.put(in_body, {"decoys were used", "text", "UTF-8"}, "s", "/r", "file");
    w.commit();
  }
  Xapian::Database db(dir.path());
  Xapian::Enquire enq(db);
  enq.set_query(Xapian::Query("Zdecoy"));
  Xapian::MSet m = enq.get_mset(0, 2);
  REQUIRE(m.size() == 2);
  CHECK(m.begin().get_document().get_value(foi::schema::kIdSlot) == "title.txt");
}

TEST_CASE("index writer: no term over 245 bytes reaches the database, and long values stay distinct") {
  std::string long_ref(300, 'r');
  std::string a = foi::bounded_term("XR:", long_ref + "a");
  std::string b = foi::bounded_term("XR:", long_ref + "b");
  CHECK(a.size() <= foi::schema::kMaxTermBytes);
  CHECK(a != b);
  CHECK(foi::bounded_term("XR:", "short") == "XR:short");
  // Cut on a character boundary: a string of 2-byte characters never ends in half a character.
  std::string e_acute;
  for (int i = 0; i < 200; ++i) e_acute += "\xC3\xA9";
  std::string t = foi::bounded_term("XA:", e_acute);
  CHECK(t.size() <= foi::schema::kMaxTermBytes);
  CHECK((static_cast<unsigned char>(t[t.find('#') - 1]) & 0xC0) != 0xC0);

  TempDir dir;
  foi::Record r = sample_record(std::string(260, 'i') + ".txt");
  r.reference = long_ref;
  r.authority = std::string(400, 'A');
  {
    foi::IndexWriter w(dir.path());
    w.put(r, {"word " + std::string(300, 'x') + " other", "text", "UTF-8"}, "s", std::string(300, '/'), "file");
    w.commit();
    CHECK(w.signature_of(r.id) == "s");
  }
  Xapian::Database db(dir.path());
  CHECK(db.get_doccount() == 1);
  for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it) CHECK((*it).size() <= foi::schema::kMaxTermBytes);
  CHECK(db.term_exists("other"));
}

TEST_CASE("index writer: a batch is committed whole, an empty commit writes nothing, an unfinished one is dropped") {
  TempDir dir;
  {
    foi::IndexWriter w(dir.path());
    w.put(sample_record("one.txt"), {"one", "text", "UTF-8"}, "s", "/r", "file");
    CHECK(w.pending() == 1);
    w.commit();
    CHECK(w.pending() == 0);
  }
  Xapian::rev rev = Xapian::Database(dir.path()).get_revision();
  {
    foi::IndexWriter w(dir.path());
    w.commit();  // nothing pending
  }
  CHECK(Xapian::Database(dir.path()).get_revision() == rev);
  {
    foi::IndexWriter w(dir.path());
    w.put(sample_record("two.txt"), {"two", "text", "UTF-8"}, "s", "/r", "file");
    w.remove("one.txt");
  }  // destroyed without commit
  Xapian::Database db(dir.path());
  CHECK(db.get_revision() == rev);
  CHECK(db.get_doccount() == 1);
  CHECK(db.term_exists("Qone.txt"));
}

TEST_CASE("index writer: finds signatures and ids by root, replaces and removes by id") {
  TempDir dir;
  foi::IndexWriter w(dir.path());
  w.put(sample_record("a.txt"), {"a", "text", "UTF-8"}, "sa", "/r1", "file");
  w.put(sample_record("b.txt"), {"b", "text", "UTF-8"}, "sb", "/r2", "file");
  w.commit();
  CHECK(w.signature_of("a.txt") == "sa");
  CHECK_FALSE(w.signature_of("c.txt"));
  CHECK(w.ids_under_root("/r1") == std::vector<std::string>{"a.txt"});
  w.put(sample_record("a.txt"), {"a2", "text", "UTF-8"}, "sa2", "/r1", "file");
  w.commit();
  CHECK(w.doc_count() == 2);
  CHECK(w.signature_of("a.txt") == "sa2");
  w.remove("a.txt");
  w.commit();
  CHECK(w.doc_count() == 1);
}

TEST_CASE("index writer: a second writer on the same database is refused with IndexLocked") {
  TempDir dir;
  foi::IndexWriter first(dir.path());
  CHECK_THROWS_WITH_AS(foi::IndexWriter(dir.path()), "index is locked by another indexer", foi::IndexLocked);
}

TEST_CASE("index writer: entries made off the writer's thread give the spelling data TermGenerator writes, less numbers") {
  struct Doc {
    std::string title, text;
  };
  const Doc docs[] = {{"Decoys and decoy use", "Decoys were used; the decoy was a decoy. Über naïve café."},
                      {"Paedophile hunters", "Hunters, decoys and the police: 2021 figures, s31(3)."},
                      {"", "decoy " + std::string(70, 'x') + " words longer than Xapian's 64 bytes are skipped"}};
  TempDir ours, reference;
  {
    foi::IndexWriter w(ours.path());
    int i = 0;
    for (const Doc& d : docs) {
      foi::Record r = sample_record(std::to_string(i++) + ".txt");
      r.title = d.title;
      w.put(foi::IndexEntry(r, {d.text, "text", "UTF-8"}, "s", "/r", "file"));
    }
    w.commit();
    Xapian::WritableDatabase db(reference.path(), Xapian::DB_CREATE);
    for (const Doc& d : docs) {
      Xapian::Document doc;
      Xapian::TermGenerator tg;  // as the indexer once did: spelling written while tokenising
      tg.set_database(db);
      tg.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
      tg.set_stemmer(Xapian::Stem("english"));
      tg.set_document(doc);
      tg.index_text(d.title, 1, "S");
      tg.index_text(d.title, 5);
      tg.increase_termpos();
      tg.index_text(d.text);
      db.add_document(doc);
    }
    db.commit();
  }
  Xapian::Database a(ours.path()), b(reference.path());
  std::vector<std::pair<std::string, Xapian::doccount>> words_a, words_b;
  for (auto t = a.spellings_begin(); t != a.spellings_end(); ++t) words_a.emplace_back(*t, t.get_termfreq());
  auto has_digit = [](const std::string& w) { return w.find_first_of("0123456789") != std::string::npos; };
  for (auto t = b.spellings_begin(); t != b.spellings_end(); ++t)
    if (!has_digit(*t)) words_b.emplace_back(*t, t.get_termfreq());  // never a suggestion
  CHECK(words_a == words_b);
  CHECK(b.get_spelling_suggestion("2022") == "2021");  // TermGenerator keeps numbers; the indexer does not
  CHECK(a.get_spelling_suggestion("2022").empty());
  std::map<std::string, Xapian::doccount> freq(words_a.begin(), words_a.end());
  CHECK(freq["decoy"] == 4);  // a title word counts once, not by its title weight
  CHECK(freq.count(std::string(70, 'x')) == 0);
  CHECK(a.get_spelling_suggestion("decoi") == "decoy");
}
