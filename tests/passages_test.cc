// Responses become passages: roles on labelled letters, headings and the exemptions each passage argues.
#include <doctest/doctest.h>

#include <algorithm>

#include "foi/index/extract_record.h"
#include "foi/formats/reader.h"
#include "foi/precedents/passages.h"
#include "test_util.h"

using V = std::vector<std::string>;

namespace {

struct Cut {
  std::string heading, role;
  V exemptions;
  std::string body_start;
};

std::vector<foi::Passage> passages_of(const std::string& text, const std::string& name = "letter.txt") {
  foi::Record r = foi::extract_record({text, name, name});
  return foi::extract_passages(r, text);
}

std::vector<foi::Passage> seed_passages(const std::string& name, foi::Record* record = nullptr) {
  std::string path = foi::test::source_path("corpus/" + name);
  foi::formats::ReadText t = foi::formats::read_document(path, foi::test::read_file(path)).at(0);
  foi::Record r = foi::extract_record({t.text, name, path, &t});
  if (record) *record = r;
  return foi::extract_passages(r, t.text);
}

const foi::Passage* find(const std::vector<foi::Passage>& ps, const std::string& heading, const std::string& start) {
  for (const foi::Passage& p : ps)
    if (p.heading == heading && p.body.rfind(start, 0) == 0) return &p;
  return nullptr;
}

}  // namespace

TEST_CASE("passages: a role from the heading's words, else from the body's") {
  struct Case {
    const char* heading;
    const char* body;
    const char* role;
  };
  const Case cases[] = {
      {"Harm", "Disclosure would reveal tactics.", "harm"},
      {"Evidence of Harm", "The request asks for tactics.", "harm"},
      {"Factors favouring disclosure", "Transparency.", "public_interest_for"},
      {"Factors favouring non-disclosure (Sections 30 and 38)", "Tactics.", "public_interest_against"},
      {"Factors against confirmation or denial for S31", "Tactics.", "public_interest_against"},
      {"Factors favouring confirmation or denial for S31", "Public funds.", "public_interest_for"},
      {"Balance Test", "On weighing the factors.", "balance"},
      {"Your right to complain", "If you are unhappy with this response.", "review_rights"},
      {"Section 23(5)", "Confirming or denying the existence of whether any other information is held would...",
       "ncnd"},
      {"", "To comply would exceed the appropriate limit of £450 (18 hours).", "cost_limit"},
      {"", "We consider the request vexatious.", "vexatious"},
      {"", "The information you asked for is not held by the force.", "not_held"},
      {"", "This letter serves as a Refusal Notice under section 17 of the Act.", "refusal_notice"},
      {"", "Please find attached the figures you asked for.", "disclosure"},
      {"", "Section 30 is a class based exemption; there is no requirement to evidence harm.", "other"},
      {"", "You may refine your request; we offer advice and assistance.", "advice_and_assistance"},
      {"", "The force has many officers.", "other"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.heading);
    CAPTURE(c.body);
    CHECK(foi::passage_role(c.heading, c.body) == c.role);
  }
}

TEST_CASE("passages: a labelled refusal letter is cut into its headed parts with their roles and exemptions") {
  const std::string letter =
      "Kent Police\nOur ref: 77/21\nDate: 2 March 2021\n\nDear Ms Smith,\n\n"
      "Freedom of Information request: drone flights\n\n"
      "Your request has been considered and the information is exempt by virtue of Section 31(1)(a) and "
      "Section 40(2) of the Freedom of Information Act 2000. This letter is a refusal notice.\n\n"
      "Section 31(1)(a) - Law enforcement\n\n"
      "Harm\n\n"
      "Releasing the flight logs would show where the force does and does not fly drones, and offenders would "
      "move their activity to the places left unwatched.\n\n"
      "Factors favouring disclosure\n\n"
      "Disclosure would show how public money is spent on drones and reassure people that flights are lawful.\n\n"
      "Factors against disclosure\n\n"
      "The logs would let offenders map patrols over months, undermining prevention and detection of crime.\n\n"
      "Balance test\n\n"
      "Weighing these factors, the public interest in maintaining the exemption outweighs that in disclosure.\n\n"
      "Section 40(2) - Personal information\n\n"
      "The pilots' names are personal data of third parties and their disclosure would breach the data "
      "protection principles.\n\n"
      "If you are unhappy with this response you may request an internal review within 40 working days, and then "
      "complain to the Information Commissioner.\n\n"
      "Yours sincerely\n\nA Officer\nThis footer repeats the force's address and is no passage at all.\n";
  std::vector<foi::Passage> ps = passages_of(letter);
  const Cut expected[] = {
      {"Freedom of Information request: drone flights", "refusal_notice", {"s31(1)(a)", "s40(2)"},
       "Your request has been considered"},
      {"Section 31(1)(a) - Law enforcement / Harm", "harm", {"s31(1)(a)"}, "Releasing the flight logs"},
      {"Factors favouring disclosure", "public_interest_for", {"s31(1)(a)"}, "Disclosure would show"},
      {"Factors against disclosure", "public_interest_against", {"s31(1)(a)"}, "The logs would let"},
      {"Balance test", "balance", {"s31(1)(a)"}, "Weighing these factors"},
      {"Section 40(2) - Personal information", "other", {"s40(2)"}, "The pilots' names"},
      {"", "review_rights", {}, "If you are unhappy with this response"},
  };
  REQUIRE(ps.size() == std::size(expected));
  for (size_t i = 0; i < ps.size(); ++i) {
    CAPTURE(i);
    CHECK(ps[i].heading == expected[i].heading);
    CHECK(ps[i].role == expected[i].role);
    CHECK(ps[i].exemptions == expected[i].exemptions);
    CHECK(ps[i].body.rfind(expected[i].body_start, 0) == 0);
    CHECK(letter.substr(ps[i].offset, ps[i].length).find(expected[i].body_start) != std::string::npos);
  }
  for (const foi::Passage& p : ps) CHECK(p.body.find("footer") == std::string::npos);  // the sign-off ends it
}

TEST_CASE("passages: the seed threads' refusal paragraphs carry their section, role and nothing from annotations") {
  foi::Record avon;
  std::vector<foi::Passage> a = seed_passages("000_7c431f6c32de453a.txt", &avon);
  struct Want {
    const char* heading;
    const char* start;
    const char* role;
    V exemptions;
  };
  const Want avon_wants[] = {
      {"Section 23(5)", "Confirming or denying the existence", "ncnd", {"s23(5)"}},
      {"Section 31(3)", "Section 31 is prejudice based", "harm", {"s31(3)"}},
      {"Harm", "As you may be aware, disclosure under FOIA", "harm", {"s31(3)"}},
      {"Factors favouring confirmation or denial for S31", "By confirming or denying", "public_interest_for",
       {"s31(3)"}},
      {"Balance", "The points above highlight", "balance", {"s31(3)"}},  // mentions s30 and s38 after: still s31(3)'s
      {"Factors favouring non-disclosure (Sections 30 and 38)", "It is the Association", "public_interest_against",
       {"s30", "s38(1)"}},
  };
  for (const Want& w : avon_wants) {
    CAPTURE(w.heading);
    const foi::Passage* p = find(a, w.heading, w.start);
    REQUIRE(p != nullptr);
    CHECK(p->role == w.role);
    CHECK(p->exemptions == w.exemptions);
  }
  for (const foi::Passage& p : a) {
    CAPTURE(p.body.substr(0, 60));
    CHECK(avon.messages.at(p.message).side == "authority");
    CHECK(p.body.find("left an annotation") == std::string::npos);
    CHECK(p.body.find("Please provide the number of arrests") == std::string::npos);  // quoted questions are not
  }

  // Essex opens the s31 part with a paragraph of its own under the s40 heading: it starts a new passage
  std::vector<foi::Passage> e = seed_passages("002_8945b82075d5d1a2.txt");
  const foi::Passage* essex = find(e, "", "Section 31 is prejudice based");
  REQUIRE(essex != nullptr);
  CHECK(essex->role == "harm");
  CHECK(essex->exemptions == V{"s31(3)"});
  const foi::Passage* essex_harm = find(e, "Harm", "As you may be aware");
  REQUIRE(essex_harm != nullptr);
  CHECK(essex_harm->exemptions == V{"s31(3)"});

  // West Midlands lists two grounds as headings over a paragraph about one of them
  std::vector<foi::Passage> w = seed_passages("004_aaea4b360a23c9d5.txt");
  const foi::Passage* wm = find(w, "Section 23(5) Information Supplied By, Or Concerning, Certain Security Bodies / "
                                   "Section 31(3) Law Enforcement",
                                "Section 23 is a class based");
  REQUIRE(wm != nullptr);
  CHECK(wm->role == "ncnd");
  CHECK(wm->exemptions == V{"s23(5)"});
}

TEST_CASE("passages: a decision, a report or guidance (no authority response) has none") {
  CHECK(passages_of("First-tier Tribunal decision\nThe appeal is dismissed. The Commissioner was right that section "
                    "40(2) applies to the names, for reasons the tribunal sets out at length here.\n")
            .empty());
}

TEST_CASE("passages: the spans give back each passage's heading and body, which the index keeps no copy of") {
  const std::string wrapped =
      "Kent Police\nOur ref: 12/22\nDate: 2 March 2022\n\nDear Mr Jones,\n\n"
      "Freedom of Information request: speed cameras\n\n"
      "Your request has been considered and the information is exempt by virtue of Section 31(1)(a) and "
      "Section 40(2) of the Freedom of Information Act 2000. This letter is a refusal notice.\n\n"
      "## Section 31(1)(a) - Law enforcement **\n\nHarm\n\n"
      "   Releasing the locations of the cameras would let offenders\r\n"
      "  avoid them, and the force could not prevent or detect crime   \r\n"
      "as it does now; the harm is real and not remote.\r\n\r\n"
      "Offenders would also learn which roads are never watched, and would drive there instead.\n\n"
      "Section 40(2)\n\nPersonal information\n\n"
      "The names of the officers are personal data of third parties, and disclosing them would breach the\n"
      "data protection principles.\n\n"
      "Yours sincerely\n\nA Officer\n";
  std::vector<std::pair<std::string, std::vector<foi::Passage>>> letters = {{wrapped, passages_of(wrapped)}};
  for (const char* seed : {"000_7c431f6c32de453a.txt", "001_b455801c96e30f6e.txt", "002_8945b82075d5d1a2.txt",
                           "003_b8f8d31a9d1c8c2e.txt", "004_aaea4b360a23c9d5.txt"}) {
    std::string path = foi::test::source_path(std::string("corpus/") + seed);
    foi::formats::ReadText t = foi::formats::read_document(path, foi::test::read_file(path)).at(0);
    letters.emplace_back(t.text, seed_passages(seed));
  }
  size_t headed_twice = 0, several_blocks = 0, passages = 0;
  for (const auto& [text, ps] : letters) {
    for (const foi::Passage& p : ps) {
      CAPTURE(p.body);
      auto words = foi::passage_words(text, p);
      REQUIRE(words);
      CHECK(words->first == p.heading);
      CHECK(words->second == p.body);
      headed_twice += p.heading_spans.size() > 1;
      several_blocks += p.body_spans.size() > 1;
      ++passages;
    }
  }
  CHECK(passages > 20);
  CHECK(headed_twice > 0);  // "Section 31(1)(a) - Law enforcement / Harm"
  CHECK(several_blocks > 0);
  REQUIRE(!letters[0].second.empty());
  foi::Passage outside = letters[0].second.at(0);
  outside.body_spans.back().second = wrapped.size() + 1;
  CHECK_FALSE(foi::passage_words(wrapped, outside));
}
