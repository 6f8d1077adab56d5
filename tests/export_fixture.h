// The fixture corpus plus documents whose sidecar fields are hostile to CSV and XML (a formula, quotes and
// line breaks, control characters), indexed once per test file; and a strict RFC 4180 reader for the answers.
#pragma once

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "searchd_fixture.h"

namespace foi::test {

struct ExportFixture {
  TempDir corpus, out;
  std::string db;
  ExportFixture() : db(out / "db") {
    write_fixture_corpus(corpus.path());
    write_file(corpus / "hostile/formula.txt",
               "Gadget note\nKent Police\nDate: 03/03/2021\nA gadget memo.\n");
    write_file(corpus / "hostile/quotes.txt", "Gadget list\nKent Police\nDate: 04/03/2021\nA gadget list.\n");
    write_file(corpus / "hostile/control.txt",
               "Gadget \x01"
               "bell\nKent Police\nDate: 05/03/2021\nA gadget \x0b"
               "form\x0c"
               "feed\x1b note.\n");
    nlohmann::json sidecar = {
        {"formula.txt", {{"title", "=HYPERLINK(\"http://evil.example\",\"click\")"}, {"reference", "-12"}}},
        {"quotes.txt", {{"title", "two\r\nlines, \"quoted\""}, {"url", "https://example.org/a?b=1&c=2"}}},
        {"control.txt",
         {{"title",
           "bell\x07 and form\x0c"
           "feed <b>bold</b> & more"}}}};
    write_file(out / "sidecar.json", sidecar.dump());
    RunResult r = run(bin_path("foi-index") + " --db '" + db + "' --sidecar '" + (out / "sidecar.json") +
                      "' '" + corpus.path() + "'");
    REQUIRE(r.status == 0);
  }
};

// RFC 4180: fields separated by commas, records ended by CRLF, a quoted field's quotation marks doubled.
// Fails the test on anything else (a bare quotation mark or line break outside quotes, an unterminated
// quote).
inline std::vector<std::vector<std::string>> read_csv(const std::string& s) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, was_quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c != '"')
        field += c;
      else if (i + 1 < s.size() && s[i + 1] == '"')
        field += s[++i];
      else
        quoted = false;
      continue;
    }
    if (c == '"') {
      REQUIRE_MESSAGE(field.empty(), "a quotation mark inside an unquoted field");
      REQUIRE_MESSAGE(!was_quoted, "text after a closing quotation mark");
      quoted = was_quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      row.push_back(std::move(field));
      rows.push_back(std::move(row));
      row.clear();
      field.clear();
      was_quoted = false;
      ++i;
    } else {
      REQUIRE_MESSAGE((c != '\r' && c != '\n'), "a bare line break outside quotes");
      REQUIRE_MESSAGE(!was_quoted, "text after a closing quotation mark");
      field += c;
    }
  }
  REQUIRE_MESSAGE(!quoted, "an unterminated quoted field");
  REQUIRE_MESSAGE((row.empty() && field.empty()), "the last record has no CRLF");
  return rows;
}

inline std::set<std::string> hit_ids(const nlohmann::json& search) {
  std::set<std::string> ids;
  for (const auto& h : search.at("hits")) ids.insert(h.at("id").get<std::string>());
  return ids;
}

}  // namespace foi::test
