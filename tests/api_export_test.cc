// /api/export over real HTTP on a real index: every matching document, once, as CSV or JSON lines; the CSV
// readable by a strict RFC 4180 reader with the formula guard applied; the windows of the walk; bounded
// memory.
#include <doctest/doctest.h>

#include <fstream>

#include "export_fixture.h"
#include "foi/search/document_walk.h"

using foi::test::hit_ids;
using foi::test::read_csv;

namespace {
foi::test::ExportFixture& fixture() {
  static foi::test::ExportFixture f;
  return f;
}

// The ids of an export's rows, checking every CSV row has the header's twelve columns.
std::vector<std::string> csv_ids(const std::string& body) {
  std::vector<std::vector<std::string>> rows = read_csv(body);
  REQUIRE(!rows.empty());
  CHECK(rows[0] == std::vector<std::string>{"id", "title", "date", "authority", "force", "doc_type",
                                            "outcome", "ncnd", "exemptions", "offences", "reference", "url"});
  std::vector<std::string> ids;
  for (size_t i = 1; i < rows.size(); ++i) {
    CHECK(rows[i].size() == 12);
    ids.push_back(rows[i][0]);
  }
  return ids;
}

std::vector<nlohmann::json> jsonl_rows(const std::string& body) {
  std::vector<nlohmann::json> rows;
  size_t pos = 0;
  for (size_t nl; (nl = body.find('\n', pos)) != std::string::npos; pos = nl + 1)
    rows.push_back(nlohmann::json::parse(body.substr(pos, nl - pos)));
  CHECK(pos == body.size());  // every line ends with LF
  return rows;
}

long rss_kb(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

}  // namespace

TEST_CASE("export: CSV and JSON lines hold exactly the documents /api/search totals, each once") {
  foi::test::Searchd sd(fixture().db);
  for (std::string query : {"q=widget", "q=widget&force=Kent+Police", "exemption=s23(5)", "q=gadget",
                            "q=widget&from=2020-01-01&to=2020-12-31", "force=Kent+Police&sort=oldest", ""}) {
    CAPTURE(query);
    nlohmann::json search = sd.json("/api/search?size=100&" + query);
    REQUIRE(search.at("total").get<size_t>() <= 100);
    std::set<std::string> expected = hit_ids(search);
    REQUIRE(expected.size() == search.at("total").get<size_t>());

    httplib::Result csv = sd.get("/api/export?format=csv&" + query);
    REQUIRE(csv);
    CHECK(csv->status == 200);
    CHECK(csv->get_header_value("Content-Type") == "text/csv; charset=utf-8");
    CHECK(csv->get_header_value("Content-Disposition") == "attachment; filename=\"foisearch-export.csv\"");
    CHECK(csv->get_header_value("Transfer-Encoding") == "chunked");
    std::vector<std::string> ids = csv_ids(csv->body);
    CHECK(ids.size() == expected.size());
    CHECK(std::set<std::string>(ids.begin(), ids.end()) == expected);

    httplib::Result jl = sd.get("/api/export?format=jsonl&" + query);
    REQUIRE(jl);
    CHECK(jl->status == 200);
    CHECK(jl->get_header_value("Content-Type") == "application/x-ndjson");
    CHECK(jl->get_header_value("Content-Disposition") == "attachment; filename=\"foisearch-export.jsonl\"");
    std::set<std::string> jl_ids;
    std::vector<nlohmann::json> rows = jsonl_rows(jl->body);
    for (const auto& row : rows) {
      jl_ids.insert(row.at("id").get<std::string>());
      CHECK(!row.contains("snippet"));
    }
    CHECK(rows.size() == expected.size());
    CHECK(jl_ids == expected);
  }
}

TEST_CASE(
    "export: the CSV quotes commas, quotation marks and line breaks, and guards formulas with a leading '") {
  foi::test::Searchd sd(fixture().db);
  httplib::Result r = sd.get("/api/export?q=gadget&sort=oldest");  // csv by default
  REQUIRE(r);
  REQUIRE(r->status == 200);
  std::vector<std::vector<std::string>> rows = read_csv(r->body);
  REQUIRE(rows.size() == 4);
  std::map<std::string, std::vector<std::string>> by_id;
  for (size_t i = 1; i < rows.size(); ++i) by_id[rows[i][0]] = rows[i];
  CHECK(by_id.at("hostile/formula.txt")[1] == "'=HYPERLINK(\"http://evil.example\",\"click\")");
  CHECK(by_id.at("hostile/formula.txt")[10] == "'-12");  // the reference
  CHECK(by_id.at("hostile/quotes.txt")[1] == "two\r\nlines, \"quoted\"");
  CHECK(by_id.at("hostile/quotes.txt")[11] == "https://example.org/a?b=1&c=2");
  CHECK(by_id.at("hostile/quotes.txt")[4] == "Kent Police");
  CHECK(by_id.at("hostile/formula.txt")[2] == "2021-03-03");
  // oldest first: the rows come in date order
  CHECK(rows[1][0] == "hostile/formula.txt");
  CHECK(rows[2][0] == "hostile/quotes.txt");
  CHECK(rows[3][0] == "hostile/control.txt");
  // in JSON lines the same values arrive unguarded: JSON readers run no formulas
  httplib::Result jl = sd.get("/api/export?q=gadget&format=jsonl&sort=newest");
  REQUIRE(jl);
  std::vector<nlohmann::json> lines = jsonl_rows(jl->body);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].at("id") == "hostile/control.txt");  // newest first
  CHECK(lines[2].at("title") == "=HYPERLINK(\"http://evil.example\",\"click\")");
}

TEST_CASE("export: a bad format is 400 bad_format, and the search's own 400s apply") {
  foi::test::Searchd sd(fixture().db);
  struct Row {
    const char* query;
    const char* code;
  };
  const Row rows[] = {
      {"format=xlsx", "bad_format"},
      {"format=", "bad_format"},
      {"format=CSV", "bad_format"},
      {"format=csv&from=2020-13-01", "bad_date"},
      {"from=2021-01-01&to=2020-01-01", "bad_date_range"},
      {"sort=best", "bad_sort"},
      {"q=%22open", "bad_query"},
      {"exemption=s99", "bad_exemption"},
      {"exemptions=s31", "unknown_parameter"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.query);
    nlohmann::json j = sd.json(std::string("/api/export?") + r.query, 400);
    CHECK(j.at("error").at("code") == r.code);
  }
}

TEST_CASE(
    "export: the walk reads every match in windows of its size, each document once, in the sort's order") {
  foi::SearchLimits limits;
  for (foi::SortOrder sort : {foi::SortOrder::kRelevance, foi::SortOrder::kNewest, foi::SortOrder::kOldest}) {
    foi::SearchRequest r;
    r.sort = sort;
    foi::DocumentWalk all(fixture().db, r, limits, {1000});
    std::vector<foi::WalkedDocument> everything = all.next();
    CHECK(all.next().empty());
    REQUIRE(everything.size() > 10);
    foi::DocumentWalk walk(fixture().db, r, limits, {3});
    std::vector<std::string> ids;
    for (std::vector<foi::WalkedDocument> w; !(w = walk.next()).empty();) {
      CHECK(w.size() <= 3);
      for (const auto& d : w) ids.push_back(d.record.id);
    }
    REQUIRE(ids.size() == everything.size());
    for (size_t i = 0; i < ids.size(); ++i) CHECK(ids[i] == everything[i].record.id);
    for (size_t i = 1; i < everything.size(); ++i) {
      const foi::Record &a = everything[i - 1].record, &b = everything[i].record;
      if (sort == foi::SortOrder::kRelevance) CHECK(a.id < b.id);
      if (sort == foi::SortOrder::kNewest && b.date) CHECK((a.date && *a.date >= *b.date));
      if (sort == foi::SortOrder::kOldest && a.date) CHECK((!b.date || *a.date <= *b.date));
    }
  }
}

// A bounded-memory check: documents with 4 KB titles, so the export is tens of MB while a window is under 1
// MB. An answer built whole (rows, then the body) would grow searchd by more than the export's size.
TEST_CASE(
    "export: streaming every document of a large index does not grow searchd's memory with the export") {
  const int kDocs = foi::test::kSanitizedBuild ? 1000 : 6000;
  foi::test::TempDir corpus, out;
  nlohmann::json sidecar = nlohmann::json::object();
  for (int i = 0; i < kDocs; ++i) {
    std::string name = "m" + std::to_string(i) + ".txt";
    foi::test::write_file(corpus / name, "Memo " + std::to_string(i) + "\nA short memo.\n");
    sidecar[name] = {{"title", "Memo " + std::to_string(i) + " " + std::string(4000, 'x')}};
  }
  foi::test::write_file(out / "sidecar.json", sidecar.dump());
  std::string db = out / "db";
  REQUIRE(foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' --sidecar '" +
                         (out / "sidecar.json") + "' '" + corpus.path() + "' 2>&1")
              .status == 0);
  foi::test::Searchd sd(db);
  REQUIRE(sd.get("/api/search?q=memo"));  // warm up: the index open, the first allocations made
  long before = rss_kb(sd.pid());
  httplib::Client c("127.0.0.1", sd.port());
  size_t bytes = 0, rows = 0;
  long peak = before;
  httplib::Result r = c.Get("/api/export?format=csv", [&](const char* data, size_t n) {
    bytes += n;
    rows += static_cast<size_t>(std::count(data, data + n, '\n'));
    if (rows % 500 < 3) peak = std::max(peak, rss_kb(sd.pid()));
    return true;
  });
  REQUIRE(r);
  CHECK(r->status == 200);
  long after = rss_kb(sd.pid());
  peak = std::max(peak, after);
  MESSAGE("export of ", kDocs, " rows, ", bytes / 1024, " KB: searchd VmRSS ", before, " KB before, ", peak,
          " KB at most during, ", after, " KB after");
  CHECK(rows == static_cast<size_t>(kDocs) + 1);
  CHECK(bytes > static_cast<size_t>(kDocs) * 4000);
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  // A sanitizer's allocator keeps freed memory in quarantine (154 MB here under ASan): the bound is for the
  // plain build, which the README's test command runs.
#else
  CHECK(peak - before < 12 * 1024);  // the export itself is over 23 MB
#endif
}
