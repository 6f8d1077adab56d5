// Sidecar metadata: CSV and JSON, columns matched by meaning, fields that override extraction.
#include <doctest/doctest.h>

#include "foi/index/sidecar.h"
#include "foi/base/text.h"
#include "test_util.h"

using foi::test::TempDir;

TEST_CASE("sidecar: a CSV maps files by name or id to fields that override extraction") {
  TempDir dir;
  foi::test::write_file(dir / "decisions.csv",
                        "id,decision_date,reference,case_title,appellant,respondent_1,public_agency,outcome,source_url\n"
                        "1002,03/12/2015,EA/2015/0006,\"Smith v Information Commissioner, and another\",Smith,"
                        "Information Commissioner,Dinnington Town Council,Dismissed,http://example.org/1002.pdf\n"
                        "6,15/06/2020,EA/2019/0369,Webber v IC,Webber,IC,London Borough of Barnet,NA,\n");
  foi::Sidecar s = foi::Sidecar::load(dir / "decisions.csv");
  CHECK(s.size() == 2);
  const foi::SidecarFields* f = s.find("pdf/1002.pdf");
  REQUIRE(f);
  CHECK(f->at("authority") == "Dinnington Town Council");  // public_agency, not the respondent
  CHECK(f->at("title") == "Smith v Information Commissioner, and another");
  CHECK_FALSE(s.find("7.pdf"));

  foi::Record r;
  r.title = "IN THE FIRST-TIER TRIBUNAL";
  r.date = "2014-12-03";
  foi::apply_sidecar(r, *f);
  CHECK(r.date == std::optional<std::string>("2015-12-03"));
  CHECK(r.reference == std::optional<std::string>("EA/2015/0006"));
  CHECK(r.outcome == std::optional<std::string>("dismissed"));  // "Dismissed" onto the vocabulary
  CHECK(r.url == std::optional<std::string>("http://example.org/1002.pdf"));
  CHECK(r.from_sidecar == std::vector<std::string>{"date", "reference", "authority", "outcome", "title", "url"});

  foi::Record na;
  foi::apply_sidecar(na, *s.find("6.pdf"));
  CHECK_FALSE(na.outcome);  // "NA" is no outcome
  CHECK(foi::sidecar_signature(*f) != foi::sidecar_signature(*s.find("6.pdf")));
}

TEST_CASE("sidecar: JSON as an array of objects or an object keyed by file name") {
  TempDir dir;
  foi::test::write_file(dir / "a.json", R"([{"file": "x.txt", "date": "2021-01-22", "outcome": "refused"}])");
  foi::test::write_file(dir / "b.json", R"({"y.txt": {"reference": "FOI 1", "title": "Drones"}})");
  CHECK(foi::Sidecar::load(dir / "a.json").find("x.txt")->at("outcome") == "refused");
  CHECK(foi::Sidecar::load(dir / "b.json").find("y.txt")->at("title") == "Drones");
  foi::test::write_file(dir / "bad.json", "{not json");
  CHECK_THROWS_AS(foi::Sidecar::load(dir / "bad.json"), foi::TextError);
  foi::test::write_file(dir / "nokey.csv", "colour,size\nred,2\n");
  CHECK_THROWS_AS(foi::Sidecar::load(dir / "nokey.csv"), foi::TextError);
  CHECK_THROWS_AS(foi::Sidecar::load(dir / "missing.csv"), foi::TextError);
}
