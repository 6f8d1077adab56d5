// searchd's errors: stable codes, JSON bodies, the right statuses, safe headers, and start-up failures.
#include <doctest/doctest.h>

#include "searchd_fixture.h"

namespace {
foi::test::FixtureIndex& fixture() {
  static foi::test::FixtureIndex f;
  return f;
}
}  // namespace

TEST_CASE("api errors: each bad request gets its stable code") {
  foi::test::Searchd sd(fixture().db);
  struct Case {
    std::string path;
    int status;
    const char* code;
  };
  const Case cases[] = {
      {"/api/search?q=s.40(2)&words_only=maybe", 400, "bad_flag"},
      {"/api/search?doc_type=decision", 400, "bad_doc_type"},
      {"/api/search?outcome=Consent+Order", 400, "bad_outcome"},
      {"/api/search?q=outcome:maybe", 400, "bad_outcome"},
      {"/api/search?q=doc_type:Guidance", 400, "bad_doc_type"},
      {"/api/search?q=-doc_type:nothing", 400, "bad_doc_type"},
      {"/api/search?ncnd=maybe", 400, "bad_ncnd"},
      {"/api/search?q=ncnd:perhaps", 400, "bad_ncnd"},
      {"/api/passages?doc_type=decision", 400, "bad_doc_type"},
      {"/api/"
       "similar?text=confirming+or+denying+whether+the+information+is+held+would+reveal+police+tactics&doc_"
       "type=letters",
       400, "bad_doc_type"},
      {"/api/passages?ncnd=yes", 400, "unknown_parameter"},  // a document's flag, not a passage facet
      {"/api/search?from=2021-02-30", 400, "bad_date"},
      {"/api/search?to=yesterday", 400, "bad_date"},
      {"/api/search?from=2021-02-01&to=2021-01-01", 400, "bad_date_range"},
      {"/api/search?page=0", 400, "bad_page"},
      {"/api/search?page=two", 400, "bad_page"},
      {"/api/search?size=101", 400, "bad_size"},
      {"/api/search?page=-1", 400, "bad_page"},
      {"/api/search?page=1.5", 400, "bad_page"},
      {"/api/search?page=", 400, "bad_page"},
      {"/api/search?page=%2B2", 400, "bad_page"},
      {"/api/search?cursor=", 400, "bad_cursor"},
      {"/api/search?cursor=not-a-cursor", 400, "bad_cursor"},
      {"/api/search?cursor=%25%25", 400, "bad_cursor"},
      {"/api/search?cursor=WzEsIiIsIiIsMCwiIl0", 400, "bad_cursor"},  // a well-formed array with no last id
      {"/api/passages?cursor=e30", 400, "bad_cursor"},                // "{}"
      {"/api/search?sort=random", 400, "bad_sort"},
      {"/api/search?exemption=s40&exemption_match=either", 400, "bad_exemption_match"},
      {"/api/passages?exemption_match=all%20of", 400, "bad_exemption_match"},
      {"/api/search?q=%28decoy", 400, "bad_query"},
      {"/api/search?q=%22decoy", 400, "bad_query"},
      {"/api/search?q=exact:", 400, "bad_query"},  // exact: with nothing after it
      {"/api/search?q=decoy+exact:+decoy", 400, "bad_query"},
      {"/api/search?q=exact:%22%22", 400, "bad_query"},
      {"/api/search?q=exact:%22%21%3F%22", 400, "bad_query"},  // exact:"!?": no word to match
      {"/api/search?q=exact:%22decoy", 400, "bad_query"},
      {"/api/search?q=exemption:s99", 400, "bad_exemption"},
      // NEAR/n or ADJ/n straight after an operator: Xapian's parser leaked on these (under ASan, a finding)
      {"/api/search?q=decoy%20OR%20NEAR%2F2%20widget", 400, "bad_query"},
      {"/api/search?q=NOT%20ADJ%2F9", 400, "bad_query"},
      {"/api/search?q=decoy%20AND%20-NEAR%2F3%20widget", 400, "bad_query"},
      {"/api/search?q=XOR%00NEAR%2F1", 400, "bad_query"},  // a control byte parts words as a space does
      {"/api/passages?q=harm%20AND%20ADJ%2F2%20prejudice", 400, "bad_query"},
      // a field value that is refused under a sign or inside a group: the error must not cross Xapian's
      // parser (these killed the daemon with SIGSEGV or "free(): invalid pointer")
      {"/api/search?q=-exemption%3As99", 400, "bad_exemption"},
      {"/api/search?q=%2Bexemption%3As99", 400, "bad_exemption"},
      {"/api/search?q=-exemption%3As31*", 400, "bad_exemption"},
      {"/api/search?q=decoy%20-exemption%3As99", 400, "bad_exemption"},
      {"/api/search?q=decoy%20AND%20NOT%20exemption%3As99", 400, "bad_exemption"},
      {"/api/search?q=%28decoy%20OR%20-exemption%3As99%29", 400, "bad_exemption"},
      {"/api/search?q=-exemption%3As99%20-exemption%3As98", 400, "bad_exemption"},
      {"/api/passages?q=-role%3Azz", 400, "bad_role"},
      {"/api/passages?q=%2Brole%3Azz%20-exemption%3As99", 400, "bad_role"},
      {"/api/search?exemption=s17", 400, "bad_exemption"},
      {"/api/search?q=wq*", 400, "wildcard_too_broad"},
      {"/api/search?q=" + std::string(1100, 'a'), 400, "query_too_long"},
      {"/api/search?exemptions=s40", 400, "unknown_parameter"},
      {"/api/doc", 400, "missing_id"},
      {"/api/doc?id=no-such-doc", 404, "not_found"},
      {"/no/such/path", 404, "not_found"},
      {"/" + std::string(600, 'p'), 414, "path_too_long"},
      // the precedents routes
      {"/api/passages?role=nonsense", 400, "bad_role"},
      {"/api/passages?collapse=authority", 400, "bad_collapse"},
      {"/api/passages?offence=SOA", 400, "unknown_parameter"},  // passages have no offence facet
      {"/api/search?role=harm", 400, "unknown_parameter"},
      {"/api/search?collapse=cluster", 400, "unknown_parameter"},
      {"/api/similar", 400, "missing_passage"},
      {"/api/similar?passage=a&text=b", 400, "missing_passage"},
      {"/api/similar?text=hello%20there", 400, "text_too_short"},
      {"/api/similar?text=" + std::string(4097, 'a'), 400, "text_too_short"},
      {"/api/similar?passage=nope%23p1", 404, "not_found"},
      // more like this
      {"/api/similar?doc=nope.txt", 404, "not_found"},
      {"/api/similar?doc=000_7c431f6c32de453a.txt%23p5", 404, "not_found"},  // a passage is no document
      {"/api/similar?doc=", 400, "bad_doc"},
      {"/api/similar?doc=%FF%FE", 400, "bad_doc"},
      {"/api/similar?doc=a%00b", 400, "bad_doc"},
      {"/api/similar?doc=widgets/kent-2020.txt&limit=0", 400, "bad_limit"},
      {"/api/similar?doc=widgets/kent-2020.txt&limit=ten", 400, "bad_limit"},
      {"/api/similar?doc=widgets/kent-2020.txt&limit=101", 400, "bad_limit"},
      {"/api/similar?doc=widgets/kent-2020.txt&limit=-1", 400, "bad_limit"},
      {"/api/similar?doc=widgets/kent-2020.txt&size=3", 400, "unknown_parameter"},
      {"/api/similar?doc=widgets/kent-2020.txt&passage=x", 400, "unknown_parameter"},
      {"/api/cluster", 400, "missing_id"},
      {"/api/cluster?id=cnope", 404, "not_found"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.path.substr(0, 80));
    nlohmann::json j = sd.json(c.path, c.status);
    CHECK(j.at("error").at("code") == c.code);
    CHECK(j.at("error").at("message").get<std::string>().size() > 0);
  }
  std::string many_terms = "/api/search?q=";
  for (int i = 0; i < 70; ++i) many_terms += "t" + std::to_string(i) + "+";
  CHECK(sd.json(many_terms, 400).at("error").at("code") == "too_many_terms");
}

TEST_CASE("api errors: only GET and HEAD are allowed") {
  foi::test::Searchd sd(fixture().db);
  httplib::Client c("127.0.0.1", sd.port());
  c.set_url_encode(false);
  std::vector<httplib::Result> answers;
  answers.push_back(c.Post("/api/search"));
  answers.push_back(c.Put("/api/search"));
  answers.push_back(c.Delete("/api/search"));
  answers.push_back(c.Patch("/healthz"));
  for (const httplib::Result& r : answers) {
    REQUIRE(r);
    CHECK(r->status == 405);
    CHECK(r->get_header_value("Allow") == "GET, HEAD");
    CHECK(nlohmann::json::parse(r->body).at("error").at("code") == "method_not_allowed");
  }
  auto head = c.Head("/api/search?q=decoy");
  REQUIRE(head);
  CHECK(head->status == 200);
}

TEST_CASE("api errors: every answer carries the security headers and no CORS") {
  foi::test::Searchd sd(fixture().db);
  for (const char* path : {"/api/search?q=decoy", "/api/search?page=0", "/nope", "/healthz"}) {
    CAPTURE(path);
    httplib::Result r = sd.get(path);
    REQUIRE(r);
    std::string csp = r->get_header_value("Content-Security-Policy");
    CHECK(csp.find("script-src 'self'") != std::string::npos);
    CHECK(csp.find("unsafe-inline") == std::string::npos);
    CHECK(r->get_header_value("X-Content-Type-Options") == "nosniff");
    CHECK(r->get_header_value("Referrer-Policy") == "no-referrer");
    CHECK_FALSE(r->has_header("Access-Control-Allow-Origin"));
  }
}

TEST_CASE("api errors: a missing or empty database stops searchd at start-up with a clear message") {
  foi::test::TempDir empty;
  for (std::string db : {empty / "missing", empty.path()}) {
    CAPTURE(db);
    foi::test::RunResult r =
        foi::test::run(foi::test::bin_path("foi-searchd") + " --db '" + db + "' --listen 127.0.0.1:0");
    CHECK(r.status == 1);
    CHECK(r.err.find("cannot open the index") != std::string::npos);
  }
  CHECK(foi::test::run(foi::test::bin_path("foi-searchd") + " --listen 127.0.0.1:0").status == 2);
}
