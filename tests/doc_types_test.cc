// Document kinds: each kind from the words its heading or letter uses, and the traps where a reply mentions
// another kind (a review offered in its footer, a tribunal named in the appeal rights, guidance it discloses).
#include "foi/extract/doc_types.h"

#include <doctest/doctest.h>

#include <string>

#include "tests/doc_type_cases.h"

namespace {

// Short texts in our own words, shaped as the real documents are.
const foi_test::DocTypeCase kCases[] = {
    {"a tribunal heading with court and parties", "Smith v Information Commissioner",
     "IN THE FIRST-TIER TRIBUNAL\nGENERAL REGULATORY CHAMBER\n(INFORMATION RIGHTS)\nAppeal No: EA/2020/0123\n"
     "BETWEEN\nJANE SMITH\nAppellant\nand\nTHE INFORMATION COMMISSIONER\nRespondent\nDecision: The appeal is "
     "dismissed.",
     "tribunal_decision"},
    {"an Upper Tribunal decision", "",
     "IN THE UPPER TRIBUNAL\nADMINISTRATIVE APPEALS CHAMBER\nAppeal Number: GIA/1234/2019\nOn appeal from "
     "the First-tier "
     "Tribunal\nBetween: A Council (Appellant) and the Information Commissioner",
     "tribunal_decision"},
    {"an ICO decision notice", "",
     "Freedom of Information Act 2000 (FOIA)\nDecision notice\nDate: 3 March 2022\nPublic Authority: Anytown "
     "Borough "
     "Council\nAddress: Town Hall\nDecision (including any steps ordered)\n1. The complainant asked for "
     "minutes.",
     "decision_notice"},
    {"a Scottish Information Commissioner decision", "",
     "Decision Notice 045/2021: Mr X and Police Scotland\nScottish Information Commissioner\nSummary\nThe "
     "applicant "
     "asked for staffing figures.",
     "decision_notice"},
    {"a request thread", "Speed cameras",
     "Dear Anytown Council,\nPlease provide the list.\nYours faithfully,\nA\n\nDear A,\nOur ref 12. "
     "Attached.\n"
     "show quoted sections\nB left an annotation (1 May 2021)\nDear Anytown Council,\nPlease review.",
     "thread"},
    {"an internal review letter", "Internal review: request 2021/55",
     "Dear Ms Jones,\nOur ref: IR 2021/55\nI have completed the internal review you asked for. The original "
     "response "
     "relied on section 31(1)(a) and I uphold it.\nYours sincerely",
     "internal_review"},
    {"a review named only in the body", "Request 2021/55",
     "Dear Ms Jones\nThank you for your email. I have now completed the internal review of the handling of "
     "your "
     "request under the Freedom of Information Act.\nYours sincerely",
     "internal_review"},
    {"a reply whose footer offers a review and names the tribunal", "Request 77",
     "Dear Mr Brown\nOur ref: FOI 77\nThank you for your request under the Freedom of Information Act 2000. "
     "We can "
     "confirm that the information is held and is attached.\n\n"
     "The table below gives the figures for each year and each district, as recorded on our systems at the "
     "time of the request. Figures for the current year are provisional and may change as records are "
     "updated. "
     "The table below gives the figures for each year and each district, as recorded on our systems at the "
     "time of the request. Figures for the current year are provisional and may change as records are "
     "updated. "
     "The table below gives the figures for each year and each district, as recorded on our systems at the "
     "time of the request. Figures for the current year are provisional and may change as records are "
     "updated.\n"
     "If you are unhappy you may ask for an internal review, then complain to the ICO, and appeal to the "
     "First-tier Tribunal.\nYours sincerely",
     "response"},
    {"a government's published release: request and response lines, exemptions only in the plural",
     "Minutes of the board: FOI release",
     "Information request and response under the Freedom of Information (Scotland) Act 2002\n\nInformation "
     "requested\n\nThe board's minutes for 2020.\n\nResponse\n\nAttached is most of what you asked for. We "
     "are "
     "unable to provide the rest because exemptions under sections 30(b)(ii) and 38(1)(b) of FOISA apply.\n",
     "response"},
    {"an EIR reply that refuses", "Planning records",
     "Dear Sir\nYour reference: 4411\nWe have considered your request under the Environmental Information "
     "Regulations "
     "2004. The information is withheld under regulation 12(5)(b).\nKind regards",
     "response"},
    {"a disclosure-log entry", "Firearms licences 2020",
     "Disclosure log\nRequest number: 000123/21\nDate responded: 4 May 2021\nRequest\nHow many "
     "licences?\nResponse\n"
     "The information held is shown below.",
     "response"},
    {"a reply that discloses a guidance document", "Guidance on drones",
     "Dear Requester\nOur ref 66/20\nUnder the Freedom of Information Act we enclose the force's drone "
     "guidance; parts "
     "are exempt under section 31.\nYours sincerely",
     "response"},
    {"a request letter that looks forward to a response", "Drones",
     "Dear Kent Police,\nUnder the Freedom of Information Act please provide the number of drones.\nI look "
     "forward to "
     "your response.\nYours faithfully,\nB",
     "request"},
    {"ICO guidance full of exemption words", "Section 31 - Law enforcement",
     "This guidance explains what public authorities should consider when relying on the law enforcement "
     "exemption "
     "in section 31 of the Freedom of Information Act. The exemption is qualified.",
     "guidance"},
    {"College of Policing APP", "Information management",
     "Authorised Professional Practice\nInformation management: freedom of information\nThis APP sets out "
     "how forces "
     "handle requests.",
     "guidance"},
    {"a force's policy by its title", "Records Retention Policy",
     "1. Purpose\nThis document sets out retention periods.", "guidance"},
    {"a text of no known kind", "Groceries", "Milk, eggs and bread.", "other"},
    {"an authority's letter that answers 'your request' under the EIR", "Information request",
     "Widget Rail\nThe Depot\n16 February 2031\nDear Mr Jones\nInformation request\nThank you for your email "
     "of 13 January 2031, in which you requested a copy of the board paper. We have handled your request "
     "under "
     "the Environmental Information Regulations 2004.",
     "response"},
    {"a disclosure log's entry: the date of the request, the questions, the answers", "Widgets counted",
     "Widgets counted, 2026-2030\n\nDate of request: 3 March 2031\nReference: 307-31\n\n1) How many widgets "
     "did you count?\n\nIn relation to question 1, please see the table below. Freedom of Information "
     "requests are answered within 20 working days.",
     "response"},
    {"a request quoted in its own words above a 'Response' line", "Widget spending",
     "Please see the requests we answered about widget spending.\n\nI would like to request a breakdown of "
     "all widget spending in 2030.\n\nResponse:\n\nSection 12 Freedom of Information Act 2000 - the cost "
     "of compliance exceeds the appropriate limit, so we are unable to provide it.",
     "response"},
    {"a review that opens by answering the request for it", "Water voles",
     "Our ref: ATI-991\n\n25 July 2031\n\nDear Mr Hughes,\n\nI am writing in response to your review request "
     "of 1 July 2031. Your request was handled under the Environmental Information Regulations 2004 and the "
     "records were withheld.",
     "internal_review"},
    {"a review that quotes the request for it in its body", "Widget rota",
     "Our ref: FOI 2031/6\n\nDear Ms Khan\n\nThank you for your email about the widget rota. The rota for "
     "March "
     "2031 was withheld under section 31(1)(a). Widgets are cleaned on Tuesdays and Fridays by the estates "
     "team, "
     "and the rota is drawn up a month ahead by the facilities manager, who keeps it on the shared drive "
     "with the "
     "cleaning logs for the last two years and the names of the staff on each shift, with their phone "
     "numbers "
     "and the doors they open. The rota is kept for two years and then deleted under the retention schedule, "
     "which the council publishes with its other schedules on its website. In your request for an internal "
     "review you said the rota is already public.\n\n"
     "Yours sincerely",
     "internal_review"},
    {"a reply whose closing lines say where to send a request for review stays a reply", "Widget rota",
     "Our ref: FOI 2031/5\n\nDear Ms Khan\n\nThank you for your request for information about the widget "
     "rota. Please find attached the rota for March 2031, which is all the information we hold. Widgets are "
     "cleaned on Tuesdays and Fridays by the estates team, and the rota is drawn up a month ahead by the "
     "facilities manager, who keeps it on the shared drive with the cleaning logs for the last two years. "
     "Older rotas are not kept: they are deleted when the new year's rota is agreed, under the council's "
     "retention schedule, which is published on its website with the other schedules.\n\nIf you are unhappy "
     "with this response, your request for an internal review should be sent to the Information Governance "
     "team within 40 working days.\n\nYours sincerely",
     "response"},
    {"a short reply whose last line says where a request for a review goes stays a reply", "Widget keys",
     "Our ref: FOI 2031/6\n\nDear Mr Dean\n\nThank you for your request. Please find attached the key log "
     "for May 2031.\n\nYour request for a review should be sent to the FOI team.\n\nYours sincerely",
     "response"},
    {"a short review that opens on the request for it", "Widget keys",
     "Our ref: FOI 2031/6R\n\nDear Mr Dean\n\nI write about your request for a review of our reply of 2 May. "
     "I have looked again and the key log is now attached.\n\nYours sincerely",
     "internal_review"},
    {"a news report of a tribunal decision is no decision", "Judge sends widget case back",
     "Judge sends widget case back to the First-tier Tribunal\nThe Upper Tribunal has found that the "
     "First-tier "
     "Tribunal was wrong to strike out an appeal about Widget Council's rota. The judge said \"the "
     "Appellant's case was never fanciful\" and that the appellant should have been heard.",
     "other"},
    {"a withdrawal notice speaks as the Tribunal and names the appellant in prose", "Withdrawal Notice",
     "Withdrawal Notice\n\nThe Tribunal acknowledges receipt of a notice of withdrawal from the Appellant "
     "under Rule 17 of the Tribunal Procedure (First-tier Tribunal) (General Regulatory Chamber) Rules 2009.",
     "tribunal_decision"},
    {"a heading that sets the parties on one line", "Decision",
     "IN THE FIRST-TIER TRIBUNAL GENERAL REGULATORY CHAMBER Between JANE ROE Appellant and THE INFORMATION "
     "COMMISSIONER Respondent",
     "tribunal_decision"},
    {"a log page with its request and a dated 'Response' line", "FOI Request - Widget rotas",
     "FOI Request - Widget rotas\n\nRequest 2031000123\n\nUnder FOISA, for each depot, the widget rota for "
     "2030.\n\nResponse 16-02-31\n\nSee the attached spreadsheet.",
     "response"},
    {"a requester asking about tax exemptions is still asking", "Council tax",
     "Dear Council,\n\nPlease provide the number of council tax exemptions granted in 2030.\n\nKind "
     "regards,\nJane",
     "request"},
    {"guidance on withholding, named so in its title", "Public interest test guidance",
     "Where information is withheld under a qualified exemption, an authority must show that the public "
     "interest favours withholding it.\n\nKind regards",
     "guidance"},
    {"a log entry's request and response, with review boilerplate, is an answer", "Parking permits",
     "Parking permits - FOI 2031/77\nRequest\nHow many permits did you issue?\nWhat did they "
     "cost?\nResponse\nWe "
     "hold the records: 4,210 permits at £40.\nThe Act has a number of exemptions, but none applies. If you "
     "are unhappy you can ask for an internal review; this page explains how.",
     "response"},
    {"a reply quoting the requester's words about a review stays a reply", "Depot report",
     "Our ref: FOI 2031/12\n\nDear Mr Dean\n\nYou wrote: \"I am writing to request the report of the depot "
     "review.\" We hold it under the Freedom of Information Act and it is attached.\n\nYours sincerely",
     "response"},
    {"a reply whose closing lines say where a review of this decision goes", "Widget keys",
     "Our ref: FOI 2031/6\n\nDear Mr Dean\n\nPlease find attached the key log.\n\nIf you are unhappy, your "
     "request for an internal review of this decision should be sent to foi@widget.example.\n\nYours "
     "sincerely",
     "response"},
    {"a council's page telling any requester what may be withheld",
     "Freedom of Information - what we withhold",
     "Freedom of Information - what we withhold\n\nWe publish what we can in our disclosure log. The Act "
     "has a number of exemptions, and information may be exempt if it is personal or commercially "
     "sensitive.",
     "guidance"},
    {"a force's questions and answers about the Act", "",
     "Banner text\n\nThis page explains the Act.\n\nWhat does the Act let me ask for?\nAny recorded "
     "information the force holds.\n\nHow long "
     "will an answer take?\nTwenty working days, as in your request's acknowledgement.",
     "guidance"},
    {"a requester's letter asking for an internal review is a request", "Review please",
     "Dear FOI team,\n\nI am writing to request an internal review of your refusal of my request "
     "FOI-2031-9 under section 14. The request was not vexatious: it was my first to the council about "
     "the widget depot, and the information held should be disclosed.",
     "request"},
    {"a digest's summary of an ICO notice", "Summary",
     "Summary of a decision\n\nCase Ref: FS50123999\nDate: 3 May 2031\nPublic Authority: Widget Council\n"
     "The Commissioner's decision is that the council was right to withhold the plans.",
     "decision_notice"},
    {"a reply that quotes the ICO's case number is not a notice", "Your complaint",
     "Our ref: FOI 2031/12\nICO Case Ref: FS50123999\nDear Ms Smith\nThe Commissioner asked us, the public "
     "authority, to look again at your request for information. We now disclose the plans.",
     "response"},
    {"a published reply whose page links its review above the letter", "Copies of a bus report",
     "Copies of a bus report.\n\nInternal review , file type: PDF, file size: 98 KB\n7 June 2030\nRequest "
     "for "
     "Information - REF 1234\nThank you for your request for information dated 8 May.\nOur response\nI have "
     "concluded that your requests are vexatious under Section 14(1) of the Act.",
     "response"},
    {"a review of lateness, named in its body", "A visit abroad",
     "Dear\nComplaint in respect of REF 1235\nThank you for your request which was received on 31 May.\nYou "
     "requested an internal review of your request, due to the request not being met within the timescales.\n"
     "I uphold your complaint.",
     "internal_review"},
    {"a statistics page that quotes the code of practice", "FOI statistics: April to June 2030",
     "Code of practice compliance\nThis release gives the number of requests answered within 20 working days "
     "under the Freedom of Information Act.",
     "other"},
    {"a news round-up telling authorities what decisions found", "Decisions round-up: May 2030",
     "We published six decisions. Learning point: public authorities should read the request carefully, and "
     "the requester should be told which section 30 exemption applied.",
     "other"},
    {"guidance about statistics is still guidance by its title", "Guidance on requests for statistics",
     "This guidance explains how to answer requests for statistics under the Freedom of Information Act.",
     "guidance"},
    {"a review headed 'Re: Internal review'", "Request 2030/9",
     "Re: Internal review of request 2030/9\nDear Mr Brown\nThank you for your email. The original decision "
     "stands.\nYours sincerely",
     "internal_review"},
    {"a mention of 'decision notice' in a reply is no notice", "Request 5",
     "Dear Mr Green\nOur ref: 5/22\nYou asked for the decision notice we received. The information is "
     "attached under "
     "the Freedom of Information Act.\nYours sincerely",
     "response"},
    {"guidance carrying a model letter whose date line is left blank", "If you disagree with a reply",
     "Ask the authority to look again. A public authority should answer within 20 working days, and it may "
     "rely on an exemption only if the law allows.\nYou could send:\n[DATE]\nThank you for your response "
     "to my request. Please carry out an internal review of the handling of my request.\n",
     "guidance"},
    {"an ICO decision notice's web page: its name, date, sector and Decision(s) list", "",
     "Anytown Borough Council\nDate 4 May 2031\nSector Local government\nDecision(s) FOI 40(2): Not upheld, "
     "FOI 12: Upheld\nThe complainant asked the Council for the names of its contractors.",
     "decision_notice"},
    {"a disclosure-log entry with 'Requested' and 'Responded' date lines", "",
     "FOI request (FOIR-1234)\nBins\nRequested Mon 3 March 2031\nResponded Fri 28 March 2031\nHow many bins "
     "were emptied?\nResponse\nInformation not held. The Freedom of Information team.",
     "response"},
    {"a letter under the EIR that says the council does hold the information", "",
     "Anytown Council\n3 March 2031 Your reference: Our reference: EIR 2031-0004\nDear Sir\nENVIRONMENTAL "
     "INFORMATION REGULATIONS 2004 - DISCLOSURE\nThe council does hold information within the definition of "
     "your request.\nResponse The verges were cut for visibility.",
     "response"},
    {"a reply under the EIR that says only that it considered the request", "",
     "Dear Ann\nRequest EIR/77\nI confirm that the Council has now considered your request under the "
     "Environmental Information Regulations 2004.\nThe hedges are cut every five years.",
     "response"},
    {"a disclosure-log entry with 'Request detail:' and 'Response detail:'", "",
     "Grass fires\nReference:\n77\nRequest detail:\nUnder the Freedom of Information Act, how many grass "
     "fires "
     "did you attend?\nResponse detail:\nThank you for your request. Please see attached spreadsheet.",
     "response"},
    {"a review letter headed 'Outcome of Internal Review'", "",
     "Dear Mr Green\nFreedom of Information Act 2000 (FOIA) Outcome of Internal Review\nThank you for asking "
     "us "
     "to look again at request 2031/5. I uphold the original decision.\nYours sincerely",
     "internal_review"},
    {"a log page that sets the request, signed off, over the response", "",
     "Request\nDear Anyshire Fire and Rescue Service,\nI would like the number of wildfires each "
     "year.\nYours "
     "faithfully,\nA Person\nResponse\nDear A Person,\nThe Freedom of Information Act gives you the right to "
     "it. Please see attached.\n",
     "response"},
    {"a 'Responded' that is no date line is no letter", "Parish notes",
     "Responded to the consultation in full.\nThe parish met in March.", "other"},
    {"advice that says what authorities must do, with no letter", "Answering requests",
     "Authorities must answer within 20 working days. Requesters need not mention FOI law, and an exemption "
     "must apply before information is refused.\n",
     "guidance"},
    {"a log entry that is only the refusal, in the authority's voice", "",
     "Please supply the audit reports for 2020.\nPlease see below for the following exemption:\nSection "
     "43(2) "
     "Commercial Interests\nInformation is exempt information if its disclosure would prejudice the "
     "commercial interests of any person.",
     "response"},
    {"a refusal issued under section 17, with no letter around it", "",
     "The reports you asked for: 1) the staffing review.\nSection 12 - Cost\nThe cost of locating the "
     "reports exceeds the limit and this refusal notice is issued under section 17.",
     "response"},
    {"guidance that lists exemptions, in no authority's voice", "",
     "Exemptions explained\nThis page explains the exemptions most often used. Section 40 covers personal "
     "data; section 43 covers commercial interests.",
     "other"},
    {"a page on asking for a review, opening with what to do if dissatisfied", "Reviews",
     "Reviews\n\nIf you are dissatisfied with how we handled your request, you can ask for an internal "
     "review "
     "within 40 working days of our response. Write to the information team.",
     "guidance"},
    {"a procedure page under both laws", "",
     "This procedure applies to responses issued under the Freedom of Information Act 2000 and the "
     "Environmental Information Regulations 2004. It explains what happens when you ask us to review our "
     "response.",
     "guidance"},
    {"an ICO notice's summary: the complaint, then the Commissioner's decision", "",
     "Summary: The complainant requested the minutes of a planning meeting. Anytown Council withheld them "
     "under section 36. The Commissioner's decision is that the council was not entitled to rely on it.",
     "decision_notice"},
    {"a feed of several notices' summaries is no one notice", "",
     "1. IC-100\nThe complainant requested tender papers. The Commissioner's decision is that the council "
     "was right.\n2. IC-101\nThe complainant asked for staff counts. The Commissioner finds they are held.",
     "other"},
    {"a reply that summarises the complaint it made to the ICO is still a letter", "",
     "Dear Mr Hill\nOur ref: FOI 9\nThe complainant requested the file. The Commissioner's decision is "
     "awaited; meanwhile we attach the information held under the Freedom of Information Act.",
     "response"},
    {"a log page laid out 'You asked for:' and 'Our Response:'", "",
     "FOI 2022 31 - car fires\n\nYou asked for:\n\n1. How many car fires were attended?\n\nOur "
     "Response:\n\nAnswer: the figure is exempt under section 31 of the Freedom of Information Act.",
     "response"},
    {"a published release with its request date in a bullet", "",
     "FOI release\n\nTraining spend\n\n- Date requested: 3 May 2019\n- Publish date: 20 May 2019\n\n"
     "Please disclose the training spend. Under the Freedom of Information Act the figures are exempt "
     "under section 22.",
     "response"},
    {"a review whose letterhead runs its labels together, 'My Reference'", "",
     "Anytown Fire Service\nDate:2 June 2019\nMy Reference:ab/02.06.19\nDearMr Cole\nI have carried out "
     "a full review of your Freedom of Information request and of our reply.",
     "internal_review"},
    {"a page telling anyone what the Act gives people the right to", "Freedom of Information",
     "The Freedom of Information Act gives people the right to see information we hold.\n\nThe Act allows "
     "anyone to ask for it, in writing, and we answer within 20 working days.",
     "guidance"},
    {"a statement laid out with 'Purpose' and 'Scope' sections", "",
     "Information Governance\n1. Purpose\nThis statement sets out how the board meets the Freedom of "
     "Information (Scotland) Act 2002.\n2. Scope\nIt applies to all staff.",
     "guidance"},
    {"a letter that answers under 'Purpose' and 'Scope' headings is still a letter", "",
     "Dear Ms Fox\nOur ref: 44\nPurpose\nYou asked about the purpose of the scheme.\nScope\nThe scheme "
     "covers two wards. The information held is attached, under the Freedom of Information Act.",
     "response"},
    {"a page reporting on request handling, naming a code of practice",
     "One of the Code of Practice duties is to publish how we handle requests.",
     "One of the Code of Practice duties is to publish how we handle requests.\nOur FOI compliance "
     "statistics report gives the totals received and closed.",
     "other"},
    {"a requester's letter asking whether the authority 'conducted a review'", "Ward audits",
     "Dear Anytown Council,\nUnder the Freedom of Information Act 2000, I am writing to request information "
     "about ward audits.\n1. Has the council conducted a review of them? Please provide its findings.\n"
     "Yours faithfully,\nA Requester",
     "request"},
    {"a log entry that quotes a request opening 'I am writing to request information'", "",
     "FOI 812\n\nRequest\n\nI am writing to request information under the Freedom of Information Act "
     "2000. Please provide the audit.\n\nResponse\n\nThe audit is exempt under section 36.",
     "response"},
    {"a log entry that opens 'The Trust does hold the information you have requested'", "",
     "FOI 0301 Car parking\n\nThe Trust does hold the information you have requested, however some of it "
     "is exempt under section 43 of the Freedom of Information Act 2000.",
     "response"},
    {"a page for requesters that points to the disclosure log", "Information requests",
     "What is the Freedom of Information Act?\nBefore making a request, look at our published "
     "information.\nFreedom of Information Disclosure Log\nOur disclosure log lists past answers.\nHow to "
     "make a request\nUse the form.",
     "guidance"},
    // Shapes a review of the rules above found them misreading, kept as they were.
    {"an authority's review that quotes the requester's opening ask", "",
     "Dear Ms Lowe\nYou wrote: 'I am writing to request an internal review of your refusal.'\nI have carried "
     "out a review of the handling of your Freedom of Information request and uphold the refusal under "
     "section 43(2).\nYours sincerely",
     "internal_review"},
    {"a reply that quotes the request it answers", "",
     "Dear Mr Ames\nYou wrote to us on 2 May: 'I am writing to request information about bus lanes.'\nWe "
     "hold "
     "the information and it is attached, under the Freedom of Information Act 2000.\nYours sincerely",
     "response"},
    {"a news story that tells of a complaint mid-paragraph", "",
     "Council loses secrecy fight\nCampaigners said on Monday that the complainant requested the papers in "
     "2029. The Commissioner's decision is that the council must now publish them.",
     "other"},
    {"a disclosure log's index, whose 'Date requested' is a column heading", "",
     "Published answers\nReference | Subject | Date requested | Outcome\n101 | Parking | 2 May 2030 | "
     "Refused\n",
     "other"},
    {"a code of practice that mentions 'our performance in' meeting deadlines",
     "Code of practice on requests",
     "Code of practice on requests\nThis code sets out how we answer requests. We publish our performance in "
     "meeting the 20 working day limit each quarter.",
     "guidance"},
    {"an audit report with 'Purpose' and 'Scope' sections is no policy", "",
     "Internal audit of records management\n1. Purpose\nThe audit looked at how requests are logged.\n2. "
     "Scope\nAll directorates in 2030.",
     "other"},
    {"a short reply that offers a review near its top is still a reply", "",
     "Dear Mr Green\nOur ref: FOI 12\nIf you are dissatisfied with this response you may ask for a review. "
     "We "
     "can confirm that the information is held and is attached under the Freedom of Information Act.",
     "response"},
};

}  // namespace

TEST_CASE("doc_types: each kind is read from its heading, its letter or its title, with the words that decided it") {
  foi_test::check_doc_type_cases(kCases);
}

TEST_CASE("doc_types: the vocabulary is closed") {
  CHECK(foi::is_doc_type("tribunal_decision"));
  CHECK_FALSE(foi::is_doc_type("Tribunal_decision"));
  CHECK_FALSE(foi::is_doc_type("decision"));
  CHECK(foi::classify_doc_type("", "").type == "other");
}
