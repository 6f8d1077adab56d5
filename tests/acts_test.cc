// The table of Acts and finding Act names in text.
#include <doctest/doctest.h>

#include <set>

#include "foi/extract/acts.h"

namespace {
std::string named_at(const std::string& text) {
  foi::ActIndex idx;
  std::optional<foi::ActMention> m = foi::match_act_at(text, 0, idx);
  if (!m) return "none";
  if (m->act == &foi::the_act()) return "the Act";
  if (m->act == &foi::unknown_act()) return "unknown";
  return std::string(m->act->short_name);
}
}  // namespace

TEST_CASE("acts: names full names with or without a year, abbreviations, 'the Act' and unknown Acts") {
  struct Case {
    const char* text;
    const char* short_name;
  };
  const Case cases[] = {
      {"Sexual Offences Act 2003", "SOA 2003"},
      {"the Sexual Offences Act", "SOA 2003"},  // no year: the table's default
      {"Sexual Offences Act 1956", "SOA 1956"},
      {"sexual offences\nact 2003", "SOA 2003"},  // case and line breaks as documents have them
      {"the Freedom of Information Act 2000", "FOIA 2000"},
      {"Freedom of Information (Scotland) Act 2002", "FOISA 2002"},
      {"Environmental Information Regulations 2004", "EIR 2004"},
      {"SOA 2003", "SOA 2003"},
      {"SOA", "SOA 2003"},
      {"FOIA", "FOIA 2000"},
      {"DPA 2018", "DPA 2018"},
      {"Police and Criminal Evidence Act 1978", "PACE 1984"},  // a wrong year keeps it procedural
      {"the Act", "the Act"},
      {"the Copyright, Designs and Patents Act 1988", "CDPA 1988"},
      {"the Widget Licensing Act 1999", "unknown"},
      {"Offences against the Person Act 1861", "OAPA 1861"},
      {"Essex Police", "none"},
      {"SOAP", "none"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(named_at(c.text) == c.short_name);
  }
}

TEST_CASE("acts: a document's own abbreviations override the table") {
  foi::ActIndex idx = foi::index_acts("*SOA – Sexual Offences Act 1956   SCA - Serious Crime Act 2007");
  REQUIRE(idx.local_abbreviations.count("SOA"));
  CHECK(idx.local_abbreviations.at("SOA")->short_name == "SOA 1956");
  CHECK(idx.local_abbreviations.at("SCA")->short_name == "SCA 2007");
  foi::ActIndex paren = foi::index_acts("the Protection from Harassment Act 1997 (“PHA”) applies");
  CHECK(paren.local_abbreviations.at("PHA")->short_name == "PHA 1997");
}

TEST_CASE("acts: an abbreviation right before a position") {
  foi::ActIndex idx;
  std::string t = "SOA Sec 15A and SCA 2007 s44 and FOISA s35 and the s3";
  CHECK(foi::abbreviation_before(t, t.find("Sec"), idx)->short_name == "SOA 2003");
  CHECK(foi::abbreviation_before(t, t.find("s44"), idx)->short_name == "SCA 2007");
  CHECK(foi::abbreviation_before(t, t.find("s35"), idx)->kind == foi::ActKind::kFoisa);
  CHECK(foi::abbreviation_before(t, t.rfind("s3"), idx) == nullptr);
}

TEST_CASE("acts: every criminal Act has a short name ending in its year, and short names are unique") {
  std::set<std::string_view> seen;
  for (const foi::Act& a : foi::all_acts()) {
    CAPTURE(a.name);
    CHECK(seen.insert(a.short_name).second);
    CHECK(a.short_name.substr(a.short_name.size() - 4) == std::to_string(a.year));
  }
}

TEST_CASE("acts: names 'the 2007 Act', 'that Act', older 'Act, 1984' and titles with bracketed parts") {
  struct Case {
    const char* text;
    const char* short_name;
  };
  const Case cases[] = {
      {"the 2007 Act", "unknown"},  // no Act of 2007 named before: another Act
      {"Data Protection Act, 1998", "DPA 1998"},
      {"the Asylum and Immigration Act, 2004", "unknown"},
      {"Social Security (Miscellaneous Amendments No. 2) Regulations 2003", "unknown"},
      {"that Act", "none"},  // nothing named before it
      {"the 2007 report", "none"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(named_at(c.text) == c.short_name);
  }
  std::string t = "the Freedom of Information Act 2000 and the Terrorism Act 2006; section 44 of the 2000 Act";
  foi::ActIndex idx = foi::index_acts(t);
  CHECK(foi::match_act_at(t, t.find("the 2000 Act"), idx)->act->short_name == "FOIA 2000");
  std::string that = "the Sexual Offences Act 2003 makes it an offence: see section 15 of that Act";
  foi::ActIndex that_idx = foi::index_acts(that);
  CHECK(foi::match_act_at(that, that.find("that Act"), that_idx)->act->short_name == "SOA 2003");
}

TEST_CASE("acts: a document defines abbreviations of Acts the table lacks, and what it calls 'the Act'") {
  foi::ActIndex cra = foi::index_acts("section 139 of the Constitutional Reform Act 2005 (“the CRA”) applies");
  REQUIRE(cra.local_abbreviations.count("CRA"));
  CHECK(cra.local_abbreviations.at("CRA") == &foi::unknown_act());
  foi::ActIndex dpa = foi::index_acts("the Data Protection Act 1984 (\"the Act\") and the Act's principles");
  REQUIRE(dpa.the_act_defined != nullptr);
  CHECK(dpa.the_act_defined->name == "Data Protection Act");
  // Only abbreviation-like words are defined, and an unknown Act never takes over the table's abbreviation.
  CHECK(foi::index_acts("the FOIA (Recommendations of the Panel)").local_abbreviations.empty());
  CHECK(foi::index_acts("the Widget Act 2001 (FOIA)").local_abbreviations.empty());
}

TEST_CASE("acts: a section 'of the report' or 'of the ICO's guidance' is a document's, not an Act's") {
  const char* documents[] = {"the report", "the ICO's guidance", "its Code of Practice", "the Council’s policy",
                             "the Decision Notice", "this letter"};
  for (const char* d : documents) {
    CAPTURE(d);
    CHECK(foi::names_document_at(d, 0));
  }
  const char* statutes[] = {"the Act", "the Freedom of Information Act", "the legislation", "the Regulations",
                            "report", "the relevant Act"};
  for (const char* s : statutes) {
    CAPTURE(s);
    CHECK_FALSE(foi::names_document_at(s, 0));
  }
}
