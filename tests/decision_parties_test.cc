// Tests for foi/decision_parties and foi/party_names: the public authority of a tribunal decision or notice.
#include "foi/extract/decision_parties.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "foi/extract/party_names.h"

namespace {

using Maybe = std::optional<std::string>;

Maybe authority_of(const std::string& text) {
  std::optional<foi::DecisionAuthority> read = foi::decision_authority(text);
  return read ? Maybe(read->authority) : std::nullopt;
}

void check_table(std::initializer_list<std::pair<std::string, Maybe>> cases) {
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    CHECK(authority_of(text) == expected);
  }
}

}  // namespace

TEST_CASE("decision parties: a 'Public authority:' line names the authority, kept as written if unknown") {
  check_table({
      {"DECISION NOTICE\nDate: 2 March 2021\nPublic Authority: Home Office\nAddress: 2 Marsham Street\n",
       "Home Office"},
      {"Public authority:      ANYTOWN BOROUGH COUNCIL\nAddress of Public authority: Town Hall\n",
       "Anytown Borough Council"},
      {"Public authority:\n\n        Riverside College of Art\n\nAddress: High Street\n",
       "Riverside College of Art"},
      {"Public Authority:   Monitor\n", "Monitor"},
      // Labels stacked over their values, as a copy of the notice's two-column heading comes out.
      {"Decision notice\nDate:\n16 March 2031\nPublic Authority:\nAddress:\nHome Office\n2 Marsham Street\n",
       "Home Office"},
      // A name wrapped onto a second line (EA/2007/0072), and one that ends where the next line starts anew.
      {"Public authority:\n\nTHE DEPARTMENT FOR BUSINESS, ENTERPRISE\nAND REGULATORY REFORM "
       "(BERR)\n\nAddress of Public "
       "authority: 1 Victoria Street\n",
       "Department for Business, Enterprise and Regulatory Reform"},
      {"Public authority:\nRiverside College of Art\nHigh Street\n", "Riverside College of Art"},
      {"Public Authority:   Chief Constable of Kent Police\n", "Kent Police"},
      {"Applicant: Mr A Person\nAuthority: Scottish Ministers\nCase Ref: 202100001\n", "Scottish Government"},
      {"Public Authority      Millbrook Parish Council\n", "Millbrook Parish Council"},
      // A copy that ran the heading's lines together, the name before or after its "Address:".
      {"1 Freedom of Information Act 2000 Decision Notice Date: 2 March 2030 Public Authority: Harbour Board "
       "of "
       "Anytown Address: 1 Quay Street. Summary The complainant asked.\n",
       "Harbour Board of Anytown"},
      {"1 Decision notice Date: 9 May 2030 Public Authority: Address: Anytown Borough Council Town Hall "
       "Square "
       "Anytown AN1 1AA Decision 1. The complainant asked.\n",
       "Anytown Borough Council"},
      {"Decision notice Date: 9 May 2030 Public Authority: Address: Commissioner of the Metropolitan Police "
       "Service New Scotland Yard London\n",
       "Metropolitan Police Service"},
  });
}

TEST_CASE("decision parties: an ICO decision page's first line, over its 'Date' line, names the authority") {
  check_table({
      {"Riverside Hospitals NHS Trust\nDate 28 May 2031\nSector Health\nDecision(s) FOI 40(2): Not "
       "upheld\nThe "
       "complainant asked the Trust (\"the Trust\") for audit logs.",
       "Riverside Hospitals NHS Trust"},
      {"Kent Police\nDate 9 November 2031\nDecision(s) FOI 31: Upheld\nThe complainant asked.",
       "Kent Police"},
      {"Chief Constable of Kent Police\n- Date 9 November 2031\n- Sector Police\n- Decision(s) FOI 31: "
       "Upheld\n",
       "Kent Police"},
      // A copy that leaves a blank line under the name.
      {"Anyshire County Council\n\n- Date 14 December 2031\n- Decision(s) FOI 1: Upheld\n",
       "Anyshire County Council"},
      // Past a blank line, a name must say it is a body: a notice's title is none.
      {"Decision notice IC-123456-A1B2\n\nDate 14 December 2031\nDecision(s) FOI 1: Upheld\n", std::nullopt},
      // No Decision(s) list, or no Date line under the name: not this page.
      {"Riverside Hospitals NHS Trust\nDate 28 May 2031\nSector Health\nThe page lists nothing.",
       std::nullopt},
  });
}

TEST_CASE("decision parties: the authority is a respondent or added party, never the Commissioner") {
  check_table({
      {"Appellant:     Jane Doe\nFirst Respondent: The Information Commissioner\n"
       "Second Respondent: Department for Transport (\"the Department\")\n",
       "Department for Transport"},
      {"Between\n        JOHN SMITH\n                    Appellant\n        and\n"
       "        THE INFORMATION COMMISSIONER\n                    First Respondent\n        and\n"
       "        THE CABINET OFFICE\n                    Second Respondent\n",
       "Cabinet Office"},
      {"Appellant:   A Person\nRespondent:  Information Commisioner\nAdditional Party:  Northshire County "
       "Council\n",
       "Northshire County Council"},
      {"Appellant: Jane Doe\nRespondents: (1) The Information Commissioner (2) Natural England\n",
       "Natural England"},
      {"Between\n   JANE DOE\n        Appellant\n   and\n   THE INFORMATION COMMISSIONER\n        "
       "Respondent\n",
       std::nullopt},
  });
}

TEST_CASE(
    "decision parties: a public body appealing is the authority; a person or company appealing is not") {
  check_table({
      {"Appellant: Ministry of Justice\nFirst Respondent: Information Commissioner\n"
       "Second Respondent: Mr Joe Bloggs\n",
       "Ministry of Justice"},
      {"Appellant: London Borough of Exampleton\nRespondent: The Information Commissioner\n"
       "Second Respondent: Acme Developments Limited\n",
       "London Borough of Exampleton"},
      {"Appellant: Acme Marketing Limited\nRespondent: The Information Commissioner\n", std::nullopt},
      {"Between\n     JOHN EXAMPLE\n     NORTHSHIRE CITY COUNCIL\n              First Appellant\n"
       "              Second Appellant\n   and\n   THE INFORMATION COMMISSIONER\n      Respondent\n",
       "Northshire City Council"},
      {"Appellant: The Office of Widgets\nRespondent: The Information Commissioner\n"
       "Second Respondent: Widget Phones (UK) Limited\n",
       "Office of Widgets"},
  });
}

TEST_CASE("decision parties: the body the request went to, not a body in a cited case") {
  check_table({
      {"Appellant: Jane Doe\nRespondent: The Information Commissioner\n\n1. On 1 May 2015 the Appellant "
       "wrote "
       "to the Home Office asking for its policy.\n",
       "Home Office"},
      {"Appellant: Jane Doe\nRespondent: The Information Commissioner\n\n1. The decision notice concerned a "
       "request to Kent Police for statistics.\n",
       "Kent Police"},
      {"Appellant: Jane Doe\nRespondent: The Information Commissioner\n\n5. We were referred to Hogan and "
       "Oxford City Council v Information Commissioner, and to Bristol City Council v Information "
       "Commissioner.\n",
       std::nullopt},
      {"Appellant: Jane Doe\nRespondent: The Information Commissioner\n\n1. The appellant complained to the "
       "Information Commissioner about the answer he received.\n",
       std::nullopt},
      {"Appellant: Jane Doe\nRespondent: The Information Commissioner\n\n1. It concerns a request for "
       "information made to The Home Office about its widget contracts.\n",
       "Home Office"},
      {"Appellant: Jane Doe\nRespondent: The Information Commissioner\n\n3. The appeal concerns information "
       "held by the Little Widgetby Parish Council, Northshire (the \"Council\").\n",
       "Little Widgetby Parish Council"},
  });
}

TEST_CASE("decision parties: a body the decision names for short and keeps naming") {
  check_table({
      {"Appellant: Jane Doe\nRespondent: The Information Commissioner\n\n1. Northshire County Council (\"the "
       "Council\") refused the request. The Council relied on section 14. The Council reviewed it.\n",
       "Northshire County Council"},
      {"1. The EIR and reliance on regulation 12(4)(a) by Northshire District Council (\"the Public\n"
       "Authority\").\n",
       "Northshire District Council"},
      {"Glossary\nNCC       The Northshire County Council\nIC        The Commissioner\n\n"
       "2. NCC said it held nothing. NCC searched again.\n",
       "Northshire County Council"},
  });
}

TEST_CASE("decision parties: a Scottish notice's title names the authority after the applicant") {
  check_table({
      {"Decision 001/2020: Mr A Person and the Scottish Ministers\n\nSummary\n", "Scottish Government"},
      {"Decision 002/2009 Ms B Person and the Chief Constable of Strathclyde Police\n", "Strathclyde Police"},
      {"Decision 003/2020: Mr A Person and Mrs B Person\n", std::nullopt},
      // The applicant named without a title: the "Decision" heading makes it a title all the same.
      {"Decision 004/2030: Alex Person and the Scottish Ministers\n", "Scottish Government"},
      // A body the table does not know, named as one ("Body", "Surgery"), kept as written.
      {"Decision 005/2030: Mr A Person and the Scottish Widget Corporate Body\n",
       "Scottish Widget Corporate Body"},
      {"Decision 006/2030: Mr A Person and Anytown Surgery\n", "Anytown Surgery"},
  });
}

TEST_CASE("party names: cleaned, title-cased from capitals, people and the Commissioner refused") {
  const std::pair<const char*, Maybe> cases[] = {
      {"THE COMMISSIONERS OF HER MAJESTY\xE2\x80\x99S TREASURY", "HM Treasury"},
      {"NORTHSHIRE HEALTHCARE NHS TRUST", "Northshire Healthcare NHS Trust"},
      {"The Governing Body of the University of Exampleton", "University of Exampleton"},
      {"Department of Energy and Climate Change (DECC) and Mr X", "Department of Energy and Climate Change"},
      {"DVLA (an executive agency of the Department for Transport)", "Driver and Vehicle Licensing Agency"},
      {"THE INFORMATION COMMISSIONER", std::nullopt},
      {"Information Commissionner", std::nullopt},
      {"MR JOHN SMITH", std::nullopt},
      {"In person", std::nullopt},
      {"Jane Doe (obo Residents Association)", std::nullopt},
  };
  for (const auto& [name, expected] : cases) {
    std::optional<foi::PartyName> read = foi::read_party(name, false);
    std::string shown = name, got = read ? read->name : "(none)";
    CAPTURE(shown);
    CAPTURE(got);
    CHECK((read ? Maybe(read->name) : std::nullopt) == expected);
  }
  CHECK(foi::title_case_capitals("HIGH SPEED WIDGETS (HS3) LIMITED") == "High Speed Widgets (HS3) Limited");
  CHECK(foi::title_case_capitals("Already Mixed Case") == "Already Mixed Case");
}

TEST_CASE(
    "guidance publisher: APP is the College of Policing's; guidance naming one Commissioner alone is "
    "theirs") {
  struct Case {
    std::string text;
    Maybe letter;  // what the letter rule read
    Maybe publisher;
  };
  const Case cases[] = {
      {"This page is from APP, the official source of professional practice for policing.",
       "National Police Chiefs' Council", "College of Policing"},
      {"How we handle complaints. The ICO looks at a complaint when an authority does not answer.",
       std::nullopt, "Information Commissioner's Office"},
      {"Appeals go to the Scottish Information Commissioner within six months.", std::nullopt,
       "Scottish Information Commissioner"},
      // A force's own policy names its own name; the ICO it mentions as the route of appeal is not its
      // author.
      {"Kent Police FOI policy. If unhappy, contact the ICO.", "Kent Police", std::nullopt},
      // Both Commissioners, or neither: nobody is guessed.
      {"Compare the ICO and the Scottish Information Commissioner on fees.", std::nullopt, std::nullopt},
      {"Guidance on responding to requests within 20 working days.", std::nullopt, std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    std::optional<foi::DecisionAuthority> p = foi::guidance_publisher(c.text, c.letter);
    CHECK((p ? Maybe(p->authority) : std::nullopt) == c.publisher);
  }
}

TEST_CASE(
    "decision parties: a notice line's value stops at its 'Address:' label, and a short name is the body "
    "the text names in full") {
  check_table({
      {"Decision notice\nDate: 1 May 2031\nPublic Authority: Borough of Millbrook Address: Civic Centre, "
       "Millbrook\n\n1. London Borough of Millbrook (the council) refused the request.\n",
       "London Borough of Millbrook"},
      {"Decision notice\nPublic Authority: Home Office Address: 2 Marsham Street\n", "Home Office"},
      // No known body ends with the written name: it is kept as written.
      {"Decision notice\nPublic Authority: Harbour Board of Anytown Address: 1 Quay Street\n\n1. The board "
       "replied late.\n",
       "Harbour Board of Anytown"},
  });
}

TEST_CASE("decision parties: with no parties or request narrative, the body the decision says refused") {
  check_table({
      {"Appellant: Ann Example\nRespondent: The Information Commissioner\n\n1. Ms Example wanted papers on a "
       "programme. The BBC has refused to answer, citing journalism.\n",
       "British Broadcasting Corporation"},
      {"Appellant: Ann Example\nRespondent: The Information Commissioner\n\n1. In 2031 the Home Office "
       "refused "
       "the request under section 14.\n",
       "Home Office"},
      {"Appellant: Ann Example\nRespondent: The Information Commissioner\n\n1. Ms Example wanted minutes. "
       "Kent Police then refused them.\n",
       "Kent Police"},
      // An ICO summary: the body that answered, past its short name in brackets.
      {"The complainant requested advice papers. Anytown Council (the council) provided some and withheld "
       "the rest.\n",
       "Anytown Council"},
      {"Summary: The complainant requested hoax figures. Kent Police neither confirmed nor denied holding "
       "them.\n",
       "Kent Police"},
      // A body that provided something else to someone else answered no request.
      {"Appellant: Ann Example\nRespondent: The Information Commissioner\n\n1. The papers are reports which "
       "the Environment Agency provided to the Department in 2030.\n",
       std::nullopt},
      // The Commissioner refusing a complaint is no public authority; a body merely named is not a refuser.
      {"Appellant: Ann Example\nRespondent: The Information Commissioner\n\n1. The Information Commissioner "
       "refused to investigate. The Home Office is mentioned.\n",
       std::nullopt},
  });
}
