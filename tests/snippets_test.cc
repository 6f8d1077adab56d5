// Snippets: which words are marked, which window is shown, and that nothing of the text becomes markup.
#include "foi/search/snippets.h"

#include <doctest/doctest.h>
#include <xapian.h>

#include <map>
#include <regex>

#include "foi/search/search_query.h"
#include "test_util.h"

namespace {

// A query as searchd parses it (against a real, empty glass database), with term frequencies out of 100
// documents.
foi::SnippetQuery query(const std::string& q, std::map<std::string, Xapian::doccount> tf = {}) {
  foi::test::TempDir dir;
  Xapian::WritableDatabase(dir / "db", Xapian::DB_CREATE_OR_OPEN);
  Xapian::Database db(dir / "db");
  foi::ParsedQuery pq = foi::parse_user_query(db, q, {});
  return foi::snippet_query(
      pq.query, [&](const std::string& t) { return tf.count(t) ? tf.at(t) : Xapian::doccount(10); }, 100);
}

std::string snippet(const std::string& q, const std::string& text, size_t bytes = 300) {
  return foi::make_snippet(query(q), text, {bytes});
}

// The text a reader sees: marks dropped, entities read back.
std::string shown(const std::string& html) {
  std::string s = std::regex_replace(html, std::regex("</?mark>"), "");
  for (auto [entity, ch] : std::map<std::string, std::string>{
           {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}})
    s = std::regex_replace(s, std::regex(entity), ch);
  return s;
}

std::string filler(int sentences) {
  std::string s;
  for (int i = 0; i < sentences; ++i)
    s += "The request was considered under the Act and reviewed carefully. ";
  return s;
}

}  // namespace

TEST_CASE(
    "snippets: the query's text words, phrases and wildcards are looked for; filters and NOT words are not") {
  foi::SnippetQuery q = query("widgets \"neither confirm nor deny\" exempt* -kent title:annual force:kent");
  std::vector<std::pair<std::vector<std::string>, bool>> units;
  for (const auto& u : q.units) units.emplace_back(u.terms, u.prefix);
  CHECK(units ==
        std::vector<std::pair<std::vector<std::string>, bool>>{
            {{"Zwidget"}, false}, {{"neither", "confirm", "nor", "deny"}, false}, {{"exempt"}, true}});
}

TEST_CASE(
    "snippets: rarer words weigh more; a phrase weighs its words together; a wildcard as the heaviest word") {
  foi::SnippetQuery q =
      query("common rare \"one two\" wild*", {{"Zcommon", 90}, {"Zrare", 1}, {"one", 10}, {"two", 10}});
  REQUIRE(q.units.size() == 4);
  CHECK(q.units[0].weight < q.units[1].weight);
  CHECK(q.units[2].weight > q.units[1].weight);  // two words of frequency 10 outweigh one of frequency 1
  CHECK(q.units[3].weight == q.units[2].weight);
}

TEST_CASE("snippets: marks") {
  struct Case {
    const char* q;
    const char* text;
    std::string expected;
  };
  const Case cases[] = {
      {"requests", "The request was refused.", "The <mark>request</mark> was refused."},
      {"Requests", "Requests and a request.",
       "<mark>Requests</mark> and a request."},  // capitalised: unstemmed
      {"\"neither confirm nor deny\"", "To confirm. We neither confirm nor deny it.",
       "To confirm. We <mark>neither confirm nor deny</mark> it."},
      {"exempt*", "Exempt, exemption, exempted; not an example.",
       "<mark>Exempt</mark>, <mark>exemption</mark>, <mark>exempted</mark>; not an example."},
      {"police -kent", "Kent Police said no.", "Kent <mark>Police</mark> said no."},
      {"force:kent widget", "Kent widget.", "Kent <mark>widget</mark>."},
      {"widget", "<b onclick=\"x\">widget</b> & co",
       "&lt;b onclick=&quot;x&quot;&gt;<mark>widget</mark>&lt;/b&gt; &amp; co"},
      {"authority's", "The authority's reply.", "The <mark>authority&#39;s</mark> reply."},
      {"café", "Le CAFÉ ouvert.", "Le <mark>CAFÉ</mark> ouvert."},
      {"nothing", "No match here.", "No match here."},
  };
  for (const Case& c : cases) {
    CAPTURE(c.q);
    CHECK(snippet(c.q, c.text) == c.expected);
  }
}

TEST_CASE("snippets: the window holds the rarest words, whole, within the length; ellipses mark the cuts") {
  std::string text = "A common word first. " + filler(12) + "Here the rare one is. " + filler(12);
  std::string s = foi::make_snippet(query("common OR rare", {{"Zcommon", 90}, {"Zrare", 1}}), text, {200});
  CHECK(s.find("<mark>rare</mark>") != std::string::npos);
  CHECK(s.find("common") == std::string::npos);
  CHECK(s.rfind("\xE2\x80\xA6", 0) == 0);
  CHECK(s.size() > 6);
  CHECK(s.substr(s.size() - 3) == "\xE2\x80\xA6");
  std::string plain = shown(s.substr(3, s.size() - 6));
  CHECK(plain.size() <= 200);
  CHECK(plain.size() > 150);  // the window is filled, not just the word
  CHECK(text.find(plain) != std::string::npos);
  CHECK(plain.rfind("Here the ", 0) == 0);  // from the start of the hit's sentence
}

TEST_CASE("snippets: both words together beat either alone; among equal windows the earliest wins") {
  std::string text =
      "Alpha here. " + filler(6) + "Beta here. " + filler(6) + "Alpha and beta together. " + filler(6);
  std::string both = snippet("alpha OR beta", text, 120);
  CHECK(both.find("<mark>Alpha</mark> and <mark>beta</mark> together") != std::string::npos);
  std::string first = snippet("alpha", text, 60);
  CHECK(first.rfind("<mark>Alpha</mark> here.", 0) == 0);
}

TEST_CASE("snippets: without a match, the start of the text; a long word is cut on a character boundary") {
  std::string text = "First words of the letter. " + filler(10);
  std::string s = snippet("absent", text, 100);
  CHECK(s.rfind("First words of the letter.", 0) == 0);
  CHECK(shown(s.substr(0, s.size() - 3)).size() <= 100);
  std::string long_word(50, 'x');
  for (int i = 0; i < 40; ++i) long_word += "\xC3\xA9";  // é
  std::string cut = snippet("absent", long_word, 101);
  std::string kept = cut.substr(0, cut.size() - 3);
  CHECK(kept.size() == 101 - 1);  // 50 x's and 25 é's: the 26th would split
  CHECK(cut.substr(cut.size() - 3) == "\xE2\x80\xA6");
}

TEST_CASE("snippets: the order of the query's words does not move the window") {
  std::string text = "Gamma then delta. " + filler(8) + "Delta then gamma. " + filler(8);
  foi::SnippetQuery a = query("gamma OR delta", {{"Zgamma", 5}, {"Zdelta", 5}});
  foi::SnippetQuery b = query("delta OR gamma", {{"Zgamma", 5}, {"Zdelta", 5}});
  std::string apart = "Gamma alone here. " + filler(8) + "Delta alone here. " + filler(8);  // equal windows
  CHECK(foi::make_snippet(a, apart, {80}).rfind("<mark>Gamma</mark> alone", 0) == 0);
  CHECK(foi::make_snippet(b, apart, {80}) == foi::make_snippet(a, apart, {80}));
  CHECK(foi::make_snippet(a, text, {80}).rfind("<mark>Gamma</mark> then <mark>delta</mark>", 0) == 0);
}

TEST_CASE("snippets: a phrase whose places are ORs of a word's forms (phrases.h) is one unit of stems") {
  using Units = std::vector<std::vector<std::string>>;
  auto any = [](std::vector<std::string> forms) {
    return forms.size() == 1 ? Xapian::Query(forms[0])
                             : Xapian::Query(Xapian::Query::OP_OR, forms.begin(), forms.end());
  };
  auto phrase = [](std::vector<Xapian::Query> places) {
    return Xapian::Query(Xapian::Query::OP_PHRASE, places.begin(), places.end(), places.size());
  };
  auto tf = [](const std::string&) { return Xapian::doccount(10); };
  auto units_of = [&](const Xapian::Query& q) {
    Units out;
    for (const auto& u : foi::snippet_query(q, tf, 100).units) out.push_back(u.terms);
    return out;
  };
  Xapian::Query forms = phrase(
      {any({"neither"}), any({"confirm", "confirms"}), any({"nor"}), any({"deny", "denies", "denying"})});
  CHECK(units_of(forms) == Units{{"neither", "Zconfirm", "nor", "Zdeni"}});
  CHECK(
      foi::make_snippet(foi::snippet_query(forms, tf, 100), "They are neither confirming nor denying it.") ==
      "They are <mark>neither confirming nor denying</mark> it.");
  // A place whose words have different stems is no word's forms: its words are looked for one by one.
  Xapian::Query mixed = phrase({any({"public"}), any({"interest", "review"})});
  CHECK(units_of(mixed) == Units{{"public"}, {"interest"}, {"review"}});
}

// Every match needs the word's first lower-case byte to be a term's, so words are passed over by their first
// byte: these are the words where that byte is not simply the text's.
TEST_CASE("snippets: words passed over by their first letter are the same words; only matches are marked") {
  struct Case {
    const char* q;
    const char* text;
    std::string expected;
  };
  const Case cases[] = {
      {"café", "Un café, CAFÉ et cafés.", "Un <mark>café</mark>, <mark>CAFÉ</mark> et <mark>cafés</mark>."},
      {"\xC3\xA9t\xC3\xA9",
       "\xC3\x89T\xC3\x89 and \xC3\xA9t\xC3\xA9.",  // été, ÉTÉ: a first byte beyond ASCII
       "<mark>\xC3\x89T\xC3\x89</mark> and <mark>\xC3\xA9t\xC3\xA9</mark>."},
      {"kelvin",
       "The \342\204\252elvin scale.",  // KELVIN SIGN (octal: "\xAAe" would be one escape) is 'k' lowered
       "The <mark>\342\204\252elvin</mark> scale."},
      {"don't", "Don't, don\xE2\x80\x99t and dont.",
       "<mark>Don&#39;t</mark>, <mark>don\xE2\x80\x99t</mark> and dont."},
      {"authority's", "The authority\xE2\x80\x99s and the authority's reply; authorities.",
       "The <mark>authority\xE2\x80\x99s</mark> and the <mark>authority&#39;s</mark> reply; "
       "<mark>authorities</mark>."},
      {"requested", "Requests were requested by a requester; a reply, a report.",
       "<mark>Requests</mark> were <mark>requested</mark> by a <mark>requester</mark>; a reply, a report."},
      {"req*", "REQUIRED: a Request, a prerequisite, a req.",
       "<mark>REQUIRED</mark>: a <mark>Request</mark>, a prerequisite, a <mark>req</mark>."},
      {"caf*", "Le Café, CAFÉS, a cab.", "Le <mark>Café</mark>, <mark>CAFÉS</mark>, a cab."},
      {"\"internal review\"", "An Internal Review; a review, internal; internal review.",
       "An <mark>Internal Review</mark>; a review, internal; <mark>internal review</mark>."},
      {"alpha", "Alpha", "<mark>Alpha</mark>"},
      {"omega", "The end is omega", "The end is <mark>omega</mark>"},
      {"\"end omega\"", "end omega", "<mark>end omega</mark>"},
      {"report", "Reports, a reporter, rapport; report.",
       "<mark>Reports</mark>, a <mark>reporter</mark>, rapport; <mark>report</mark>."},
      {"zebra", "No match here at all, not one.", "No match here at all, not one."},
      {"widget", "", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.q);
    CHECK(snippet(c.q, c.text) == c.expected);
  }
}

TEST_CASE("snippets: a match at the very end of a long text; the window ends on the last whole word") {
  std::string text = filler(10) + "At last the rare word";
  std::string s = snippet("word", text, 120);
  REQUIRE(s.size() > 17);
  CHECK(s.substr(s.size() - 17) == "<mark>word</mark>");
  std::string early = snippet("request", "A request. " + filler(10), 100);
  CAPTURE(early);
  CHECK(early.rfind("A <mark>request</mark>. The <mark>request</mark> was considered", 0) == 0);
  CHECK(early.substr(early.size() - 3) == "\xE2\x80\xA6");
  CHECK(shown(early.substr(0, early.size() - 3)).size() <= 100);
}

TEST_CASE("snippets: stems shared between a page's hits give the same snippets as stems kept per hit") {
  const char* texts[] = {"Requests were requested.", "The requester's REQUEST; a reply.", "Nothing here.",
                         "Requesting \xC3\xA9t\xC3\xA9 requests", "request"};
  foi::SnippetStems stems;
  for (const char* q : {"requested", "request*", "\"requests were\"", "reply OR requesting"}) {
    foi::SnippetQuery sq = query(q);
    for (const char* text : texts) {
      CAPTURE(q);
      CAPTURE(text);
      CHECK(foi::make_snippet(sq, text, {}, &stems) == foi::make_snippet(sq, text));
    }
  }
}
