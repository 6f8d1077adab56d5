// Precedents over real HTTP on a real index: /api/passages, /api/similar, /api/cluster, a document's passages.
#include <doctest/doctest.h>
#include <xapian.h>

#include <set>

#include "foi/index/indexer.h"
#include "searchd_fixture.h"

using foi::test::counts_of;

namespace {

foi::test::FixtureIndex& fixture() {
  static foi::test::FixtureIndex f;
  return f;
}

const char* kAvon = "Avon and Somerset Constabulary";
const char* kEssex = "Essex Police";

std::set<std::string> authorities_of(const nlohmann::json& rows) {
  std::set<std::string> out;
  for (const auto& p : rows) out.insert(p.at("document").at("authority").get<std::string>());
  return out;
}

// The passage of an authority whose text starts with `start`, from a /api/passages answer.
nlohmann::json passage_starting(const nlohmann::json& answer, const std::string& authority, const std::string& start) {
  for (const auto& p : answer.at("passages"))
    if (p.at("document").at("authority") == authority && p.at("text").get<std::string>().rfind(start, 0) == 0) return p;
  return nullptr;
}

}  // namespace

TEST_CASE("api passages: the s31(3) harm paragraphs Avon and Somerset and Essex share come back as one cluster") {
  foi::test::Searchd sd(fixture().db);
  nlohmann::json j = sd.json("/api/passages?exemption=s31(3)&role=harm");
  REQUIRE(j.at("total") > 0);
  CHECK(j.at("total") == j.at("passages").size());
  for (const auto& p : j.at("passages")) {
    CHECK(p.at("role") == "harm");
    std::vector<std::string> ex = p.at("exemptions");
    CHECK(std::find(ex.begin(), ex.end(), "s31(3)") != ex.end());
  }
  nlohmann::json avon = passage_starting(j, kAvon, "As you may be aware, disclosure under FOIA");
  nlohmann::json essex = passage_starting(j, kEssex, "As you may be aware, disclosure under FOIA");
  REQUIRE(avon.is_object());
  REQUIRE(essex.is_object());
  CHECK(avon.at("cluster").at("id") == essex.at("cluster").at("id"));
  CHECK(avon.at("cluster").at("authorities") == 2);
  CHECK(avon.at("heading") == "Harm");
  CHECK(avon.at("document").at("id") == "000_7c431f6c32de453a.txt");
  // multi-select: the role facet ignores the role filter and keeps the exemption filter
  std::map<std::string, int> roles = counts_of(j, "role");
  CHECK(roles.at("harm") == j.at("total"));
  CHECK(roles.count("balance") == 1);
  nlohmann::json balance = sd.json("/api/passages?exemption=s31(3)&role=balance");
  CHECK(balance.at("total") == roles.at("balance"));
  // a query within passages, highlighted
  nlohmann::json q = sd.json("/api/passages?q=vulnerability&role=harm");
  REQUIRE(q.at("total") >= 2);
  CHECK(q.at("passages")[0].at("snippet").get<std::string>().find("<mark>vulnerability</mark>") != std::string::npos);
}

TEST_CASE("api passages: collapse=cluster gives one row per cluster; the s23(5) NCND paragraph spans four forces") {
  foi::test::Searchd sd(fixture().db);
  nlohmann::json all = sd.json("/api/passages?exemption=s23(5)&role=ncnd");
  nlohmann::json rows = sd.json("/api/passages?exemption=s23(5)&role=ncnd&collapse=cluster");
  CHECK(rows.at("collapse") == "cluster");
  CHECK(rows.at("total") < all.at("total"));
  std::set<std::string> clusters;
  nlohmann::json security;
  for (const auto& p : rows.at("passages")) {
    CHECK(clusters.insert(p.at("cluster").at("id").get<std::string>()).second);  // one row each
    if (p.at("text").get<std::string>().find("generic bar on disclosure") != std::string::npos) security = p;
  }
  REQUIRE(security.is_object());
  CHECK(security.at("cluster").at("authorities") == 4);
  CHECK(security.at("cluster").at("size") == 4);
  CHECK(security.at("cluster").at("first") == "2021-01-04");
  CHECK(security.at("cluster").at("last") == "2021-01-22");

  nlohmann::json c = sd.json("/api/cluster?id=" + security.at("cluster").at("id").get<std::string>());
  REQUIRE(c.at("members").size() == 4);
  CHECK(authorities_of(c.at("members")) ==
        std::set<std::string>{kAvon, "West Mercia Police", kEssex, "West Midlands Police"});
  CHECK(c.at("members")[0].at("id") == c.at("cluster").at("central"));
  for (const auto& op : c.at("members")[0].at("diff")) CHECK(op.at("op") == "same");
  bool changed = false;
  for (const auto& m : c.at("members"))
    for (const auto& op : m.at("diff")) changed = changed || op.at("op") != "same";
  CHECK(changed);
  nlohmann::json two = sd.json("/api/cluster?id=" + security.at("cluster").at("id").get<std::string>() + "&size=2");
  CHECK(two.at("members").size() == 2);
  CHECK(two.at("cluster").at("size") == 4);
}

TEST_CASE("api passages: similar wording from other documents, by passage and by pasted text") {
  foi::test::Searchd sd(fixture().db);
  nlohmann::json avon = sd.json("/api/passages?q=%22generic%20bar%20on%20disclosure%22&authority=Avon%20and%20Somerset%20Constabulary");
  REQUIRE(avon.at("passages").size() == 1);
  std::string id = avon.at("passages")[0].at("id");
  std::string escaped = id;
  escaped.replace(escaped.find('#'), 1, "%23");
  nlohmann::json similar = sd.json("/api/similar?passage=" + escaped);
  REQUIRE(similar.at("passages").size() >= 3);
  std::set<std::string> top3;
  double previous = 1.0;
  for (size_t i = 0; i < similar.at("passages").size(); ++i) {
    const auto& p = similar.at("passages")[i];
    CHECK(p.at("document").at("authority") != kAvon);  // other documents only
    double s = p.at("similarity");
    CHECK(s > 0);
    CHECK(s <= previous);
    previous = s;
    if (i < 3) top3.insert(p.at("document").at("authority").get<std::string>());
  }
  CHECK(top3 == std::set<std::string>{"West Mercia Police", kEssex, "West Midlands Police"});

  nlohmann::json pasted = sd.json(
      "/api/similar?text=Confirming%20or%20denying%20whether%20information%20is%20held%20would%20contravene%20the%20"
      "constrictions%20laid%20out%20within%20Section%2023%20of%20the%20Freedom%20of%20Information%20Act%202000");
  REQUIRE(pasted.at("passages").size() >= 4);
  CHECK(authorities_of(pasted.at("passages")).count(kAvon) == 1);
  CHECK(pasted.at("passages")[0].at("cluster").at("authorities") == 4);
}

TEST_CASE("api passages: a document lists its passages; searches and counts stay about documents") {
  foi::test::Searchd sd(fixture().db);
  nlohmann::json doc = sd.json("/api/doc?id=000_7c431f6c32de453a.txt");
  REQUIRE(doc.at("passages").size() > 10);
  std::string text = doc.at("text");
  size_t previous = 0;
  for (const auto& p : doc.at("passages")) {
    size_t offset = p.at("offset"), length = p.at("length");
    CHECK(offset >= previous);
    previous = offset;
    REQUIRE(offset + length <= text.size());
    std::string body = p.at("text"), heading = p.at("heading");
    std::string first_words = (heading.empty() ? body : heading).substr(0, 12);
    CHECK(text.substr(offset, length).find(first_words) != std::string::npos);
  }
  nlohmann::json health = sd.json("/healthz");
  CHECK(health.at("passages") > 0);
  nlohmann::json everything = sd.json("/api/search");
  CHECK(everything.at("total") == health.at("docs"));
  CHECK(sd.json("/api/facets").at("facets").count("role") == 0);
  sd.json("/api/doc?id=" + std::string("000_7c431f6c32de453a.txt%23p1"), 404);  // a passage is not a document
}

TEST_CASE("api passages: a passage's words are its own terms; a document's words have no passage postings") {
  Xapian::Database db(fixture().db);
  std::set<Xapian::docid> passages;
  for (auto p = db.postlist_begin("XD:passage"); p != db.postlist_end("XD:passage"); ++p) passages.insert(*p);
  REQUIRE(passages.size() > 10);
  size_t words = 0, passage_words = 0;
  for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
    const std::string& term = *t;
    size_t at = term.size() > 1 && term[0] == 'Z' ? 1 : 0;
    bool capital = term[at] >= 'A' && term[at] <= 'Z';
    if (capital && term[at] != 'P') continue;  // a title's, a field's
    for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) {
      CAPTURE(term);
      // "word" and "Zword" are a document's, "Pword" and "ZPword" a passage's
      CHECK(passages.count(*p) == (capital ? 1u : 0u));
      (capital ? passage_words : words) += 1;
    }
  }
  CHECK(words > 1000);
  CHECK(passage_words > 1000);

  // Searches over passages read their words: single words, inflected and exact phrases, wildcards.
  foi::test::Searchd sd(fixture().db);
  struct Case {
    const char* q;
    const char* marked;
  };
  const Case cases[] = {
      {"vulnerability", "<mark>vulnerability</mark>"},
      {"%22neither%20confirm%20nor%20deny%22", "<mark>neither con"},  // and "confirms nor denies"
      {"exact:%22neither%20confirm%20nor%20deny%22", "<mark>neither confirm nor deny</mark>"},
      {"vulnerab*", "<mark>vulnerab"}};
  for (const Case& c : cases) {
    CAPTURE(c.q);
    nlohmann::json j = sd.json(std::string("/api/passages?boilerplate=1&q=") + c.q);
    REQUIRE(j.at("total") > 0);
    bool marked = false;
    for (const auto& p : j.at("passages"))
      marked = marked || p.at("snippet").get<std::string>().find(c.marked) != std::string::npos;
    CHECK(marked);
  }
  CHECK(sd.json("/api/passages?q=title:refusal").at("total") == 0);  // a passage has no title
}

TEST_CASE("api passages: clusters follow the corpus when a document goes") {
  foi::test::TempDir corpus, out;
  foi::test::write_fixture_corpus(corpus.path());
  std::string db = out / "db";
  REQUIRE(foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus.path() + "'").status == 0);
  auto security_cluster = [&](const foi::test::Searchd& sd) {
    nlohmann::json rows = sd.json("/api/passages?q=%22generic%20bar%20on%20disclosure%22&collapse=cluster");
    REQUIRE(rows.at("passages").size() >= 1);
    return rows.at("passages")[0].at("cluster");
  };
  {
    foi::test::Searchd sd(db);
    CHECK(security_cluster(sd).at("authorities") == 4);
  }
  std::filesystem::remove(corpus / "004_aaea4b360a23c9d5.txt");
  foi::test::RunResult again = foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus.path() + "'");
  CHECK(again.out.find("removed 1") != std::string::npos);
  foi::test::Searchd sd(db);
  nlohmann::json c = security_cluster(sd);
  CHECK(c.at("authorities") == 3);
  CHECK(c.at("size") == 3);
}

TEST_CASE(
    "api passages: a decision's reasoning is kept apart from replies' wording unless its kind is asked for") {
  foi::test::TempDir corpus, out;
  foi::test::write_fixture_corpus(corpus.path());
  // A tribunal decision quoting, word for word, the harm paragraph Avon and Somerset wrote.
  foi::test::write_file(
      corpus / "decision.txt",
      "IN THE FIRST-TIER TRIBUNAL\nGENERAL REGULATORY CHAMBER\nINFORMATION RIGHTS\n\n"
      "Appeal Reference: EA/2021/0042\n\nBetween\n\nJANE DOE\nAppellant\n\nand\n\n"
      "THE INFORMATION COMMISSIONER\nRespondent\n\nDECISION\n\n1. The appeal is dismissed.\n\n"
      "REASONS\n\n2. The force relied on section 31(3) of the Freedom of Information Act 2000:\n\n"
      "As you may be aware, disclosure under FOIA is a release to the public at\nlarge. Whilst not "
      "questioning the motives of the applicant, confirming or\ndenying that any information is "
      "held by forces would show areas of police\nvulnerability.\n\nCOSTS\n\n3. A paragraph about the "
      "hearing bundle that cites nothing at all and so is no passage.\n");
  std::string db = out / "db";
  REQUIRE(foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus.path() + "'")
              .status == 0);
  foi::test::Searchd sd(db);
  auto kinds_of = [](const nlohmann::json& answer) {
    std::set<std::string> kinds;
    for (const auto& p : answer.at("passages"))
      kinds.insert(p.at("document").at("doc_type").get<std::string>());
    return kinds;
  };
  nlohmann::json replies = sd.json("/api/passages?exemption=s31(3)&size=100");
  REQUIRE(replies.at("total") > 0);
  CHECK(kinds_of(replies).count("tribunal_decision") == 0);
  std::map<std::string, int> kinds = counts_of(replies, "doc_type");
  REQUIRE(kinds.count("tribunal_decision") == 1);  // the facet offers the other kinds, counted exactly
  CHECK(kinds.count("thread") == 1);
  nlohmann::json decisions = sd.json("/api/passages?exemption=s31(3)&doc_type=tribunal_decision");
  CHECK(decisions.at("total") == kinds.at("tribunal_decision"));
  CHECK(kinds_of(decisions) == std::set<std::string>{"tribunal_decision"});
  for (const auto& p : decisions.at("passages")) CHECK(p.at("role") == "reasoning");
  // Its paragraph that cites no ground is no passage at all.
  CHECK(sd.json("/api/passages?q=bundle&doc_type=tribunal_decision").at("total") == 0);
  CHECK(sd.json("/api/search?q=bundle").at("total") == 1);  // the decision itself is found

  nlohmann::json avon =
      sd.json("/api/passages?q=%22show%20areas%20of%20police%20vulnerability%22&authority=" +
              std::string("Avon%20and%20Somerset%20Constabulary"));
  REQUIRE(avon.at("passages").size() >= 1);
  std::string id = avon.at("passages")[0].at("id");
  id.replace(id.find('#'), 1, "%23");
  CHECK(kinds_of(sd.json("/api/similar?passage=" + id)).count("tribunal_decision") == 0);
  CHECK(kinds_of(sd.json("/api/similar?passage=" + id + "&doc_type=tribunal_decision")) ==
        std::set<std::string>{"tribunal_decision"});
}

TEST_CASE(
    "api passages: a collapsed total is the number of clusters the pages list, not Xapian's rounded "
    "estimate") {
  // The default corpus's 498 WhatDoTheyKnow threads: enough passages that Xapian's collapsed estimate has
  // bounds apart and rounds (400 for 326 on 'request')
  foi::test::TempDir out;
  std::string db = out / "db";
  REQUIRE(foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" +
                         foi::test::source_path("corpus/whatdotheyknow") + "'")
              .status == 0);
  foi::test::Searchd sd(db);
  for (const char* q : {"q=request", "q=information", "q=council", "role=harm", ""}) {
    CAPTURE(q);
    std::set<std::string> clusters;
    long total = -1;
    for (int page = 1;; ++page) {
      nlohmann::json j = sd.json(std::string("/api/passages?") + q +
                                 "&collapse=cluster&size=100&page=" + std::to_string(page));
      if (total < 0) total = j.at("total").get<long>();
      CHECK(j.at("total").get<long>() == total);
      if (j.at("passages").empty()) break;
      for (const auto& p : j.at("passages"))
        CHECK(clusters.insert(p.at("cluster").at("id").get<std::string>()).second);
    }
    CHECK(total == static_cast<long>(clusters.size()));
    CHECK(total > 0);
  }
}
