// Quoted phrases match their words' other inflections; exact:"..." matches the words as typed. Real index by
// the real foi-index, real foi-searchd over HTTP.
#include <doctest/doctest.h>

#include <set>

#include "searchd_fixture.h"

using foi::test::ids_of;

namespace {

// Three letters that say one thing in three wordings; one with the same words out of order; one with none.
struct PhraseIndex {
  foi::test::TempDir corpus, out;
  std::string db;
  PhraseIndex() : db(out / "db") {
    auto letter = [&](const std::string& name, const std::string& body) {
      foi::test::write_file(corpus / name, "Request about firearms\nDate: 01/03/2021\n" + body + "\n");
    };
    letter("confirm.txt", "The force will neither confirm nor deny that it holds the information requested.");
    letter("confirms.txt", "Kent Police neither confirms nor denies that it holds any such record.");
    letter("confirming.txt", "We are neither confirming nor denying whether the reports exist.");
    letter("shuffled.txt", "Neither the force nor its officers deny the request; they confirm receipt.");
    letter("unrelated.txt", "The information requested about firearms licences is attached.");
    foi::test::RunResult r =
        foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus.path() + "'");
    REQUIRE(r.status == 0);
  }
};

PhraseIndex& fixture() {
  static PhraseIndex f;
  return f;
}

std::set<std::string> found(const foi::test::Searchd& sd, const std::string& q) {
  std::vector<std::string> ids = ids_of(sd.json("/api/search?size=100&q=" + q));
  return {ids.begin(), ids.end()};
}

}  // namespace

TEST_CASE("api phrases: a quoted phrase finds every inflection of its words; exact: only the forms typed") {
  foi::test::Searchd sd(fixture().db);
  using Ids = std::set<std::string>;
  const Ids all_three{"confirm.txt", "confirms.txt", "confirming.txt"};
  struct Case {
    const char* q;
    Ids ids;
  };
  const Case cases[] = {
      {"%22neither+confirm+nor+deny%22", all_three},
      {"%22neither+confirming+nor+denying%22", all_three},  // from any of the wordings
      {"%22Neither+Confirms+Nor+Denies%22", all_three},
      {"%22nor+deny%22", all_three},
      {"%22deny+nor%22", {}},  // still the words in order
      {"exact:%22neither+confirm+nor+deny%22", {"confirm.txt"}},
      {"exact:%22neither+confirms+nor+denies%22", {"confirms.txt"}},
      {"exact:%22neither+confirming+nor+denying%22", {"confirming.txt"}},
      {"exact:%22neither+confirmed+nor+denied%22", {}},  // no letter says it so
      {"exact:confirms", {"confirms.txt"}},              // a word as typed, not its stem
      {"confirms",
       {"confirm.txt", "confirms.txt", "confirming.txt", "shuffled.txt"}},  // a plain word: its stem
      {"%22neither+confirm+nor+deny%22+-exact:%22neither+confirm+nor+deny%22",
       {"confirms.txt", "confirming.txt"}},
      {"-exact:confirms", {"confirm.txt", "confirming.txt", "shuffled.txt", "unrelated.txt"}},
      {"%28exact:denies+OR+exact:denying%29", {"confirms.txt", "confirming.txt"}},
      {"%22neither+confirm+nor+deny%22+holds", {"confirm.txt", "confirms.txt"}},
      {"title:%22requests+about+firearm%22",
       {"confirm.txt", "confirms.txt", "confirming.txt", "shuffled.txt",
        "unrelated.txt"}},  // titles' phrases too
      {"exact:%22requests+about+firearm%22", {}},
      // ADJ/N keeps its window: the words in order, at most N apart, over every inflection
      {"neither+ADJ%2F3+deny", all_three},
      {"neither+ADJ%2F1+deny", {}},
      {"deny+ADJ%2F3+neither", {}},
      {"neither+ADJ%2F5+deny", all_three},  // "Neither the force nor its officers deny" is 6 apart
      {"neither+ADJ%2F6+deny", {"confirm.txt", "confirms.txt", "confirming.txt", "shuffled.txt"}},
  };
  for (const Case& c : cases) {
    INFO(std::string(c.q));
    CHECK(found(sd, c.q) == c.ids);
  }
}

TEST_CASE("api phrases: the snippet marks the wording the letter uses") {
  foi::test::Searchd sd(fixture().db);
  nlohmann::json j = sd.json("/api/search?q=%22neither+confirm+nor+deny%22");
  std::map<std::string, std::string> snippets;
  for (const auto& h : j.at("hits")) snippets[h.at("id")] = h.at("snippet");
  CHECK(snippets.at("confirming.txt").find("<mark>neither confirming nor denying</mark>") !=
        std::string::npos);
  CHECK(snippets.at("confirms.txt").find("<mark>neither confirms nor denies</mark>") != std::string::npos);
}
