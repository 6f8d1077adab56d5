// Decision references: a tribunal's appeal number and a regulator's notice number, in invented snippets laid
// out as decisions lay out their headings, with the numbers a reader would not take (cited cases, the notice
// appealed against).
#include "foi/extract/decision_references.h"

#include <doctest/doctest.h>

#include <string>

namespace {

std::string appeal(const char* text) {
  auto r = foi::appeal_reference(text);
  return r ? r->reference : "none";
}

std::string notice(const char* text) {
  auto r = foi::notice_reference(text);
  return r ? r->reference : "none";
}

struct Case {
  const char* text;
  const char* reference;  // "none" when nothing should be found
};

template <size_t N>
void check_each(std::string (*read)(const char*), const Case (&cases)[N]) {
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(read(c.text) == c.reference);
  }
}

}  // namespace

TEST_CASE("decision references: a tribunal's appeal number after its label") {
  const Case cases[] = {
      {"Appeal No: EA/2021/0042\nBETWEEN", "EA/2021/0042"},
      {"Appeal number:  EA/2020/0007/P\n", "EA/2020/0007"},   // a suffix is dropped
      {"Appeal References: EA/2016/0101\n", "EA/2016/0101"},  // plural label
      {"IN THE FIRST-TIER TRIBUNAL   Case Nos. EA/2014/0900\n", "EA/2014/0900"},
      {"IN THE FIRST-TIER TRIBUNAL   Case No.s EA/2012/0301\n", "EA/2012/0301"},
      {"Tribunal Reference: EA.2015.0777\n", "EA/2015/0777"},  // stops for slashes
      {"Appeal No: EA/2018/ 0123\n", "EA/2018/0123"},          // a stray space
      {"Appeal No: EA/ 2018/0124\n", "EA/2018/0124"},
      {"Appeal number:\xEF\x80\xA0\xEF\x80\xA0 EA/2019/0500\n", "EA/2019/0500"},  // U+F020, a PDF's odd space
      {"Appeal Ref: EA2006/0011\n", "EA/2006/0011"},                              // no slash after the prefix
      {"Appeal No. EA/2013/52\n", "EA/2013/0052"},                                // written with four digits
      {"Appeal No. EA/2016/00208\n", "EA/2016/0208"},
      {"Upper Tribunal Appeal No. GIA/1234/2011\n", "GIA/1234/2011"},  // number, then year
      {"Information Tribunal appeal number: EA/2009/0010\nCommissioner's ref: FS50111111", "EA/2009/0010"},
  };
  check_each(appeal, cases);
}

TEST_CASE("decision references: an unlabelled appeal number set apart in the heading") {
  const Case cases[] = {
      {"EA/2017/0808\n\nIN THE FIRST-TIER TRIBUNAL", "EA/2017/0808"},
      {"IN THE MATTER OF AN APPEAL TO THE FIRST-TIER TRIBUNAL\n  EA/2011/0404\n", "EA/2011/0404"},
      {"IN THE FIRST-TIER TRIBUNAL                      EA/2013/0606\nON APPEAL FROM:", "EA/2013/0606"},
      {"**EA/2020/0111**\n", "EA/2020/0111"},
      {"EA/2011/0222; Decision\n", "EA/2011/0222"},
      // The first one standing apart wins over a later label.
      {"EA/2014/0155\nIN THE FIRST-TIER TRIBUNAL    Case No. EA/2011/0155\n", "EA/2014/0155"},
  };
  check_each(appeal, cases);
}

TEST_CASE("decision references: of joined appeals, the first (the lead appeal)") {
  const Case cases[] = {
      {"Appeal No: EA/2015/0300-2\n", "EA/2015/0300"},
      {"Case No. EA/2011/0070-0072\n", "EA/2011/0070"},
      {"Appeal Reference: EA/2018/0500 and 0501\n", "EA/2018/0500"},
      {"Appeal Nos: EA/2014/0040, 70-71\n", "EA/2014/0040"},
      {"Case No. EA/2009/0219\nand EA/2009/0202\n", "EA/2009/0219"},
  };
  check_each(appeal, cases);
  auto joined = foi::appeal_reference("Appeal Nos: EA/2017/0211 & 0213\n");
  REQUIRE(joined);
  CHECK(joined->reason == "the appeal number after 'Appeal Nos', the first of joined appeals");
}

TEST_CASE("decision references: the other appeals a decision on joined appeals is known by") {
  struct JoinedCase {
    const char* text;
    const char* joined;  // joined_appeals, comma-separated; "" for none
  };
  const JoinedCase cases[] = {
      {"Appeal No: EA/2015/0300-2\n", "EA/2015/0301,EA/2015/0302"},  // a range written short
      {"Case No. EA/2011/0070-0072\n", "EA/2011/0071,EA/2011/0072"},
      {"Appeal numbers: EA/2018/ 0510-0512\n", "EA/2018/0511,EA/2018/0512"},
      {"Appeal Reference: EA/2018/0500 and 0501\n", "EA/2018/0501"},
      {"Appeal Nos: EA/2017/0211 & 0213\n", "EA/2017/0213"},
      {"Case No. EA/2016/0031, 0082 and 0083\n", "EA/2016/0082,EA/2016/0083"},
      {"Appeal Nos: EA/2014/0040, 70-71\n", "EA/2014/0070,EA/2014/0071"},      // a list, then a range
      {"Appeal Nos: EA/2012/0345, 348 & 349\n", "EA/2012/0348,EA/2012/0349"},  // short numbers
      {"Appeal Reference: EA/2019/0012& EA/2019/0047\n", "EA/2019/0047"},      // whole numbers
      {"Case No. EA/2009/0219\n   and EA/2009/0202\n", "EA/2009/0202"},        // on the next line
      // A second number labelled as the decision's own, opening a line or in the heading's right column.
      {"IN THE TRIBUNAL      Case No. EA/2012/0426\nCHAMBER        Case No. EA/2012/0428\n", "EA/2012/0428"},
      {"Appeal No. EA/2013/0345\nPart one.\n\nAppeal No. EA/2013/0348\nPart two.\n", "EA/2013/0348"},
      // Not joined: a date after a comma, a figure, a range too long to be appeals, a case named in a
      // sentence, another court's number, and a number written year last.
      {"Appeal No: EA/2010/0012, 14 March 2011\n", ""},
      {"Appeal No: EA/2010/0013, 12/03/2011\n", ""},
      {"Appeal No: EA/2010/0014-0100\n", ""},
      {"Appeal No: EA/2013/0170\nThe appellant appealed under appeal\nreferences EA/2011/0302 and "
       "EA/2012/0059.\n",
       ""},
      {"Appeal No: EA/2017/0257\nA linked, separate appeal (appeal ref: EA/2017/0256) was heard apart.\n",
       ""},
      {"Appeal No: EA/2014/0066\nCase No. GIA/4483/2014\n", ""},
      {"Upper Tribunal Appeal No. GIA/1234/2011 & 1235\n", ""},
      {"No appeal number here.\n", ""},
  };
  for (const JoinedCase& c : cases) {
    CAPTURE(c.text);
    std::string got;
    for (const std::string& v : foi::joined_appeals(c.text)) got += (got.empty() ? "" : ",") + v;
    CHECK(got == c.joined);
  }
}

TEST_CASE("decision references: numbers a reader does not take as the appeal's own") {
  const Case cases[] = {
      // Cited in a sentence or a list of cases.
      {"We follow Bellamy v Information Commissioner EA/2005/0023 on this point.", "none"},
      {"Cases:\nGreen v Information Commissioner (EA/2008/0084)\n", "none"},
      {"as the Tribunal held in Smith v IC, EA/2010/0001, at [12]", "none"},
      // The ICO's notice appealed against is not an appeal number.
      {"Decision Notice Ref: FS50559771\nThe appeal is dismissed.", "none"},
      // Not an appeal number at all: a year range, a postcode, a long number.
      {"Report FY 2019/20 of the council\n", "none"},
      {"London SW1A 2AA\n", "none"},
      {"Appeal No: EA/20006/0065\n", "none"},
  };
  check_each(appeal, cases);
  // The appeal number wins over the decision notice's reference quoted above it.
  CHECK(appeal("Decision Notice Ref: FER0123456\n\n      EA/2016/0033\n") == "EA/2016/0033");
  // Far below the heading, only a labelled number counts.
  std::string long_text = "IN THE FIRST-TIER TRIBUNAL\n" + std::string(4000, 'x') + "\nEA/2010/0999\n";
  CHECK(appeal(long_text.c_str()) == "none");
  long_text += "Appeal no: EA/2010/0054\n";
  CHECK(appeal(long_text.c_str()) == "EA/2010/0054");
}

TEST_CASE("decision references: a decision notice's own number") {
  const Case cases[] = {
      {"Reference: FER0441122\nEnvironmental Information Regulations 2004 (EIR)\nDecision notice",
       "FER0441122"},
      {"Decision notice\nDate: 3 May 2011\nReference: FS50300400\n", "FS50300400"},
      {"Case Reference: IC-123456-Q7R8\nDecision notice", "IC-123456-Q7R8"},
      {"Decision notice\nPublic Authority: A Council\nThe complainant (FS 50200300) asked", "FS50200300"},
      // The Scottish Commissioner's decision number, over its case reference.
      {"Decision 041/2019: Ms A and the Scottish Ministers\nCase Ref: 201800123\n", "Decision 041/2019"},
      {"Decision Notice 007/2024: Road repairs\nAuthority: A Council\n", "Decision 007/2024"},
      // One cited in the text is not the notice's own.
      {"Decision notice\nSummary\nAs in Decision 048/2015, the Commissioner found ...", "none"},
      {"Decision notice\nNothing numbered here.", "none"},
  };
  check_each(notice, cases);
  CHECK(notice("Home\nDecision 099/2016\nReference No: 201600111\n") == "Decision 099/2016");
}

TEST_CASE("decision references: tells an ICO notice's reference from other values") {
  CHECK(foi::is_ico_notice_reference("FS50587942"));
  CHECK(foi::is_ico_notice_reference("FS 50587942"));
  CHECK(foi::is_ico_notice_reference("FER0636956"));
  CHECK(foi::is_ico_notice_reference("IC-40111-A1B2"));
  CHECK_FALSE(foi::is_ico_notice_reference("EA/2017/0063"));
  CHECK_FALSE(foi::is_ico_notice_reference("FS5058794"));
  CHECK_FALSE(foi::is_ico_notice_reference("6152/17"));
  CHECK_FALSE(foi::is_ico_notice_reference(""));
}

namespace {

// "reference relation|..." for what a document of the kind cites; "" when nothing.
std::string cited(const char* kind, const std::string& text, const char* own = nullptr) {
  std::string out;
  for (const foi::CitedReference& c :
       foi::cited_references(text, kind, own ? std::optional<std::string>(own) : std::nullopt))
    out += (out.empty() ? "" : "|") + c.reference + " " + c.relation;
  return out;
}

struct CitedCase {
  const char* kind;
  const char* text;
  const char* own;
  const char* cites;
};

}  // namespace

TEST_CASE("decision references: the references a document cites, with the relation each implies") {
  const std::string far(9000, ' ');
  const CitedCase cases[] = {
      // A tribunal decision: the notice appealed, labelled or after "appeal", and the notices listed with it.
      {"tribunal_decision", "Appeal No: EA/2017/0063\nInformation Commissioner's Ref: FS50093052\n",
       "EA/2017/0063", "FS50093052 appeal against"},
      {"tribunal_decision",
       "ON APPEAL FROM:\nThe Information Commissioner's Decision Notice No: FS 50648628\n", nullptr,
       "FS50648628 appeal against"},
      {"tribunal_decision",
       "Decision Notices No: FS50437482, FS50430435 and FER0582261\nDated: 13 August 2012", nullptr,
       "FS50437482 appeal against|FS50430435 appeal against|FER0582261 appeal against"},
      {"tribunal_decision",
       "Decision Notices Nos FS50493467 dated 10 December 2013 and FS50493468 dated 4 March 2014", nullptr,
       "FS50493467 appeal against|FS50493468 appeal against"},
      {"tribunal_decision", "The appeal is against IC-123456-A1B2.\n", nullptr,
       "IC-123456-A1B2 appeal against"},
      // ...not a notice cited later in the reasoning, nor one past the opening.
      {"tribunal_decision",
       "Ref: FS50523494\n1. Facts.\n2. The Commissioner has decided alike before (see Decision Notice "
       "FS50465448).",
       nullptr, "FS50523494 appeal against"},
      {"tribunal_decision", "Appeal No: EA/2017/0063\n", "EA/2017/0063", ""},
      // A decision notice: the authority's reference it quotes, not its own ICO number.
      {"decision_notice",
       "Decision notice\nReference: FS50123456\n1. The council refused the request, FOI 2021/123.",
       "FS50123456", "FOI 2021/123 decision on"},
      {"decision_notice", "Decision notice\nReference: FS50123456\n1. The council refused the request.",
       "FS50123456", ""},
      // A review: the reply's reference it quotes, its own among them; the requester's is not the
      // authority's.
      {"internal_review", "Dear Ms Jones\nI have reviewed our reply to your request FOI 2021/123.",
       "FOI 2021/123", "FOI 2021/123 review of"},
      {"internal_review", "Your ref: ABC/99\nDear Ms Jones\nI have reviewed our reply.", nullptr, ""},
      // Other kinds cite nothing.
      {"response", "Our ref: FOI 2021/123\nThe decision notice FS50123456 found for us.", "FOI 2021/123", ""},
  };
  for (const CitedCase& c : cases) {
    CAPTURE(c.text);
    CHECK(cited(c.kind, c.text, c.own) == c.cites);
  }
  CHECK(cited("tribunal_decision", "Appeal No: EA/2017/0063\n" + far + "Ref: FS50093052\n") == "");
}
