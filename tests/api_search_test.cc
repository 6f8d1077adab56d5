// searchd's search, facet and document answers over real HTTP, on a real index.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>

#include "foi/extract/outcomes.h"
#include "searchd_fixture.h"

using foi::test::counts_of;
using foi::test::ids_of;
using Counts = std::map<std::string, int>;

namespace {
foi::test::FixtureIndex& fixture() {
  static foi::test::FixtureIndex f;
  return f;
}
const char* kAvon = "000_7c431f6c32de453a.txt";
const char* kMercia = "001_b455801c96e30f6e.txt";
const char* kEssex = "002_8945b82075d5d1a2.txt";
}  // namespace

TEST_CASE(
    "api: q=decoy finds the three forces' threads; exemption=s23(5) narrows and counts its forces exactly") {
  foi::test::Searchd sd(fixture().db);
  nlohmann::json j = sd.json("/api/search?q=decoy");
  CHECK(j.at("total") == 3);
  std::set<std::string> ids;
  for (const std::string& id : ids_of(j)) ids.insert(id);
  CHECK(ids == std::set<std::string>{kAvon, kMercia, kEssex});
  CHECK(counts_of(j, "force") ==
        Counts{{"Avon and Somerset Constabulary", 1}, {"Essex Police", 1}, {"West Mercia Police", 1}});

  nlohmann::json s23 = sd.json("/api/search?exemption=s23(5)");
  CHECK(s23.at("total") == 4);  // the three threads and West Midlands' disclosure-log entry
  CHECK(counts_of(s23, "force") == Counts{{"Avon and Somerset Constabulary", 1},
                                          {"Essex Police", 1},
                                          {"West Mercia Police", 1},
                                          {"West Midlands Police", 1}});
  for (const auto& h : s23.at("hits")) {
    std::vector<std::string> ex = h.at("exemptions");
    CHECK(std::find(ex.begin(), ex.end(), "s23(5)") != ex.end());
  }
}

TEST_CASE("api: a phrase matches only the words in order") {
  foi::test::Searchd sd(fixture().db);
  CHECK(sd.json("/api/search?q=%22child+decoy%22").at("total") == 3);
  CHECK(sd.json("/api/search?q=%22decoy+child%22").at("total") == 0);
  CHECK(sd.json("/api/search?q=%22Widget+tenders%22").at("total") == 1);
}

TEST_CASE(
    "api: facet counts are exact, follow the filters, and ignore their own facet's filter (multi-select)") {
  foi::test::Searchd sd(fixture().db);
  nlohmann::json all = sd.json("/api/search?q=widget");
  CHECK(all.at("total") == 4);
  CHECK(counts_of(all, "force") == Counts{{"Kent Police", 3}, {"Essex Police", 1}});
  CHECK(counts_of(all, "exemption") == Counts{{"s31", 3}, {"s31(3)", 3}, {"s40", 2}, {"s40(2)", 2}});
  CHECK(counts_of(all, "year") == Counts{{"2019", 1}, {"2020", 2}});

  nlohmann::json kent = sd.json("/api/search?q=widget&force=Kent+Police");
  CHECK(kent.at("total") == 3);
  CHECK(counts_of(kent, "exemption") == Counts{{"s31", 3}, {"s31(3)", 3}, {"s40", 1}, {"s40(2)", 1}});
  CHECK(counts_of(kent, "force") == Counts{{"Kent Police", 3}, {"Essex Police", 1}});  // own filter ignored
  CHECK(counts_of(kent, "year") == Counts{{"2019", 1}, {"2020", 1}});

  CHECK(sd.json("/api/search?q=widget&force=Kent+Police&force=Essex+Police").at("total") == 4);  // OR within
  nlohmann::json both = sd.json("/api/search?q=widget&force=Kent+Police&exemption=s40(2)");      // AND across
  CHECK(ids_of(both) == std::vector<std::string>{"widgets/kent-2020.txt"});
  CHECK(counts_of(both, "force") == Counts{{"Kent Police", 1}, {"Essex Police", 1}});
  CHECK(counts_of(both, "exemption") == Counts{{"s31", 3}, {"s31(3)", 3}, {"s40", 1}, {"s40(2)", 1}});
  CHECK(sd.json("/api/search?q=widget&force=kent+police").at("total") == 3);  // names are normalised
}

TEST_CASE("api: a parent exemption filter finds its children; typed citations are normalised") {
  foi::test::Searchd sd(fixture().db);
  CHECK(sd.json("/api/search?exemption=s40").at("total") == 5);  // s40(2), s40(5), s40(5B)(a)(i)...
  CHECK(sd.json("/api/search?exemption=s40(5B)").at("total") == 2);
  CHECK(sd.json("/api/search?exemption=s31(1)").at("total") == 2);
  CHECK(sd.json("/api/search?exemption=S.31(1)(a)").at("total") == 2);
  CHECK(sd.json("/api/search?q=exemption:%22s.31(1)(a)%22").at("total") == 2);
  CHECK(sd.json("/api/search?q=exemption:s31(1)(a)").at("total") == 2);
  CHECK(sd.json("/api/search?q=widget+exemption:s40").at("total") == 2);
  CHECK(sd.json("/api/search?offence=SOA+2003+s15A").at("total") == 1);
  CHECK(sd.json("/api/search?offence=SCA+2015").at("total") == 1);  // the Act alone
}

TEST_CASE("api: date ranges are inclusive, and the year facet ignores them so a range can be widened") {
  foi::test::Searchd sd(fixture().db);
  nlohmann::json y2020 = sd.json("/api/search?q=widget&from=2020-01-01&to=2020-12-31");
  CHECK(y2020.at("total") == 2);
  CHECK(counts_of(y2020, "year") == Counts{{"2019", 1}, {"2020", 2}});
  CHECK(counts_of(y2020, "month") == Counts{{"2019-02", 1}, {"2020-06", 1}, {"2020-10", 1}});
  CHECK(counts_of(y2020, "force") == Counts{{"Kent Police", 1}, {"Essex Police", 1}});
  CHECK(sd.json("/api/search?q=widget&from=2020-06-05&to=2020-06-05").at("total") == 1);
  CHECK(sd.json("/api/search?q=widget&from=2020-06-06").at("total") == 1);
  CHECK(sd.json("/api/search?q=widget&to=2019-02-01").at("total") == 1);
  CHECK(sd.json("/api/search?q=widget+2020-01-01..2020-12-31").at("total") == 2);
}

TEST_CASE(
    "api: a date range holds exactly the documents dated inside it, at month, year and leap-day edges") {
  // whole months and years are filtered by the year and month terms, other ranges by the date value: both
  // must agree with the dates themselves
  const char* dates[] = {"2019-12-31", "2020-01-01", "2020-02-28", "2020-02-29", "2020-03-01", "2020-12-31",
                         "2021-01-01", "2021-02-01", "2021-02-28", "2021-03-01", "2023-06-30", "2023-07-01"};
  foi::test::TempDir corpus, out;
  for (const char* d : dates) {
    std::string dmy = std::string(d + 8, 2) + "/" + std::string(d + 5, 2) + "/" + std::string(d, 4);
    foi::test::write_file(corpus / (std::string(d) + ".txt"),
                          "Kent Police\nDate: " + dmy + "\nA marmot letter.\n");
  }
  std::string db = out / "db";
  REQUIRE(foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus.path() + "'")
              .status == 0);
  foi::test::Searchd sd(db);
  const std::pair<const char*, const char*> ranges[] = {
      {"2020-01-01", "2020-12-31"},
      {"2020-02-01", "2020-02-29"},
      {"2020-02-01", "2020-02-28"},
      {"2019-12-01", "2021-02-28"},
      {"2020-03-01", "2023-06-30"},
      {"2021-02-01", "2021-02-28"},
      {"2019-01-01", "2023-12-31"},
      {"2020-02-29", "2021-01-01"},
      {"2020-01-01", "2020-01-31"},
      {"2021-01-01", "2022-12-31"},
      {"2023-07-01", "2023-07-31"},
      {"2019-12-31", "2019-12-31"},
      // a part month at the start, at the end, at both, with and without whole months between
      {"2020-02-15", "2021-02-28"},
      {"2020-01-01", "2021-02-27"},
      {"2019-12-31", "2021-01-01"},
      {"2020-02-28", "2020-03-01"},
      {"2020-12-31", "2021-01-01"},
      {"2021-02-02", "2023-06-29"},
      {"2019-12-31", "2023-07-01"},
      {"2020-02-29", "2020-02-29"},
      {"2019-12-30", "2020-02-28"}};
  for (const auto& [from, to] : ranges)
    for (std::string q : {"q=marmot&", ""}) {  // without words, the dates alone decide the match
      CAPTURE(from);
      CAPTURE(to);
      CAPTURE(q);
      int inside = 0;
      for (const char* d : dates) inside += std::string(d) >= from && std::string(d) <= to;
      nlohmann::json j = sd.json("/api/search?" + q + "size=50&from=" + from + "&to=" + to);
      CHECK(j.at("total") == inside);
      CHECK(j.at("hits").size() == static_cast<size_t>(inside));
      for (const auto& h : j.at("hits")) CHECK((h.at("date") >= from && h.at("date") <= to));
    }
}

TEST_CASE("api: sort orders put undated documents last, and paging walks the whole match") {
  foi::test::Searchd sd(fixture().db);
  std::vector<std::string> newest = ids_of(sd.json("/api/search?q=widget&sort=newest"));
  CHECK(newest == std::vector<std::string>{"widgets/kent-2020.txt", "widgets/essex-2020.txt",
                                           "widgets/kent-2019.txt", "widgets/undated.txt"});
  std::vector<std::string> oldest = ids_of(sd.json("/api/search?q=widget&sort=oldest"));
  CHECK(oldest == std::vector<std::string>{"widgets/kent-2019.txt", "widgets/essex-2020.txt",
                                           "widgets/kent-2020.txt", "widgets/undated.txt"});
  std::vector<std::string> listed = ids_of(sd.json("/api/search?force=Kent+Police"));
  REQUIRE_FALSE(listed.empty());
  CHECK(listed.front() == "widgets/kent-2020.txt");  // no q: newest first
  std::set<std::string> seen;
  for (int page = 1; page <= 4; ++page) {
    nlohmann::json p = sd.json("/api/search?q=widget&sort=oldest&size=1&page=" + std::to_string(page));
    CHECK(p.at("total") == 4);
    CHECK(p.at("page") == page);
    REQUIRE(p.at("hits").size() == 1);
    CHECK(ids_of(p)[0] == oldest[page - 1]);
    seen.insert(ids_of(p)[0]);
  }
  CHECK(seen.size() == 4);
  CHECK(sd.json("/api/search?q=widget&size=1&page=5").at("hits").empty());
}

TEST_CASE("api: snippets escape every character of the document; only <mark> is markup") {
  foi::test::Searchd sd(fixture().db);
  nlohmann::json j = sd.json("/api/search?q=gizmo");
  REQUIRE(j.at("total") == 1);
  const nlohmann::json& hit = j.at("hits")[0];
  std::string snippet = hit.at("snippet");
  CHECK(snippet.find("<mark>gizmo</mark>") != std::string::npos);
  CHECK(snippet.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  std::string without_marks = std::regex_replace(snippet, std::regex("</?mark>"), "");
  CHECK(without_marks.find('<') == std::string::npos);
  CHECK(without_marks.find('>') == std::string::npos);
  CHECK(hit.at("title") ==
        "<script>window.pwned=1</script> Suffolk Constabulary");  // JSON text, escaped by the page
  nlohmann::json listing = sd.json("/api/search?force=Suffolk+Constabulary");
  std::string plain = listing.at("hits")[0].at("snippet");
  CHECK(plain.find("&lt;script&gt;") != std::string::npos);
  CHECK(plain.find("<script") == std::string::npos);
}

TEST_CASE("api: a document comes back with its record and its text as text") {
  foi::test::Searchd sd(fixture().db);
  nlohmann::json d = sd.json("/api/doc?id=widgets/kent-2020.txt");
  CHECK(d.at("id") == "widgets/kent-2020.txt");
  CHECK(d.at("force") == nlohmann::json::array({"Kent Police"}));
  CHECK(d.at("date") == "2020-10-10");
  CHECK(d.at("text").get<std::string>().find("Widget tenders") == 0);
  nlohmann::json x = sd.json("/api/doc?id=xss/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.txt");
  CHECK(x.at("text").get<std::string>().find("<script>window.pwned=1</script>") == 0);
}

TEST_CASE("api: /api/facets counts every value over the whole index; /healthz reports the documents") {
  foi::test::Searchd sd(fixture().db);
  nlohmann::json f = sd.json("/api/facets");
  CHECK(counts_of(f, "force").at("Kent Police") == 3);
  CHECK(counts_of(f, "exemption").at("s23(5)") == 4);
  CHECK(counts_of(f, "offence").at("SOA 2003 s15") == 5);
  nlohmann::json h = sd.json("/healthz");
  CHECK(h.at("status") == "ok");
  CHECK(h.at("docs") == 12);
}

TEST_CASE("api: a query that finds nothing offers a spelling suggestion") {
  foi::test::Searchd sd(fixture().db);
  nlohmann::json j = sd.json("/api/search?q=decoyz");
  CHECK(j.at("total") == 0);
  CHECK(j.at("suggestion") == "decoy");
  CHECK(sd.json("/api/search?q=decoy").at("suggestion").is_null());
}

TEST_CASE("api: a document the indexer adds while searchd runs is found without a restart") {
  foi::test::TempDir corpus, out;
  foi::test::write_file(corpus / "a.txt", "Durham Constabulary: the first quokka response.");
  std::string db = out / "db";
  REQUIRE(foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus.path() + "'")
              .status == 0);
  foi::test::Searchd sd(db);
  CHECK(sd.json("/api/search?q=quokka").at("total") == 1);
  foi::test::write_file(corpus / "b.txt", "Durham Constabulary: a second quokka response.");
  REQUIRE(foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus.path() + "'")
              .status == 0);
  CHECK(sd.json("/api/search?q=quokka").at("total") == 2);  // the next request already sees the commit
  CHECK(sd.json("/healthz").at("docs") == 2);
}

TEST_CASE("api: the query language: boolean operators, +/-, NEAR, wildcards and title:") {
  foi::test::Searchd sd(fixture().db);
  struct Case {
    const char* q;
    int total;
  };
  const Case cases[] = {
      {"widget", 4},
      {"widget+AND+tenders", 1},
      {"widget+tenders", 1},  // words AND by default
      {"tenders+OR+figures", 2},
      {"widget+NOT+Essex", 3},
      {"widget+-Essex", 3},
      {"%2Bwidget+%2Btenders", 1},
      {"%28tenders+OR+figures%29+AND+widget", 2},
      {"child+NEAR+decoy", 3},
      {"widg*", 4},
      {"title:tenders", 1},
      {"title:decoy", 0},  // decoys are in those threads' text, not their titles
      {"force:%22Kent+Police%22+widget", 3},
      {"force:kent+widget", 0},  // a place alone is not a force
      {"authority:%22Essex+Police%22", 2},
  };
  for (const Case& c : cases) {
    CAPTURE(c.q);
    CHECK(sd.json(std::string("/api/search?q=") + c.q).at("total") == c.total);
  }
}

TEST_CASE(
    "api: a query of '-' words alone means every document but those (Xapian read it as without the signs)") {
  foi::test::Searchd sd(fixture().db);
  auto ids = [&](const std::string& q) {
    std::set<std::string> out;
    for (const std::string& id : ids_of(sd.json("/api/search?size=100&q=" + q))) out.insert(id);
    return out;
  };
  const std::set<std::string> all = ids("");
  REQUIRE(all.size() > 5);
  struct Case {
    std::string negated,
        positive;  // the positive query's documents are exactly those the negated one leaves out
  };
  const Case cases[] = {
      {"-decoy", "decoy"},
      {"-exemption:s31(3)", "exemption:s31(3)"},
      {"-force:%22Kent+Police%22", "force:%22Kent+Police%22"},
      {"-force:nowhere", "force:nowhere"},
      {"-widget+-decoy", "widget+OR+decoy"},
      {"-exemption:s40+-%22widget+figures%22", "exemption:s40+OR+%22widget+figures%22"},
      {"-%28widget+OR+decoy%29", "widget+OR+decoy"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.negated);
    std::set<std::string> neg = ids(c.negated), pos = ids(c.positive);
    std::set<std::string> both;
    std::set_union(neg.begin(), neg.end(), pos.begin(), pos.end(), std::inserter(both, both.end()));
    CHECK(neg.size() + pos.size() == all.size());
    CHECK(both == all);
  }
  CHECK(ids("widget+-Essex").size() == 3);  // beside a positive word, '-' keeps its meaning
}

TEST_CASE("api: a database removed while searchd runs makes /healthz and searches answer 503, not crash") {
  foi::test::TempDir corpus, out;
  foi::test::write_file(corpus / "a.txt", "Durham Constabulary response about ferrets.");
  std::string db = out / "db";
  REQUIRE(foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus.path() + "'")
              .status == 0);
  foi::test::Searchd sd(db);
  CHECK(sd.json("/healthz").at("status") == "ok");
  std::filesystem::remove_all(db);
  CHECK(sd.json("/healthz", 503).at("status") == "unavailable");
  nlohmann::json err = sd.json("/api/search?q=ferrets", 503);
  CHECK(err.at("error").at("code") == "index_unavailable");
  CHECK(err.at("error").at("message").get<std::string>().find(db) == std::string::npos);  // no internals
}

TEST_CASE("api: a stub file over two databases answers like one database holding the same documents") {
  foi::test::TempDir corpus_a, corpus_b, out;
  foi::test::write_fixture_corpus(corpus_a.path());
  foi::test::TempDir all;
  foi::test::write_fixture_corpus(all.path());
  // Split: the widgets and the XSS document in B, the rest in A.
  std::filesystem::rename(corpus_a / "widgets", corpus_b / "widgets");
  std::filesystem::rename(corpus_a / "xss", corpus_b / "xss");
  std::string bin = foi::test::bin_path("foi-index") + " --db ";
  REQUIRE(foi::test::run(bin + "'" + (out / "a") + "' '" + corpus_a.path() + "'").status == 0);
  REQUIRE(foi::test::run(bin + "'" + (out / "b") + "' '" + corpus_b.path() + "'").status == 0);
  REQUIRE(foi::test::run(bin + "'" + (out / "one") + "' '" + all.path() + "'").status == 0);
  foi::test::write_file(out / "stub", "auto " + (out / "a") + "\nauto " + (out / "b") + "\n");
  foi::test::Searchd one(out / "one"), split(out / "stub");
  for (std::string path : {"/api/search?q=widget&sort=newest", "/api/search?q=decoy&exemption=s23(5)",
                           "/api/search?force=Kent+Police&sort=oldest&size=2&page=2", "/api/search?q=gizmo",
                           "/api/facets", "/api/doc?id=widgets/kent-2019.txt"}) {
    CAPTURE(path);
    nlohmann::json a = one.json(path), b = split.json(path);
    if (a.contains("hits"))  // relevance ties may break by docid, which differs: compare as sets
      for (nlohmann::json* j : {&a, &b}) std::sort(j->at("hits").begin(), j->at("hits").end());
    a.erase("source");  // the path each copy was indexed from
    b.erase("source");
    a.erase("next_cursor");  // names the index revision it walks, which the copies do not share
    b.erase("next_cursor");
    CHECK(a == b);
  }
  CHECK(split.json("/healthz").at("docs") == one.json("/healthz").at("docs"));
}

TEST_CASE("api: the doc_type facet counts each kind exactly, and its filter and doc_type: narrow to a kind") {
  foi::test::Searchd sd(fixture().db);
  nlohmann::json all = sd.json("/api/search");
  Counts kinds = counts_of(all, "doc_type");
  int sum = 0;
  for (const auto& [kind, n] : kinds) sum += n;
  CHECK(sum == all.at("total").get<int>());  // one kind per document
  CHECK(kinds.at("thread") == 3);            // the three WhatDoTheyKnow threads
  CHECK(kinds.at("response") == 2);          // the West Yorkshire letter and the West Midlands log entry
  CHECK(kinds.at("guidance") == 1);          // "Lathe policy": named so, and no letter
  for (const char* path : {"/api/search?doc_type=response", "/api/search?q=doc_type:response"}) {
    CAPTURE(path);
    nlohmann::json r = sd.json(path);
    CHECK(r.at("total") == 2);
    for (const auto& h : r.at("hits")) CHECK(h.at("doc_type") == "response");
    if (std::string(path).find("q=") == std::string::npos)
      CHECK(counts_of(r, "doc_type") ==
            kinds);  // multi-select: the facet's own filter leaves its counts alone
    else
      CHECK(counts_of(r, "doc_type") == Counts{{"response", 2}});  // in q it is part of the query
    CHECK(counts_of(r, "force") == Counts{{"West Midlands Police", 1}, {"West Yorkshire Police", 1}});
  }
  nlohmann::json two = sd.json("/api/search?doc_type=response&doc_type=thread&exemption=s23(5)");
  CHECK(two.at("total") == 4);
  CHECK(counts_of(two, "doc_type") == Counts{{"response", 1}, {"thread", 3}});
  CHECK(sd.json("/api/search?q=lathe").at("total") == 1);
  CHECK(sd.json("/api/search?q=lathe+-doc_type:guidance").at("total") == 0);
  // The guidance cites s31(3) without relying on it: no exemption, so the facet leaves it out.
  nlohmann::json g = sd.json("/api/search?q=lathe");
  CHECK(g.at("hits").at(0).at("exemptions").empty());
  CHECK(sd.json("/api/search?q=lathe&exemption=s31(3)").at("total") == 0);
}

TEST_CASE(
    "api: the ncnd facet counts replies that neither confirm nor deny; its filter and ncnd: narrow to them") {
  foi::test::Searchd sd(fixture().db);
  nlohmann::json all = sd.json("/api/search");
  Counts flags = counts_of(all, "ncnd");
  Counts kinds = counts_of(all, "doc_type");
  // Guidance, requests and other documents have no flag.
  CHECK(flags["yes"] + flags["no"] ==
        all.at("total").get<int>() - kinds["guidance"] - kinds["other"] - kinds["request"]);
  // The documents citing s23(5), an exclusion from the duty to confirm or deny, are all flagged.
  int s23_5 = sd.json("/api/search?exemption=s23(5)").at("total");
  CHECK(s23_5 > 0);
  CHECK(sd.json("/api/search?exemption=s23(5)&ncnd=yes").at("total") == s23_5);
  for (const char* path : {"/api/search?ncnd=yes", "/api/search?ncnd=YES", "/api/search?q=ncnd:true"}) {
    CAPTURE(path);
    nlohmann::json r = sd.json(path);
    CHECK(r.at("total") == flags["yes"]);
    for (const auto& h : r.at("hits")) {
      CHECK(h.at("ncnd") == true);
      CHECK(sd.json("/api/doc?id=" + h.at("id").get<std::string>()).at("ncnd") == true);
    }
  }
  nlohmann::json no = sd.json("/api/search?ncnd=no");
  CHECK(no.at("total") == flags["no"]);
  for (const auto& h : no.at("hits")) CHECK(h.at("ncnd") == false);
  CHECK(counts_of(no, "ncnd") == flags);  // multi-select: its own filter leaves its counts alone
}

TEST_CASE("api: the outcome filter reads any spelling of a vocabulary value, in any case") {
  foi::test::Searchd sd(fixture().db);
  nlohmann::json all = sd.json("/api/search");
  Counts outcomes = counts_of(all, "outcome");
  REQUIRE(outcomes.count("partly disclosed"));
  int partly = outcomes.at("partly disclosed");
  for (const char* path :
       {"/api/search?outcome=partly+disclosed", "/api/search?outcome=Disclosed+In+Part",
        "/api/search?outcome=PARTIALLY_SUCCESSFUL", "/api/search?q=outcome:%22Partly+Disclosed%22"}) {
    CAPTURE(path);
    nlohmann::json r = sd.json(path);
    CHECK(r.at("total") == partly);
    for (const auto& h : r.at("hits")) CHECK(h.at("outcome") == "partly disclosed");
  }
  for (const auto& [value, n] : outcomes) {  // every value the index holds is in the vocabulary
    CAPTURE(value);
    CHECK(foi::normalise_outcome(value) == std::optional<std::string>(value));
  }
}
