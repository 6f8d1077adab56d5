"""The data gen_corpus draws from: citations as FOI letters write them, with the canonical values foisearch's
extractor should read from them (README.md's "What extraction produces"), and the letters' stock phrases."""

# (regime, as written, canonical values). "uk" letters are under FOIA (and the EIR); "scottish" ones under FOISA.
# The canonical values are what the manifest records, so both engines get the same facet values.
EXEMPTIONS = [
    ("uk", "section 12 (cost limit)", ["s12"]),
    ("uk", "Section 12(1) (Cost of Compliance)", ["s12(1)"]),
    ("uk", "Section 14(1) (vexatious requests)", ["s14(1)"]),
    ("uk", "Section 21 (Information Accessible by Other Means)", ["s21"]),
    ("uk", "Section 22 (Information Intended for Future Publication)", ["s22"]),
    ("uk", "Section 23(5) (Information supplied by, or concerning, certain Security Bodies)", ["s23(5)"]),
    ("uk", "Section 24(1) (National Security)", ["s24(1)"]),
    ("uk", "Section 24(2)", ["s24(2)"]),
    ("uk", "Section 27(1)(a) (International Relations)", ["s27(1)(a)"]),
    ("uk", "Section 30(1)(a) (Investigations and Proceedings)", ["s30(1)(a)"]),
    ("uk", "Section 30(1)(b)", ["s30(1)(b)"]),
    ("uk", "Section 30(2)(a)(ii)", ["s30(2)(a)(ii)"]),
    ("uk", "Section 31(1)(a)(b) (Law Enforcement)", ["s31(1)(a)", "s31(1)(b)"]),
    ("uk", "Section 31(1)(a)", ["s31(1)(a)"]),
    ("uk", "S.31(1)(c)", ["s31(1)(c)"]),
    ("uk", "Section 32(1) (Court Records)", ["s32(1)"]),
    ("uk", "Section 35(1)(a) (Formulation of Government Policy)", ["s35(1)(a)"]),
    ("uk", "Section 36(2)(b)(i)", ["s36(2)(b)(i)"]),
    ("uk", "Section 36(2)(c) (Prejudice to the Effective Conduct of Public Affairs)", ["s36(2)(c)"]),
    ("uk", "Section 38(1)(a)(b) (Health and Safety)", ["s38(1)(a)", "s38(1)(b)"]),
    ("uk", "Section 40(2) (Personal Information)", ["s40(2)"]),
    ("uk", "Section 40(5B)(a)(i)", ["s40(5B)(a)(i)"]),
    ("uk", "Section 41(1) (Information provided in Confidence)", ["s41(1)"]),
    ("uk", "Section 42(1) (Legal Professional Privilege)", ["s42(1)"]),
    ("uk", "Section 43(2) (Commercial Interests)", ["s43(2)"]),
    ("uk", "Section 44(1)(a) (Prohibitions on Disclosure)", ["s44(1)(a)"]),
    ("uk", "Sections 30(3), 31(3) and 40(5)", ["s30(3)", "s31(3)", "s40(5)"]),
    ("uk", "Sections 23(5) and 24(2)", ["s23(5)", "s24(2)"]),
    ("uk", "regulation 12(4)(b) of the EIR", ["EIR r12(4)(b)"]),
    ("uk", "regulation 12(5)(a) of the Environmental Information Regulations 2004", ["EIR r12(5)(a)"]),
    ("uk", "regulation 13(1) of the EIR", ["EIR r13(1)"]),
    ("scottish", "section 35(1)(a) of the Freedom of Information (Scotland) Act 2002", ["FOISA s35(1)(a)"]),
    ("scottish", "section 38(1)(b)", ["FOISA s38(1)(b)"]),
    ("scottish", "section 34(1)(b)", ["FOISA s34(1)(b)"]),
    ("scottish", "section 18(1) (neither confirm nor deny)", ["FOISA s18(1)"]),
    ("scottish", "section 25(1) (information otherwise accessible)", ["FOISA s25(1)"]),
    ("scottish", "section 39(1) (health, safety and the environment)", ["FOISA s39(1)"]),
    ("scottish", "section 12(1) (excessive cost of compliance)", ["FOISA s12(1)"]),
]

# Grounds after which a letter says it can "neither confirm nor deny".
NCND_GROUNDS = {"s23(5)", "s24(2)", "s30(3)", "s31(3)", "s40(5)", "s40(5B)(a)(i)", "FOISA s18(1)"}

# (as written, canonical) offence citations.
OFFENCES = [
    ("section 15A of the Sexual Offences Act 2003", "SOA 2003 s15A"),
    ("section 10 of the Sexual Offences Act 2003", "SOA 2003 s10"),
    ("section 14 of the Sexual Offences Act 2003", "SOA 2003 s14"),
    ("s.127 Communications Act 2003", "CA 2003 s127"),
    ("section 1 of the Malicious Communications Act 1988", "MCA 1988 s1"),
    ("section 1 of the Protection of Children Act 1978", "PCA 1978 s1"),
    ("section 160 of the Criminal Justice Act 1988", "CJA 1988 s160"),
    ("section 67 of the Serious Crime Act 2015", "SCA 2015 s67"),
    ("section 2 of the Protection from Harassment Act 1997", "PHA 1997 s2"),
    ("section 4A of the Public Order Act 1986", "POA 1986 s4A"),
    ("section 47 of the Offences against the Person Act 1861", "OAPA 1861 s47"),
    ("section 1 of the Theft Act 1968", "TA 1968 s1"),
    ("section 5 of the Misuse of Drugs Act 1971", "MDA 1971 s5"),
    ("section 1 of the Computer Misuse Act 1990", "CMA 1990 s1"),
    ("section 1 of the Modern Slavery Act 2015", "MSA 2015 s1"),
]

# Titles used besides the WhatDoTheyKnow request titles.
SUBJECTS = [
    "Use of body worn video cameras", "Online child sexual exploitation referrals", "Stop and search figures",
    "Police vehicle pursuits and collisions", "Drone deployments", "Taser discharges by officers",
    "Automatic number plate recognition cameras", "Missing persons reports", "Hate crime recording",
    "Cyber crime investigations", "Domestic abuse arrests", "Knife crime in schools", "Police station closures",
    "Overtime payments to officers", "Facial recognition trials", "Modern slavery referrals",
    "Use of covert human intelligence sources", "Vetting of police staff", "Complaints against officers",
    "Road traffic collisions involving cyclists", "Fraud reports from elderly victims", "Mobile phone extraction",
    "Custody deaths and near misses", "Use of spit guards", "Firearms licensing backlog",
    "Anti-social behaviour orders", "Procurement of IT systems", "Counter terrorism funding",
    "Wildlife crime investigations", "Rural crime teams", "Sexual offences against children",
    "Grooming offences and online decoys", "Police dogs and horses", "Speed camera income",
    "Emergency call answering times", "Recruitment of special constables", "Sickness absence of officers",
    "Bail and released under investigation", "Retention of DNA samples", "Protest policing costs",
]

INTROS = [
    "Thank you for your request for information under the {act}, which we received recently.",
    "I write in response to your request for information, which has been handled under the {act}.",
    "Your request has now been considered under the {act} and the response is set out below.",
    "Our response to your request made under the {act} is set out below.",
    "Freedom of Information request: thank you for your enquiry, which has been dealt with under the {act}.",
]

# What the letter says it did, as the outcome facet's canonical value and a sentence that says so. The first
# two are for letters without refusal grounds, the last for letters that also disclose part.
DISCLOSED = ("disclosed", "Please find attached the information you requested.")
NOT_HELD = ("not held", "The force does not hold the information you requested.")
PART = ("partly disclosed", "Please find attached the information that can be disclosed.")

CLOSINGS = [
    "If you are dissatisfied with this response you may ask for an internal review within 40 working days.",
    "You have the right to complain to the Information Commissioner if you remain dissatisfied after an "
    "internal review.",
    "Should you have any further enquiries concerning this matter, please write quoting the reference above.",
    "Thank you for your interest in the work of the force.",
]

SIGNERS = [
    "Freedom of Information Officer", "Information Compliance Unit", "Disclosure Officer",
    "Information Access Team", "Data Protection and FOI Team", "Information Rights Manager",
]
