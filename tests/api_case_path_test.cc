// A case's path over real HTTP on a real index: a reply, its review, the ICO notice about it and the tribunal
// appeal against that notice, linked by the references they name (case_path.h), and the went_to= filter; a
// rehearing of the same appeal, a decision citing others as authority, and letters naming the ICO case.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "searchd_fixture.h"

using foi::test::ids_of;

namespace {

// Texts in our own words, shaped as the real documents are.
const char* kReply =
    "Anytown Borough Council\nOur ref: FOI 2021/123\n12 March 2021\n\nDear Ms Jones\n\nThank you for your "
    "request "
    "under the Freedom of Information Act 2000 for the minutes of the parking board. We hold the minutes but "
    "they are withheld under section 36(2)(b) of the Act, and the public interest favours withholding "
    "them.\n\n"
    "Yours sincerely\nInformation Officer\n";
const char* kReview =
    "Anytown Borough Council\n20 April 2021\n\nDear Ms Jones\n\nI have completed the internal review you "
    "asked "
    "for of our reply to your request FOI 2021/123. The original response relied on section 36(2)(b) and I "
    "uphold it.\n\nYours sincerely\nHead of Legal Services\n";
const char* kNotice =
    "Freedom of Information Act 2000 (FOIA)\nDecision notice\nDate: 3 March 2022\nReference: FS50123456\n"
    "Public Authority: Anytown Borough Council\nAddress: Town Hall, Anytown\n\nDecision (including any steps "
    "ordered)\n\n1. The complainant asked the council for the minutes of its parking board. The council "
    "refused the request, FOI 2021/123, under section 36(2)(b).\n\n2. The Commissioner's decision is that "
    "the "
    "council was entitled to rely on section 36(2)(b).\n";
const char* kTribunal =
    "IN THE FIRST-TIER TRIBUNAL\nGENERAL REGULATORY CHAMBER\n(INFORMATION RIGHTS)\nAppeal No: EA/2022/0456\n"
    "Information Commissioner's Ref: FS50123456\nDate of decision: 5 October 2022\n\nBETWEEN\nJANE "
    "JONES\nAppellant\nand\nTHE INFORMATION "
    "COMMISSIONER\nRespondent\n\nDecision: The appeal is allowed.\n\nREASONS\n1. The council refused the "
    "minutes of its parking board under section 36(2)(b).\n";
// A second notice, appealed and dismissed; the reply it names is not in the index.
const char* kOtherNotice =
    "Freedom of Information Act 2000 (FOIA)\nDecision notice\nDate: 9 May 2022\nReference: FS50222222\n"
    "Public Authority: Othertown Council\nAddress: Civic Centre, Othertown\n\nDecision (including any steps "
    "ordered)\n\n1. The complainant asked the council for its bin contracts. The council refused the "
    "request, "
    "FOI 2021/777, under section 43(2).\n\n2. The Commissioner's decision is that the council was entitled "
    "to "
    "rely on section 43(2).\n";
const char* kOtherTribunal =
    "IN THE FIRST-TIER TRIBUNAL\nGENERAL REGULATORY CHAMBER\n(INFORMATION RIGHTS)\nAppeal No: EA/2022/0789\n"
    "Information Commissioner's Ref: FS50222222\n\nBETWEEN\nJOHN SMITH\nAppellant\nand\nTHE INFORMATION "
    "COMMISSIONER\nRespondent\n\nDecision: The appeal is dismissed.\n\nREASONS\n1. The council refused its "
    "bin "
    "contracts under section 43(2).\n";
// Appeals a notice not in the index, and cites as authority the notice and the decision above and two Upper
// Tribunal decisions; its second appeal number is joined to its own, not cited.
const char* kCiting =
    "IN THE FIRST-TIER TRIBUNAL\nGENERAL REGULATORY CHAMBER\n(INFORMATION RIGHTS)\n"
    "Appeal Nos: EA/2023/0100 & EA/2023/0101\nInformation Commissioner's Ref: FS50333333\n"
    "Date of decision: 2 February 2024\n\nBETWEEN\nPAT GREEN\nAppellant\nand\nTHE INFORMATION "
    "COMMISSIONER\nRespondent\n\nDecision: The appeal is allowed.\n\nREASONS\n1. The council withheld the "
    "survey of its car parks under section 43(2), saying that the survey's prices would harm its next tender "
    "for the car park contract, which is due to be let within the year.\n2. We have read the approach the "
    "Commissioner took in an earlier notice, FS50222222, and what this Tribunal said in Jones v Information "
    "Commissioner (EA/2022/0456). The guidance in [2015] UKUT 0159 (AAC) and GIA/1234/2012 bears on it.\n";
// The same appeal as kTribunal heard again after the Upper Tribunal set the first decision aside.
const char* kRehearing =
    "IN THE FIRST-TIER TRIBUNAL\nGENERAL REGULATORY CHAMBER\n(INFORMATION RIGHTS)\nAppeal No: EA/2022/0456\n"
    "Information Commissioner's Ref: FS50123456\nDate of decision: 14 June 2023\n\nBETWEEN\nJANE JONES\n"
    "Appellant\nand\nTHE INFORMATION COMMISSIONER\nRespondent\n\nDecision: The appeal is dismissed.\n\n"
    "REASONS\n1. The Upper Tribunal set our first decision aside and sent the case back to be heard again.\n";
// Two replies to later requests naming the ICO case about the first.
const char* kNamingReply =
    "Anytown Borough Council\nOur ref: FOI 2022/555\n1 May 2022\n\nDear Mr Brown\n\nThank you for your "
    "request under the Freedom of Information Act 2000 for the board's papers. The Information Commissioner "
    "has decided a complaint about the board's minutes, case FS50123456, and we withhold the papers under "
    "section 36(2)(b) for the same reasons.\n\nYours sincerely\nInformation Officer\n";
const char* kOtherNamingReply =
    "Anytown Borough Council\nOur ref: FOI 2022/600\n9 May 2022\n\nDear Ms Patel\n\nThank you for your "
    "request under the Freedom of Information Act 2000 for the board's agenda. We hold it and enclose it. "
    "You mention the Commissioner's case FS50123456; it does not bear on the agenda.\n\nYours sincerely\n"
    "Information Officer\n";
// Names a notice nobody has.
const char* kLonely =
    "IN THE FIRST-TIER TRIBUNAL\nGENERAL REGULATORY CHAMBER\n(INFORMATION RIGHTS)\nAppeal No: EA/2022/0999\n"
    "Information Commissioner's Ref: FS50999999\n\nBETWEEN\nANN LEE\nAppellant\nand\nTHE INFORMATION "
    "COMMISSIONER\nRespondent\n\nDecision: The appeal is dismissed.\n";

struct CaseIndex {
  foi::test::TempDir corpus, out;
  std::string db;
  CaseIndex() : db(out / "db") {
    const std::pair<const char*, const char*> files[] = {{"reply.txt", kReply},
                                                         {"review.txt", kReview},
                                                         {"notice.txt", kNotice},
                                                         {"tribunal.txt", kTribunal},
                                                         {"other-notice.txt", kOtherNotice},
                                                         {"other-tribunal.txt", kOtherTribunal},
                                                         {"lonely.txt", kLonely},
                                                         {"citing.txt", kCiting},
                                                         {"rehearing.txt", kRehearing},
                                                         {"naming-reply.txt", kNamingReply},
                                                         {"other-naming-reply.txt", kOtherNamingReply}};
    for (const auto& [name, text] : files) foi::test::write_file(corpus / name, text);
    foi::test::RunResult r =
        foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus.path() + "'");
    REQUIRE(r.status == 0);
  }
};

CaseIndex& index() {
  static CaseIndex i;
  return i;
}

// "id: relation via; ..." in id order
std::string path_of(const foi::test::Searchd& sd, const std::string& id) {
  std::map<std::string, std::string> m;
  const nlohmann::json doc = sd.json("/api/doc?id=" + id);
  for (const auto& r : doc.at("path"))
    m[r.at("id").get<std::string>()] =
        r.at("relation").get<std::string>() + " " + r.at("via").get<std::string>();
  std::string out;
  for (const auto& [other, how] : m) out += other + ": " + how + "; ";
  return out;
}

std::set<std::string> found(const foi::test::Searchd& sd, const std::string& query) {
  std::vector<std::string> ids = ids_of(sd.json("/api/search?" + query));
  return {ids.begin(), ids.end()};
}

}  // namespace

TEST_CASE("case path: the documents read the references they are known by and name") {
  foi::test::Searchd sd(index().db);
  struct Row {
    const char* id;
    const char* doc_type;
    const char* reference;
    const char* cites;  // "reference relation", or "" for none
  };
  const Row rows[] = {
      {"reply.txt", "response", "FOI 2021/123", ""},
      {"review.txt", "internal_review", "FOI 2021/123", "FOI 2021/123 review of"},
      {"notice.txt", "decision_notice", "FS50123456", "FOI 2021/123 decision on"},
      {"tribunal.txt", "tribunal_decision", "EA/2022/0456", "FS50123456 appeal against"},
      {"rehearing.txt", "tribunal_decision", "EA/2022/0456", "FS50123456 appeal against"},
      {"citing.txt", "tribunal_decision", "EA/2023/0100",
       "FS50333333 appeal against; FS50222222 cites; EA/2022/0456 cites; [2015] UKUT 159 (AAC) cites; "
       "GIA/1234/2012 cites"},
      {"naming-reply.txt", "response", "FOI 2022/555", "FS50123456 names"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.id);
    nlohmann::json d = sd.json(std::string("/api/doc?id=") + row.id);
    CHECK(d.at("doc_type") == row.doc_type);
    CHECK(d.at("reference") == row.reference);
    std::string cites;
    for (const auto& c : d.at("cites"))
      cites += (cites.empty() ? "" : "; ") + c.at("reference").get<std::string>() + " " +
               c.at("relation").get<std::string>();
    CHECK(cites == row.cites);
  }
}

TEST_CASE("case path: /api/doc of each step lists the others with the relation that links them") {
  foi::test::Searchd sd(index().db);
  const std::pair<const char*, const char*> rows[] = {
      {"reply.txt",
       "notice.txt: decided in reply.txt; rehearing.txt: appealed in notice.txt; "
       "review.txt: reviewed in reply.txt; tribunal.txt: appealed in notice.txt; "},
      {"review.txt",
       "notice.txt: decided in review.txt; rehearing.txt: appealed in notice.txt; "
       "reply.txt: review of review.txt; tribunal.txt: appealed in notice.txt; "},
      // The letters naming its case are listed for the notice itself, not walked on from the reply.
      {"notice.txt",
       "naming-reply.txt: named in notice.txt; other-naming-reply.txt: named in notice.txt; "
       "rehearing.txt: appealed in notice.txt; reply.txt: decision on notice.txt; "
       "review.txt: decision on notice.txt; tribunal.txt: appealed in notice.txt; "},
      // The first hearing and the rehearing of one appeal, by their dates; the decision citing them.
      {"tribunal.txt",
       "citing.txt: cited in tribunal.txt; notice.txt: appeal against tribunal.txt; "
       "rehearing.txt: earlier decision in the same appeal tribunal.txt; reply.txt: decision on notice.txt; "
       "review.txt: decision on notice.txt; "},
      {"rehearing.txt",
       "citing.txt: cited in rehearing.txt; notice.txt: appeal against rehearing.txt; "
       "reply.txt: decision on notice.txt; review.txt: decision on notice.txt; "
       "tribunal.txt: later decision in the same appeal rehearing.txt; "},
      {"other-notice.txt",
       "citing.txt: cited in other-notice.txt; other-tribunal.txt: appealed in other-notice.txt; "},
      // A citation is one step: the decisions cited, not their notices or replies.
      {"citing.txt",
       "other-notice.txt: cites citing.txt; rehearing.txt: cites citing.txt; tribunal.txt: cites "
       "citing.txt; "},
      {"naming-reply.txt",
       "notice.txt: names naming-reply.txt; other-naming-reply.txt: names the same ICO case "
       "naming-reply.txt; "},
  };
  for (const auto& [id, expected] : rows) {
    CAPTURE(id);
    CHECK(path_of(sd, id) == expected);
  }
}

TEST_CASE("case path: each step carries the linked document's title, date, kind and outcome") {
  foi::test::Searchd sd(index().db);
  nlohmann::json path = sd.json("/api/doc?id=notice.txt").at("path");
  nlohmann::json tribunal;
  for (const auto& r : path)
    if (r.at("id") == "tribunal.txt") tribunal = r;
  REQUIRE(tribunal.is_object());
  CHECK(tribunal.at("doc_type") == "tribunal_decision");
  CHECK(tribunal.at("outcome") == "allowed");
  CHECK(tribunal.at("reference") == "FS50123456");
  CHECK(tribunal.at("title").is_string());
  CHECK(tribunal.at("date") == "2022-10-05");
}

TEST_CASE("case path: a document naming a reference no other document has gets no link") {
  foi::test::Searchd sd(index().db);
  nlohmann::json lonely = sd.json("/api/doc?id=lonely.txt");
  CHECK(lonely.at("cites").size() == 1);  // it names FS50999999...
  CHECK(lonely.at("path").empty());       // ...which no document is known by
}

TEST_CASE("case path: went_to= finds exactly the documents that went on to the ICO or the tribunal") {
  foi::test::Searchd sd(index().db);
  CHECK(found(sd, "went_to=ico") == std::set<std::string>{"reply.txt", "review.txt"});
  CHECK(found(sd, "went_to=ico&doc_type=response") == std::set<std::string>{"reply.txt"});
  CHECK(found(sd, "went_to=tribunal") == std::set<std::string>{"notice.txt", "other-notice.txt"});
  // citing.txt is allowed and cites other-notice.txt's number as authority: a citation is no appeal.
  CHECK(found(sd, "went_to=tribunal_allowed") == std::set<std::string>{"notice.txt"});
  CHECK(found(sd, "went_to=ico&went_to=tribunal_allowed") ==
        std::set<std::string>{"reply.txt", "review.txt", "notice.txt"});
  CHECK(found(sd, "q=parking&went_to=tribunal") == std::set<std::string>{"notice.txt"});
  nlohmann::json bad = sd.json("/api/search?went_to=court", 400);
  CHECK(bad.at("error").at("code") == "bad_went_to");
  CHECK(bad.at("error").at("message").get<std::string>().find("went_to") != std::string::npos);
}

TEST_CASE("case path: a decision on joined appeals is known by each of their numbers") {
  // One decision on three joined appeals; a reply names the third appeal, another an appeal nobody decided.
  const char* joined_decision =
      "IN THE FIRST-TIER TRIBUNAL\nGENERAL REGULATORY CHAMBER\n(INFORMATION RIGHTS)\n"
      "Appeal Nos: EA/2024/0310-0312\nDate of decision: 4 March 2025\n\nBETWEEN\nSAM PARK\nAppellant\nand\n"
      "THE INFORMATION COMMISSIONER\nRespondent\n\nDecision: The appeals are dismissed.\n";
  const char* naming_third =
      "Anytown Borough Council\nOur ref: FOI 2025/040\n2 May 2025\n\nDear Mr Park\n\nThank you for your "
      "request "
      "under the Freedom of Information Act 2000. The tribunal has decided appeal EA/2024/0312 on the same "
      "records, and we withhold them under section 43(2).\n\nYours sincerely\nInformation Officer\n";
  const char* naming_other =
      "Anytown Borough Council\nOur ref: FOI 2025/041\n3 May 2025\n\nDear Mr Park\n\nThank you for your "
      "request "
      "under the Freedom of Information Act 2000. Appeal EA/2024/0313 is still to be heard, and we withhold "
      "the "
      "records under section 43(2).\n\nYours sincerely\nInformation Officer\n";
  foi::test::TempDir corpus, out;
  foi::test::write_file(corpus / "joined.txt", joined_decision);
  foi::test::write_file(corpus / "third.txt", naming_third);
  foi::test::write_file(corpus / "other.txt", naming_other);
  const std::string db = out / "db";
  REQUIRE(foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus.path() + "'")
              .status == 0);
  foi::test::Searchd sd(db);
  const nlohmann::json decision = sd.json("/api/doc?id=joined.txt");
  CHECK(decision.at("reference") == "EA/2024/0310");
  CHECK(decision.at("joined_references") == nlohmann::json({"EA/2024/0311", "EA/2024/0312"}));
  CHECK(decision.at("cites").empty());  // its joined appeals are its own, not cited
  CHECK(path_of(sd, "third.txt") == "joined.txt: names third.txt; ");
  CHECK(path_of(sd, "other.txt").empty());
}
