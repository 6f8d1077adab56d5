// The exemption facet over real HTTP on a real index: a parent counts every document citing it or any of its
// children, a ticked parent counts the results, "any of" and "all of" give their totals, and every value
// carries its name, whether it is absolute or qualified, and its parent.
#include <doctest/doctest.h>

#include <set>

#include "searchd_fixture.h"

using foi::test::counts_of;
using Counts = std::map<std::string, int>;

namespace {

struct OtterDoc {
  const char* file;
  const char* text;
  std::set<std::string> exemptions;  // what extraction must read, checked before anything is counted
};

// Every document says "otter", so q=otter is the whole corpus.
const OtterDoc kDocs[] = {
    {"kent-1.txt",
     "Kent Police\nDate: 01/02/2020\nThe otter names are exempt under Section 40(2).\n",
     {"s40(2)"}},
    {"kent-2.txt",
     "Kent Police\nDate: 02/02/2020\nOtter keepers: Section 40(3)(a)(i) applies.\n",
     {"s40(3)(a)(i)"}},
    {"kent-3.txt",
     "Kent Police\nDate: 03/02/2020\nOtter sightings: Section 40(2) and Section 31(1)(a) apply.\n",
     {"s40(2)", "s31(1)(a)"}},
    {"kent-4.txt",
     "Kent Police\nDate: 04/02/2020\nOtter patrols: Section 31(1)(a) and Section 31(3) apply.\n",
     {"s31(1)(a)", "s31(3)"}},
    {"kent-5.txt",
     "Kent Police\nDate: 05/02/2020\nOtter owners: Section 40(2) and Section 40(3)(a)(i) apply.\n",
     {"s40(2)", "s40(3)(a)(i)"}},
    {"kent-6.txt", "Kent Police\nDate: 06/02/2020\nOtter informants: Section 23(1) applies.\n", {"s23(1)"}},
    {"scot.txt",
     "Police Scotland\nDate: 07/02/2020\nThe otter names are exempt under section 38(1)(b) of the Freedom of "
     "Information (Scotland) Act 2002.\n",
     {"FOISA s38(1)(b)"}},
    {"eir.txt",
     "Kent Police\nDate: 08/02/2020\nThe otter survey is withheld under regulation 12(5)(b) and regulation "
     "13 of "
     "the Environmental Information Regulations 2004.\n",
     {"EIR r12(5)(b)", "EIR r13"}},
};

bool under(const std::string& e, const std::string& ground) {
  return e == ground ||
         (e.size() > ground.size() && e.compare(0, ground.size(), ground) == 0 && e[ground.size()] == '(');
}

// The documents citing `ground` or any ground below it, counted from the corpus table.
int citing_subtree(const std::string& ground) {
  int n = 0;
  for (const OtterDoc& d : kDocs)
    n += std::any_of(d.exemptions.begin(), d.exemptions.end(),
                     [&](const std::string& e) { return under(e, ground); });
  return n;
}

struct OtterIndex {
  foi::test::TempDir corpus, out;
  std::string db;
  OtterIndex() : db(out / "db") {
    for (const OtterDoc& d : kDocs) foi::test::write_file(corpus / d.file, d.text);
    REQUIRE(foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus.path() + "'")
                .status == 0);
  }
};

OtterIndex& otters() {
  static OtterIndex index;
  return index;
}

std::string url_encoded(std::string s) {
  for (size_t i = 0; (i = s.find(' ', i)) != std::string::npos;) s.replace(i, 1, "%20");
  return s;
}

const nlohmann::json& value_of(const nlohmann::json& j, const std::string& value) {
  for (const auto& v : j.at("facets").at("exemption"))
    if (v.at("value") == value) return v;
  FAIL("no exemption value " << value);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("exemption facet: the fixture's documents cite what the test counts from") {
  foi::test::Searchd sd(otters().db);
  for (const OtterDoc& d : kDocs) {
    CAPTURE(d.file);
    nlohmann::json doc = sd.json(std::string("/api/doc?id=") + d.file);
    std::vector<std::string> got = doc.at("exemptions");
    CHECK(std::set<std::string>(got.begin(), got.end()) == d.exemptions);
  }
}

TEST_CASE("exemption facet: a parent counts the documents citing it or any child, never fewer than a child") {
  foi::test::Searchd sd(otters().db);
  for (const char* path : {"/api/search?q=otter", "/api/facets"}) {
    CAPTURE(path);
    nlohmann::json j = sd.json(path);
    Counts counts = counts_of(j, "exemption");
    // every ground of every document, and every ground above them, is a value
    std::set<std::string> expected;
    for (const OtterDoc& d : kDocs)
      for (std::string e : d.exemptions)
        for (; !e.empty(); e = value_of(j, e).at("parent").get<std::string>()) expected.insert(e);
    CHECK(expected.count("s40(3)(a)") == 1);
    CHECK(expected.count("s40") == 1);
    std::set<std::string> listed;
    for (const auto& [value, n] : counts) listed.insert(value);
    CHECK(listed == expected);
    for (const auto& [value, n] : counts) {
      CAPTURE(value);
      CHECK(n == citing_subtree(value));
      // the filter finds the same documents the count says
      CHECK(sd.json("/api/search?q=otter&exemption=" + url_encoded(value)).at("total") == n);
      std::string parent = value_of(j, value).at("parent");
      if (!parent.empty()) CHECK(counts.at(parent) >= n);
    }
    CHECK(counts.at("s40") == 4);  // kent-5 cites s40(2) and s40(3)(a)(i): counted once
    CHECK(counts.at("s40(3)(a)(i)") == 2);
    CHECK(value_of(j, "s40(3)(a)(i)").at("parent") == "s40(3)(a)");
    CHECK(value_of(j, "s40(3)(a)").at("parent") == "s40(3)");
    CHECK(value_of(j, "s40(3)").at("parent") == "s40");
    CHECK(value_of(j, "s40").at("parent") == "");
    CHECK(value_of(j, "FOISA s38(1)(b)").at("parent") == "FOISA s38(1)");
    CHECK(value_of(j, "EIR r12(5)(b)").at("parent") == "EIR r12(5)");
  }
}

TEST_CASE("exemption facet: a ticked value's count is the results' total, in either mode") {
  foi::test::Searchd sd(otters().db);
  for (const char* ground : {"s40", "s40(3)", "s31", "FOISA s38", "EIR r12"})
    for (const char* mode : {"", "&exemption_match=any", "&exemption_match=all"}) {
      CAPTURE(ground);
      CAPTURE(mode);
      nlohmann::json j = sd.json("/api/search?q=otter&exemption=" + url_encoded(ground) + mode);
      CHECK(j.at("total") == citing_subtree(ground));
      CHECK(counts_of(j, "exemption").at(ground) == j.at("total"));
    }
}

TEST_CASE("exemption facet: any of gives the documents citing either, all of those citing both") {
  foi::test::Searchd sd(otters().db);
  const std::string both = "/api/search?q=otter&size=20&exemption=s40(2)&exemption=s31";
  nlohmann::json any = sd.json(both), any2 = sd.json(both + "&exemption_match=any"),
                 all = sd.json(both + "&exemption_match=all");
  int either = 0, each = 0;
  for (const OtterDoc& d : kDocs) {
    bool a = std::any_of(d.exemptions.begin(), d.exemptions.end(),
                         [](const std::string& e) { return under(e, "s40(2)"); });
    bool b = std::any_of(d.exemptions.begin(), d.exemptions.end(),
                         [](const std::string& e) { return under(e, "s31"); });
    either += a || b;
    each += a && b;
  }
  REQUIRE(either == 4);
  REQUIRE(each == 1);
  CHECK(any.at("total") == either);
  CHECK(any2 == any);
  CHECK(all.at("total") == each);
  CHECK(all.at("hits")[0].at("id") == "kent-3.txt");
  // "any of": each value counts as if its own ticks were off (adding a tick widens);
  Counts a = counts_of(any, "exemption");
  CHECK(a.at("s23") == 1);
  CHECK(a.at("s40") == 4);
  // "all of": counted within the results, each value the total ticking it too would give.
  Counts l = counts_of(all, "exemption");
  CHECK(l == Counts{{"s31", 1}, {"s31(1)", 1}, {"s31(1)(a)", 1}, {"s40", 1}, {"s40(2)", 1}});
  // other facets count as before: without their own filter, within every other
  CHECK(counts_of(all, "force") == Counts{{"Kent Police", 1}});
  nlohmann::json kent = sd.json(both + "&exemption_match=all&force=Kent%20Police");
  CHECK(counts_of(kent, "force") == Counts{{"Kent Police", 1}});
  // siblings: only kent-5 cites both s40(2) and s40(3)(a)(i); four cite one or the other
  const std::string siblings = "/api/search?q=otter&exemption=s40(2)&exemption=s40(3)";
  CHECK(sd.json(siblings + "&exemption_match=all").at("total") == 1);
  CHECK(sd.json(siblings).at("total") == 4);
}

TEST_CASE("exemption facet: a bad exemption_match is a 400 with a JSON error") {
  foi::test::Searchd sd(otters().db);
  for (const char* bad : {"both", "ALL", "1"}) {
    CAPTURE(bad);
    nlohmann::json j = sd.json(std::string("/api/search?exemption=s40&exemption_match=") + bad, 400);
    CHECK(j.at("error").at("code") == "bad_exemption_match");
    CHECK(j.at("error").at("message").get<std::string>().find("any or all") != std::string::npos);
  }
  CHECK(sd.json("/api/search?exemption_match=").at("total") == std::size(kDocs));
}

TEST_CASE("exemption facet: FOIA, FOISA and EIR values carry a name and absolute or qualified") {
  foi::test::Searchd sd(otters().db);
  nlohmann::json j = sd.json("/api/search?q=otter");
  const std::set<std::string> kinds = {"absolute", "qualified", "partly absolute", "procedural"};
  for (const auto& v : j.at("facets").at("exemption")) {
    CAPTURE(v.dump());
    CHECK_FALSE(v.at("name").get<std::string>().empty());
    CHECK(kinds.count(v.at("kind").get<std::string>()) == 1);
    CHECK(v.contains("kind_note") == (v.at("kind") == "partly absolute"));
  }
  struct Expected {
    const char* value;
    const char* name;
    const char* kind;
  };
  const Expected expected[] = {
      {"s23", "Security bodies", "absolute"},
      {"s23(1)", "Security bodies", "absolute"},
      {"s31", "Law enforcement", "qualified"},
      {"s31(1)(a)", "Law enforcement: prevention or detection of crime", "qualified"},
      {"s40", "Personal information", "partly absolute"},
      {"s40(3)(a)(i)", "Personal information", "partly absolute"},
      {"FOISA s38", "Personal information", "partly absolute"},
      {"FOISA s38(1)(b)", "Personal information: other people's", "partly absolute"},
      {"EIR r12(5)(b)", "Course of justice", "qualified"},
      {"EIR r13", "Personal data", "partly absolute"},
  };
  for (const Expected& e : expected) {
    CAPTURE(e.value);
    const nlohmann::json& v = value_of(j, e.value);
    CHECK(v.at("name") == e.name);
    CHECK(v.at("kind") == e.kind);
  }
}
