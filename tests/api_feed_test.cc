// /api/feed over real HTTP on a real index, read back with libxml2: well-formed Atom whatever the documents
// hold, the newest first, the search's filters applied, every document value arriving as text.
#include <doctest/doctest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>

#include "export_fixture.h"
#include "foi/search/atom_feed.h"

using foi::test::hit_ids;

namespace {
foi::test::ExportFixture& fixture() {
  static foi::test::ExportFixture f;
  return f;
}

const xmlChar* kAtom = reinterpret_cast<const xmlChar*>("http://www.w3.org/2005/Atom");

struct Entry {
  std::string id, title, updated, link, summary;
};

struct Feed {
  std::string id, title, updated, self;
  std::vector<Entry> entries;
  int elements = 0;      // every element in the tree
  bool foreign = false;  // an element outside the Atom namespace (markup from a document)
};

std::string text_of(xmlNode* n) {
  xmlChar* t = xmlNodeGetContent(n);
  std::string s = t ? reinterpret_cast<const char*>(t) : "";
  xmlFree(t);
  return s;
}

std::string attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

bool named(xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

void count_elements(xmlNode* n, Feed& f) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    ++f.elements;
    if (!n->ns || xmlStrcmp(n->ns->href, kAtom) != 0) f.foreign = true;
    count_elements(n->children, f);
  }
}

// Parses strictly (no recovery, no network, no entities): a feed that is not well-formed fails the test.
Feed parse_feed(const std::string& xml) {
  std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> doc(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "feed.xml", nullptr, XML_PARSE_NONET),
      xmlFreeDoc);
  REQUIRE_MESSAGE(doc, "not well-formed XML:\n", xml);
  xmlNode* root = xmlDocGetRootElement(doc.get());
  REQUIRE(named(root, "feed"));
  REQUIRE(root->ns);
  CHECK(xmlStrcmp(root->ns->href, kAtom) == 0);
  Feed f;
  count_elements(root, f);
  for (xmlNode* n = root->children; n; n = n->next) {
    if (named(n, "id")) f.id = text_of(n);
    if (named(n, "title")) f.title = text_of(n);
    if (named(n, "updated")) f.updated = text_of(n);
    if (named(n, "link") && attr(n, "rel") == "self") f.self = attr(n, "href");
    if (!named(n, "entry")) continue;
    Entry e;
    for (xmlNode* c = n->children; c; c = c->next) {
      if (named(c, "id")) e.id = text_of(c);
      if (named(c, "title")) e.title = text_of(c);
      if (named(c, "updated")) e.updated = text_of(c);
      if (named(c, "link")) e.link = attr(c, "href");
      if (named(c, "summary")) e.summary = text_of(c);
    }
    f.entries.push_back(e);
  }
  return f;
}

Feed get_feed(const foi::test::Searchd& sd, const std::string& query) {
  httplib::Client c("127.0.0.1", sd.port());
  c.set_url_encode(false);
  httplib::Result r = c.Get(("/api/feed?" + query).c_str(), {{"Host", "foi.example:8443"}});
  REQUIRE(r);
  REQUIRE(r->status == 200);
  CHECK(r->get_header_value("Content-Type") == "application/atom+xml; charset=utf-8");
  return parse_feed(r->body);
}

}  // namespace

TEST_CASE("feed: a search's feed is well-formed Atom of the same documents, newest first, with stable ids") {
  foi::test::Searchd sd(fixture().db);
  for (std::string query : {"q=widget", "q=widget&force=Kent+Police", "exemption=s23(5)", "q=gadget",
                            "q=widget&from=2020-01-01&to=2020-12-31", "force=Kent+Police&sort=oldest"}) {
    CAPTURE(query);
    nlohmann::json search = sd.json("/api/search?size=100&" + query + "&sort=newest");
    Feed f = get_feed(sd, query);
    CHECK(!f.foreign);
    CHECK(f.id.rfind("tag:foisearch,2026:feed:", 0) == 0);
    CHECK(f.self.rfind("http://foi.example:8443/api/feed?", 0) == 0);
    REQUIRE(f.entries.size() == search.at("hits").size());
    std::set<std::string> ids;
    for (size_t i = 0; i < f.entries.size(); ++i) {
      const Entry& e = f.entries[i];
      std::string id = search.at("hits")[i].at("id");  // the same order as newest first
      CHECK(e.id == foi::entry_id(id));
      CHECK(e.link == "http://foi.example:8443/?doc=" + foi::percent_encode(id));
      CHECK(e.updated.size() == 20);
      if (i > 0) CHECK(f.entries[i - 1].updated >= e.updated);
      ids.insert(id);
    }
    CHECK(ids == hit_ids(search));
    CHECK(get_feed(sd, query).id == f.id);  // the same search, the same feed id
  }
  CHECK(get_feed(sd, "q=widget").id != get_feed(sd, "q=gadget").id);
}

TEST_CASE(
    "feed: a hostile document's title and text arrive as text, and control characters leave it well-formed") {
  foi::test::Searchd sd(fixture().db);
  Feed xss = get_feed(sd, "q=gizmo");
  REQUIRE(xss.entries.size() == 1);
  CHECK(!xss.foreign);  // no <script>, <img> or <svg> element: only Atom's
  CHECK(xss.entries[0].summary.find("<img src=x onerror=alert(1)>") != std::string::npos);
  CHECK(xss.entries[0].summary.find("<a href=\"javascript:alert(3)\">") != std::string::npos);
  nlohmann::json doc = sd.json("/api/search?q=gizmo");
  CHECK(xss.entries[0].title == doc.at("hits")[0].at("title"));

  Feed gadgets = get_feed(sd, "q=gadget");
  REQUIRE(gadgets.entries.size() == 3);
  const Entry& control = gadgets.entries[0];  // 2021-03-05, the newest
  CHECK(control.id == foi::entry_id("hostile/control.txt"));
  CHECK(control.title == "bell and formfeed <b>bold</b> & more");  // BEL and FF dropped, markup as text
  CHECK(control.updated == "2021-03-05T00:00:00Z");
  CHECK(gadgets.entries[1].title == "two\r\nlines, \"quoted\"");  // the CR kept as a character reference
  CHECK(gadgets.entries[2].title == "=HYPERLINK(\"http://evil.example\",\"click\")");
}

TEST_CASE("feed: a Host header that is not a host name gives links on the address searchd listens on") {
  foi::test::Searchd sd(fixture().db);
  httplib::Client c("127.0.0.1", sd.port());
  httplib::Result r = c.Get("/api/feed?q=widget", {{"Host", "evil.example/\"><x"}});
  REQUIRE(r);
  REQUIRE(r->status == 200);
  Feed f = parse_feed(r->body);
  CHECK(f.self == "http://127.0.0.1:" + std::to_string(sd.port()) + "/api/feed?q=widget");
  nlohmann::json j = sd.json("/api/feed?format=csv", 400);
  CHECK(j.at("error").at("code") == "unknown_parameter");
  CHECK(sd.json("/api/feed?from=2020-02-30", 400).at("error").at("code") == "bad_date");
}
