// Pasting a whole letter into Precedents, and the boilerplate left out of it by default, over real HTTP on a
// real index of letters the test writes: /api/similar (GET and POST), /api/passages?boilerplate=1, similarity
// bands.
#include <doctest/doctest.h>

#include <set>

#include "foi/precedents/likeness.h"
#include "foi/search/search_request.h"
#include "searchd_fixture.h"

using foi::test::counts_of;

namespace {

const char* kAcknowledgement =
    "Thank you for your request for information which we received on 3 March 2021. Your request has been "
    "logged\n"
    "and will be dealt with under the terms of the Freedom of Information Act 2000. We will respond within "
    "20\n"
    "working days, by 31 March 2021.";

const char* kReview =
    "If you are dissatisfied with this response you may request an internal review within 40 working days. "
    "If\n"
    "you remain dissatisfied you have the right to complain to the Information Commissioner's Office.";

// Refusal wording of Kent's letter: each paragraph its own passage.
const char* kKentParagraphs[] = {
    "The information you asked for about the numbers of covert surveillance authorisations granted in each\n"
    "district is exempt under Section 31(1)(a) of the Freedom of Information Act 2000, law enforcement.",
    "Releasing district figures would show where surveillance is concentrated and where it is rarely used, "
    "which\n"
    "would allow offenders to move their activity to the districts where they are least likely to be "
    "watched.",
    "We recognise that disclosure would increase public understanding of how the force uses intrusive "
    "powers\n"
    "and would reassure people that those powers are overseen and used proportionately across the county.",
    "Balancing these arguments, the force considers that the harm to the prevention and detection of crime\n"
    "outweighs the benefit of greater transparency, and the public interest favours withholding the figures.",
};

// Essex shares one of Kent's paragraphs word for word; the rest of its letter is its own.
const char* kEssexOwn =
    "Essex Police holds figures for automatic number plate recognition cameras, but the locations of the\n"
    "cameras are exempt under Section 31(1)(a) because they would reveal the gaps in our coverage of the "
    "roads.";

std::string letter(const std::string& force, const std::string& date,
                   const std::vector<std::string>& paragraphs) {
  std::string out = force + "\nFreedom of Information Request\nDate: " + date + "\n\nDear Applicant,\n\n";
  for (const std::string& p : paragraphs) out += p + "\n\n";
  return out + "Yours sincerely,\n\nDisclosure Officer\n";
}

std::vector<std::string> kent_body() {
  std::vector<std::string> out = {kAcknowledgement};
  out.insert(out.end(), std::begin(kKentParagraphs), std::end(kKentParagraphs));
  out.push_back(kReview);
  return out;
}

struct LetterIndex {
  foi::test::TempDir corpus, out;
  std::string db;
  LetterIndex() : db(out / "db") {
    foi::test::write_file(corpus / "kent-surveillance.txt", letter("Kent Police", "01/04/2021", kent_body()));
    foi::test::write_file(
        corpus / "essex-anpr.txt",
        letter("Essex Police", "12/05/2021", {kAcknowledgement, kEssexOwn, kKentParagraphs[1], kReview}));
    foi::test::write_file(
        corpus / "merseyside-ack.txt",
        letter(
            "Merseyside Police", "02/02/2021",
            {"Thank you for your email of 1 February 2021 asking for the force's spending on translation\n"
             "services. Your request has been logged under reference 2021/0113 and has been dealt with\n"
             "under the Freedom of Information Act 2000.",
             "Please find attached a table of the force's spending on translation and interpreting services\n"
             "for each of the last three financial years, broken down by language.",
             "If you have any queries about this response please do not hesitate to contact the Freedom of\n"
             "Information Unit, quoting the reference number above, by telephone or by email."}));
    REQUIRE(foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus.path() + "'")
                .status == 0);
  }
};

LetterIndex& letters() {
  static LetterIndex f;
  return f;
}

nlohmann::json post_similar(const foi::test::Searchd& sd, const std::string& text, int expected = 200) {
  httplib::Client c("127.0.0.1", sd.port());
  httplib::Result r = c.Post("/api/similar?size=5", text, "text/plain; charset=utf-8");
  REQUIRE(r);
  CHECK(r->status == expected);
  return nlohmann::json::parse(r->body);
}

std::string joined(const std::vector<std::string>& paragraphs) {
  std::string out;
  for (const std::string& p : paragraphs) out += p + "\n\n";
  return out;
}

// The text as the cutter gives a passage's body: hard-wrapped lines joined with spaces.
std::string unwrapped(std::string s) {
  for (char& c : s)
    if (c == '\n') c = ' ';
  return s;
}

}  // namespace

TEST_CASE(
    "api similar: a pasted copy of an indexed letter finds that letter first, matches grouped by paragraph") {
  foi::test::Searchd sd(letters().db);
  std::vector<std::string> body = kent_body();
  std::string paste = "Dear Applicant,\n\n" + joined(body) + "Yours sincerely,\n\nDisclosure Officer\n";
  REQUIRE(paste.size() > 1200);
  nlohmann::json j = post_similar(sd, paste);

  REQUIRE(j.at("documents").size() >= 2);
  CHECK(j.at("documents")[0].at("document").at("id") == "kent-surveillance.txt");
  CHECK(j.at("documents")[0].at("paragraphs") == body.size());
  CHECK(j.at("documents")[1].at("paragraphs") < j.at("documents")[0].at("paragraphs"));

  // One group per pasted paragraph, in the paste's order, each with its own text, role and matches.
  const nlohmann::json& groups = j.at("paragraphs");
  REQUIRE(groups.size() == body.size());
  CHECK(j.at("paragraphs_left_out") == 0);
  size_t previous = 0;
  for (size_t i = 0; i < body.size(); ++i) {
    CAPTURE(i);
    const nlohmann::json& g = groups[i];
    CHECK(g.at("text") == unwrapped(body[i]));
    CHECK(paste.substr(g.at("offset"), g.at("length")).find(body[i].substr(0, 30)) != std::string::npos);
    CHECK(g.at("offset") >= previous);
    previous = g.at("offset");
    REQUIRE(!g.at("passages").empty());
    const nlohmann::json& best = g.at("passages")[0];
    CHECK(best.at("similarity") == 1.0);
    CHECK(best.at("likeness") == "same_wording");
    CHECK(unwrapped(body[i]) == best.at("text"));
  }
  CHECK(groups[0].at("role") == "boilerplate");
  CHECK(groups[body.size() - 1].at("role") == "review_rights");
  // The paragraph Essex shares finds both letters; the others only Kent's (and the boilerplate, both).
  std::set<std::string> shared;
  for (const auto& p : groups[2].at("passages"))
    if (p.at("likeness") == "same_wording") shared.insert(p.at("document").at("id").get<std::string>());
  CHECK(shared == std::set<std::string>{"kent-surveillance.txt", "essex-anpr.txt"});
  for (const auto& p : groups[1].at("passages"))
    if (p.at("document").at("id") == "essex-anpr.txt") CHECK(p.at("likeness") != "same_wording");
  // The top-level list is every paragraph's matches once each, best first.
  std::set<std::string> ids;
  for (const auto& p : j.at("passages")) CHECK(ids.insert(p.at("id").get<std::string>()).second);

  // One paragraph: the answer it always was, now also as one group.
  nlohmann::json one = post_similar(sd, kKentParagraphs[3]);
  REQUIRE(one.at("paragraphs").size() == 1);
  CHECK(one.at("passages") == one.at("paragraphs")[0].at("passages"));
  CHECK(one.at("passages")[0].at("document").at("id") == "kent-surveillance.txt");
}

TEST_CASE("api similar: pasted text up to 64 KiB is compared; past it, a 400 that says so") {
  foi::test::Searchd sd(letters().db);
  std::string long_letter;
  while (long_letter.size() < 60000) long_letter += joined(kent_body());
  nlohmann::json j = post_similar(sd, long_letter);
  CHECK(j.at("paragraphs").size() == foi::kMaxPastedParagraphs);
  CHECK(j.at("paragraphs_left_out") > 0);
  CHECK(j.at("documents")[0].at("document").at("id") == "kent-surveillance.txt");

  nlohmann::json too_long = post_similar(sd, std::string(foi::kMaxSimilarText + 1, 'a'), 400);
  CHECK(too_long.at("error").at("code") == "text_too_long");
  CHECK(too_long.at("error").at("message").get<std::string>().find("64 KiB") != std::string::npos);
  CHECK(post_similar(sd, "Too few words.", 400).at("error").at("code") == "text_too_short");
  httplib::Client c("127.0.0.1", sd.port());
  httplib::Result other = c.Post("/api/passages", "text", "text/plain");  // only /api/similar takes a body
  REQUIRE(other);
  CHECK(other->status == 405);
}

TEST_CASE("api passages: acknowledgements are boilerplate, left out by default, listed with boilerplate=1") {
  foi::test::Searchd sd(letters().db);
  const std::string ack = "/api/passages?q=%22dealt%20with%22&size=100";
  nlohmann::json hidden = sd.json(ack);
  CHECK(hidden.at("total") == 0);
  CHECK(hidden.at("passages").empty());
  CHECK(counts_of(hidden, "role").at("boilerplate") == 3);  // the facet still offers them, counted

  nlohmann::json shown = sd.json(ack + "&boilerplate=1");
  REQUIRE(shown.at("total") == 3);
  for (const auto& p : shown.at("passages")) CHECK(p.at("role") == "boilerplate");
  CHECK(sd.json(ack + "&role=boilerplate").at("total") == 3);  // asking for the role shows it too

  // Review rights: their own role, hidden the same way.
  nlohmann::json review = sd.json("/api/passages?q=%22internal%20review%22");
  CHECK(review.at("total") == 0);
  CHECK(sd.json("/api/passages?q=%22internal%20review%22&role=review_rights").at("total") == 2);
  CHECK(sd.json("/api/passages?q=%22internal%20review%22&boilerplate=1").at("total") == 2);

  // Refusal wording is listed by default; the same letters' boilerplate is not.
  nlohmann::json all = sd.json("/api/passages?size=100");
  std::set<std::string> roles;
  for (const auto& p : all.at("passages")) roles.insert(p.at("role").get<std::string>());
  CHECK(roles.count("boilerplate") == 0);
  CHECK(roles.count("review_rights") == 0);
  CHECK(roles.count("harm") == 1);
  CHECK(sd.json("/api/passages?size=100&boilerplate=1").at("total") == all.at("total").get<int>() + 6);
  CHECK(sd.json("/api/passages?boilerplate=maybe", 400).at("error").at("code") == "bad_flag");
}

TEST_CASE("likeness: the bands at the documented cut-offs") {
  struct Case {
    double similarity;
    const char* likeness;
  };
  const Case cases[] = {{1.0, "same_wording"},
                        {foi::kSameWording, "same_wording"},
                        {foi::kSameWording - 1e-9, "close"},
                        {foi::kCloseWording, "close"},
                        {foi::kCloseWording - 1e-9, "loose"},
                        {foi::kLooseWording, "loose"},
                        {foi::kLooseWording - 1e-9, "weak"},
                        {0.19, "weak"}};
  for (const Case& c : cases) {
    CAPTURE(c.similarity);
    CHECK(foi::likeness(c.similarity) == c.likeness);
  }
  CHECK(foi::kSameWording > foi::kCloseWording);
  CHECK(foi::kCloseWording > foi::kLooseWording);
}

TEST_CASE("api similar: each match says how alike it is, by the bands, with its figure") {
  foi::test::Searchd sd(letters().db);
  nlohmann::json j = post_similar(sd, joined(kent_body()));
  size_t seen = 0;
  std::set<std::string> bands;
  for (const auto& g : j.at("paragraphs"))
    for (const auto& p : g.at("passages")) {
      ++seen;
      bands.insert(p.at("likeness").get<std::string>());
      CHECK(p.at("likeness") == foi::likeness(p.at("similarity").get<double>()));
    }
  CHECK(seen > 10);
  CHECK(bands.count("same_wording") == 1);
  CHECK(bands.size() >= 2);  // weaker matches are listed too, and said to be weaker
}
