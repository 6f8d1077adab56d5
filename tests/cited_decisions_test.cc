// The decisions a document names beside its own case's steps, in invented snippets: each kind of number in
// its one written form, and the numbers a reader would not take as cited (the document's own, a joined
// appeal, a statutory instrument).
#include "foi/extract/cited_decisions.h"

#include <doctest/doctest.h>

#include <string>

namespace {

// "reference relation; ..." for what `text` names as a document of `doc_type` known by `own`.
std::string cited(const char* text, const char* doc_type, const char* own = "") {
  std::optional<std::string> o;
  if (*own) o = own;
  std::string out;
  for (const foi::CitedReference& c : foi::cited_decisions(text, doc_type, o, {}, {}))
    out += c.reference + " " + c.relation + "; ";
  return out;
}

struct Case {
  const char* text;
  const char* expected;
};

}  // namespace

TEST_CASE("cited decisions: a tribunal decision's citations, each in one written form") {
  const Case cases[] = {
      {"as was said in Smith v IC (EA/2010/12), the test", "EA/2010/0012 cites; "},
      {"see Brown v IC EA.2015.0125 at paragraph 4", "EA/2015/0125 cites; "},
      {"upheld on appeal, GIA/1234/2012, by the Upper Tribunal", "GIA/1234/2012 cites; "},
      {"the Upper Tribunal in Dransfield [2013] UKUT 0123 (AAC) held", "[2013] UKUT 123 (AAC) cites; "},
      {"as in Jones [2021] UKFTT 2 (GRC).", "[2021] UKFTT 2 (GRC) cites; "},
      {"the Scottish Commissioner's Decision 045/2021 is not binding", "Decision 045/2021 cites; "},
      {"the earlier notice FS 50111222 was not appealed", "FS50111222 cites; "},
      {"in Green (EA/2010/0012) and again in Green (EA/2010/0012)", "EA/2010/0012 cites; "},  // once
      {"under SI 2004/3391, regulation 12", ""},    // an instrument, not an appeal
      {"[2013] UKUT 123 in the text", ""},          // no chamber: not read
      {"Sugar v BBC [2009] UKHL 9 (a court)", ""},  // courts are not tribunals
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(cited(c.text, "tribunal_decision") == std::string(c.expected));
  }
}

TEST_CASE("cited decisions: a tribunal decision's own number and those joined to it are not citations") {
  const Case cases[] = {
      {"FIRST-TIER TRIBUNAL\nAppeal No: EA/2017/0111\nREASONS\n1. Decided with EA/2017/0111 alone.", ""},
      {"Appeal Nos: EA/2017/0111 & EA/2017/0113\nREASONS\nSee White (EA/2009/0001).", "EA/2009/0001 cites; "},
      {"Appeal Nos: EA/2017/0111, EA/2017/0112 and EA/2017/0113\n", ""},
      {"IN THE FIRST-TIER TRIBUNAL          EA/2019/0200\n\nSee EA/2005/0023 on costs.",
       "EA/2005/0023 cites; "},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(cited(c.text, "tribunal_decision", "EA/2017/0111") == std::string(c.expected));
  }
}

TEST_CASE(
    "cited decisions: a letter names an ICO case or an appeal; a notice cites; guidance names nothing") {
  const char* text = "Your complaint, our case FS50123456, follows EA/2019/0300 [2013] UKUT 123 (AAC).";
  struct Row {
    const char* doc_type;
    const char* expected;
  };
  const Row rows[] = {
      {"thread", "FS50123456 names; EA/2019/0300 names; "},  // letters do not cite case law
      {"response", "FS50123456 names; EA/2019/0300 names; "},
      {"decision_notice", "FS50123456 cites; EA/2019/0300 cites; [2013] UKUT 123 (AAC) cites; "},
      {"guidance", ""},
  };
  for (const Row& r : rows) {
    CAPTURE(r.doc_type);
    CHECK(cited(text, r.doc_type) == std::string(r.expected));
  }
  // The steps already read and the document's own reference are not named again.
  const std::vector<foi::CitedReference> steps = {{"FS50123456", "appeal against"}};
  std::string again;
  for (const auto& c : foi::cited_decisions(text, "decision_notice", std::string("ea/2019/0300"), {}, steps))
    again += c.reference + "; ";
  CHECK(again == "[2013] UKUT 123 (AAC); ");
}
