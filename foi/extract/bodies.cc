// The table of public bodies: government departments, regulators, NHS bodies, police bodies, appeal routes.
#include "foi/extract/bodies.h"

namespace foi {
namespace {

// HMIC, IPCC and ACPO are kept apart from their successors: a 2012 response was written by the body of 2012.
// Departments are likewise kept under the name of their time (DCLG, BIS, FCO, Department of Health).
// Names with a comma are also listed without it: a comma ends a name when matching (forces.h).
constexpr Body kBodies[] = {
    {"National Police Chiefs' Council", "National Police Chief's Council|=NPCC", false, false},
    {"Association of Chief Police Officers", "=ACPO", false, false},
    {"College of Policing", "", false, false},
    {"Home Office", "", false, false},
    {"Independent Office for Police Conduct", "=IOPC", false, false},
    {"Independent Police Complaints Commission", "=IPCC", false, false},
    {"HM Inspectorate of Constabulary and Fire & Rescue Services",
     "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services|"
     "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services|=HMICFRS",
     false, false},
    {"HM Inspectorate of Constabulary",
     "Her Majesty's Inspectorate of Constabulary|His Majesty's Inspectorate of Constabulary|=HMIC", false,
     false},
    {"HM Inspectorate of Constabulary in Scotland",
     "Her Majesty's Inspectorate of Constabulary in Scotland|"
     "His Majesty's Inspectorate of Constabulary in Scotland|=HMICS",
     true, false},
    {"HM Crown Prosecution Service Inspectorate",
     "Her Majesty's Crown Prosecution Service Inspectorate|"
     "His Majesty's Crown Prosecution Service Inspectorate",
     false, false},
    {"Crown Prosecution Service", "=CPS", false, false},
    {"National Crime Agency", "=NCA", false, false},
    {"Scottish Police Authority", "=SPA", true, false},
    {"Police Investigations and Review Commissioner", "=PIRC", true, false},
    {"Ministry of Justice", "=MoJ|=MOJ", false, false},
    {"Ministry of Defence", "=MoD|=MOD", false, false},
    {"Cabinet Office", "", false, false},
    {"Attorney General's Office", "Attorney Generals Office|Attorney General", false, false},
    {"HM Treasury",
     "Her Majesty's Treasury|His Majesty's Treasury|"
     "Commissioners of Her Majesty's Treasury|Commissioners of His Majesty's Treasury",
     false, false},
    {"HM Revenue and Customs",
     "Her Majesty's Revenue and Customs|Commissioners for Her Majesty's Revenue and Customs|"
     "His Majesty's Revenue and Customs|Commissioners for His Majesty's Revenue and Customs|"
     "Commissioners for Revenue and Customs|=HMRC",
     false, false},
    {"Foreign and Commonwealth Office", "Foreign & Commonwealth Office|=FCO", false, false},
    {"Foreign, Commonwealth and Development Office", "Foreign Commonwealth and Development Office|=FCDO",
     false, false},
    {"Department for Work and Pensions", "Department of Work and Pensions|=DWP", false, false},
    {"Department for Education", "=DfE", false, false},
    {"Department for Transport", "Department of Transport|=DfT", false, false},
    {"Department of Health", "=DoH|=DH", false, false},
    {"Department of Health and Social Care", "=DHSC", false, false},
    {"Department for Communities and Local Government", "=DCLG", false, false},
    {"Department for Business, Innovation and Skills", "Department for Business Innovation and Skills|=BIS",
     false, false},
    {"Department for Environment, Food and Rural Affairs",
     "Department for Environment Food and Rural Affairs|"
     "=DEFRA|=Defra",
     false, false},
    {"Department for Culture, Media and Sport", "Department for Culture Media and Sport|=DCMS", false, false},
    {"Department for International Development", "=DfID|=DFID", false, false},
    {"Department for Exiting the European Union", "=DExEU", false, false},
    {"Department of Energy and Climate Change", "=DECC", false, false},
    {"Scotland Office", "", false, false},
    {"Northern Ireland Office", "", false, false},
    {"Welsh Government", "Welsh Assembly Government|Llywodraeth Cymru", false, false},
    {"Scottish Government", "Scottish Executive|Scottish Ministers", true, false},
    {"Transport Scotland", "", true, false},  // the Government's agency, answering in its own name
    {"Crown Office and Procurator Fiscal Service", "=COPFS", true, false},
    {"Registers of Scotland", "Keeper of the Registers of Scotland|=RoS", true, false},
    {"Scottish Parliamentary Corporate Body", "=SPCB", true, false},
    {"Northern Ireland Assembly Commission", "", false, false},
    {"Senedd Commission", "National Assembly for Wales Commission", false, false},
    {"Greater London Authority", "=GLA", false, false},
    {"The National Archives", "National Archives|=TNA", false, false},
    {"Environment Agency", "", false, false},
    {"Natural England", "", false, false},
    {"Charity Commission", "Charity Commission for England and Wales", false, false},
    {"General Medical Council", "=GMC", false, false},
    {"Nursing and Midwifery Council", "=NMC", false, false},
    {"Financial Ombudsman Service", "Financial Ombudsman Service Limited|=FOS", false, false},
    {"Parliamentary and Health Service Ombudsman",
     "Parliamentary and Health Services Ombudsman|Parliamentary Commissioner for Administration|=PHSO", false,
     false},
    {"Advisory Committee on Business Appointments", "=ACOBA", false, false},
    {"Judicial Appointments Commission", "", false, false},
    {"Architects Registration Board", "", false, false},
    {"Office of Rail and Road", "Office of Rail Regulation", false, false},
    {"British Broadcasting Corporation", "=BBC", false, false},
    {"Driver and Vehicle Licensing Agency", "=DVLA", false, false},
    {"NHS England", "NHS Commissioning Board", false, false},
    {"NHS Improvement", "", false, false},
    {"Transport for London", "=TfL", false, false},
    {"London Fire Brigade", "London Fire Commissioner|=LFB", false, false},
    // National bodies that answer many requests (named as they name themselves; a renamed body keeps the name
    // of its time, as departments do).
    {"Network Rail", "Network Rail Limited|Network Rail Infrastructure Limited", false, false},
    {"Natural Resources Wales", "Cyfoeth Naturiol Cymru", false, false},
    {"Highways England", "", false, false},
    {"National Highways", "", false, false},
    {"High Speed Two (HS2) Limited", "HS2 Ltd|High Speed Two Limited", false, false},
    {"Care Quality Commission", "=CQC", false, false},
    {"Health and Safety Executive", "", false, false},
    {"Food Standards Agency", "", false, false},
    {"Ofsted",
     "Office for Standards in Education, Children's Services and Skills|"
     "Office for Standards in Education Children's Services and Skills",
     false, false},
    {"Ofcom", "Office of Communications", false, false},
    {"Ofgem", "Office of Gas and Electricity Markets", false, false},
    {"Ofwat", "Water Services Regulation Authority", false, false},
    {"Ofqual", "Office of Qualifications and Examinations Regulation", false, false},
    {"HM Land Registry", "Her Majesty's Land Registry|His Majesty's Land Registry|Land Registry", false,
     false},
    {"Companies House", "", false, false},
    {"Met Office", "", false, false},
    {"Office for National Statistics", "=ONS", false, false},
    {"Electoral Commission", "", false, false},
    {"Driver and Vehicle Standards Agency", "=DVSA", false, false},
    {"HM Courts and Tribunals Service",
     "Her Majesty's Courts and Tribunals Service|His Majesty's Courts and Tribunals Service|"
     "HM Courts & Tribunals Service|"
     "=HMCTS",
     false, false},
    {"HM Prison and Probation Service",
     "Her Majesty's Prison and Probation Service|His Majesty's Prison and Probation Service|"
     "=HMPPS",
     false, false},
    {"Public Health England", "=PHE", false, false},
    {"UK Health Security Agency", "=UKHSA", false, false},
    {"Student Loans Company", "", false, false},
    {"Historic England", "", false, false},
    // Scotland's territorial and national health boards, known by "NHS" and their area.
    {"NHS Ayrshire and Arran", "Ayrshire and Arran Health Board", true, false},
    {"NHS Borders", "Borders Health Board", true, false},
    {"NHS Dumfries and Galloway", "Dumfries and Galloway Health Board", true, false},
    {"NHS Fife", "Fife Health Board", true, false},
    {"NHS Forth Valley", "Forth Valley Health Board", true, false},
    {"NHS Grampian", "Grampian Health Board", true, false},
    {"NHS Greater Glasgow and Clyde", "Greater Glasgow and Clyde Health Board", true, false},
    {"NHS Highland", "Highland Health Board", true, false},
    {"NHS Lanarkshire", "Lanarkshire Health Board", true, false},
    {"NHS Lothian", "Lothian Health Board", true, false},
    {"NHS Orkney", "Orkney Health Board", true, false},
    {"NHS Shetland", "Shetland Health Board", true, false},
    {"NHS Tayside", "Tayside Health Board", true, false},
    {"NHS Western Isles", "Western Isles Health Board", true, false},
    {"NHS 24", "", true, false},
    {"NHS National Services Scotland", "=NSS", true, false},
    {"NHS Education for Scotland", "", true, false},
    {"Scottish Ambulance Service", "", true, false},
    {"Scottish Fire and Rescue Service", "=SFRS", true, false},
    // Care Inspectorate Wales is no Scottish body; Scotland's national bodies are left out of the table (a
    // council's letter that names the Care Inspectorate twice would be theirs): a Scottish decision's title
    // names them, and is read as written.
    {"Care Inspectorate Wales", "Arolygiaeth Gofal Cymru", false, false},
    // Wales's health boards and NHS trusts; a board renamed keeps the name of its time.
    {"Aneurin Bevan University Health Board", "Aneurin Bevan UHB", false, false},
    {"Betsi Cadwaladr University Health Board",
     "Betsi Cadwaladr UHB|Betsi Cadwaladr University Local Health Board", false, false},
    {"Cardiff and Vale University Health Board",
     "Cardiff & Vale University Health Board|Cardiff and Vale UHB", false, false},
    {"Cwm Taf Morgannwg University Health Board", "Cwm Taf Morgannwg UHB", false, false},
    {"Cwm Taf University Health Board", "", false, false},
    {"Hywel Dda University Health Board", "Hywel Dda UHB", false, false},
    {"Powys Teaching Health Board", "Powys THB", false, false},
    {"Swansea Bay University Health Board", "Swansea Bay UHB", false, false},
    {"Abertawe Bro Morgannwg University Health Board", "", false, false},
    {"Velindre University NHS Trust", "Velindre NHS Trust", false, false},
    {"Welsh Ambulance Services NHS Trust", "Welsh Ambulance Services University NHS Trust", false, false},
    {"Public Health Wales NHS Trust", "Public Health Wales", false, false},
    // Northern Ireland's health and social care trusts.
    {"Belfast Health and Social Care Trust",
     "Belfast Health & Social Care Trust|Belfast HSC Trust|Belfast Trust", false, false},
    {"Northern Health and Social Care Trust", "Northern Health & Social Care Trust|Northern HSC Trust", false,
     false},
    {"South Eastern Health and Social Care Trust",
     "South Eastern Health & Social Care Trust|South Eastern HSC Trust", false, false},
    {"Southern Health and Social Care Trust", "Southern Health & Social Care Trust|Southern HSC Trust", false,
     false},
    {"Western Health and Social Care Trust", "Western Health & Social Care Trust|Western HSC Trust", false,
     false},
    {"Northern Ireland Ambulance Service Health and Social Care Trust",
     "Northern Ireland Ambulance Service|Northern Ireland Ambulance Service HSC Trust|=NIAS", false, false},
    {"Mayor's Office for Policing and Crime", "=MOPAC", false, false},
    {"Comhairle nan Eilean Siar", "", true, false},  // the Western Isles council: no "Council" in its name
    {"Cardiff Council", "City of Cardiff Council|Cardiff City Council", false, false},
    // London's borough councils, under their own names, with the ways letters and WhatDoTheyKnow write them.
    {"London Borough of Barking and Dagenham",
     "Barking and Dagenham Council|Barking and Dagenham London Borough Council|Barking and Dagenham Borough "
     "Council|Council of the London Borough of Barking and Dagenham|Barking & Dagenham Council|Barking & "
     "Dagenham London Borough Council|Barking & Dagenham Borough Council|Council of the London Borough of "
     "Barking & Dagenham|London Borough of Barking & Dagenham",
     false, false},
    {"London Borough of Barnet",
     "Barnet Council|Barnet London Borough Council|Barnet Borough Council|Council of the London Borough of "
     "Barnet",
     false, false},
    {"London Borough of Bexley",
     "Bexley Council|Bexley London Borough Council|Bexley Borough Council|Council of the London Borough of "
     "Bexley",
     false, false},
    {"London Borough of Brent",
     "Brent Council|Brent London Borough Council|Brent Borough Council|Council of the London Borough of "
     "Brent",
     false, false},
    {"London Borough of Bromley",
     "Bromley Council|Bromley London Borough Council|Bromley Borough Council|Council of the London Borough "
     "of Bromley",
     false, false},
    {"London Borough of Camden",
     "Camden Council|Camden London Borough Council|Camden Borough Council|Council of the London Borough of "
     "Camden",
     false, false},
    {"London Borough of Croydon",
     "Croydon Council|Croydon London Borough Council|Croydon Borough Council|Council of the London Borough "
     "of Croydon",
     false, false},
    {"London Borough of Ealing",
     "Ealing Council|Ealing London Borough Council|Ealing Borough Council|Council of the London Borough of "
     "Ealing",
     false, false},
    {"London Borough of Enfield",
     "Enfield Council|Enfield London Borough Council|Enfield Borough Council|Council of the London Borough "
     "of Enfield",
     false, false},
    {"London Borough of Hackney",
     "Hackney Council|Hackney London Borough Council|Hackney Borough Council|Council of the London Borough "
     "of Hackney",
     false, false},
    {"London Borough of Hammersmith and Fulham",
     "Hammersmith and Fulham Council|Hammersmith and Fulham London Borough Council|Hammersmith and Fulham "
     "Borough Council|Council of the London Borough of Hammersmith and Fulham|Hammersmith & Fulham "
     "Council|Hammersmith & Fulham London Borough Council|Hammersmith & Fulham Borough Council|Council of "
     "the London Borough of Hammersmith & Fulham|London Borough of Hammersmith & Fulham",
     false, false},
    {"London Borough of Haringey",
     "Haringey Council|Haringey London Borough Council|Haringey Borough Council|Council of the London "
     "Borough of Haringey",
     false, false},
    {"London Borough of Harrow",
     "Harrow Council|Harrow London Borough Council|Harrow Borough Council|Council of the London Borough of "
     "Harrow",
     false, false},
    {"London Borough of Havering",
     "Havering Council|Havering London Borough Council|Havering Borough Council|Council of the London "
     "Borough of Havering",
     false, false},
    {"London Borough of Hillingdon",
     "Hillingdon Council|Hillingdon London Borough Council|Hillingdon Borough Council|Council of the London "
     "Borough of Hillingdon",
     false, false},
    {"London Borough of Hounslow",
     "Hounslow Council|Hounslow London Borough Council|Hounslow Borough Council|Council of the London "
     "Borough of Hounslow",
     false, false},
    {"London Borough of Islington",
     "Islington Council|Islington London Borough Council|Islington Borough Council|Council of the London "
     "Borough of Islington",
     false, false},
    {"London Borough of Lambeth",
     "Lambeth Council|Lambeth London Borough Council|Lambeth Borough Council|Council of the London Borough "
     "of Lambeth",
     false, false},
    {"London Borough of Lewisham",
     "Lewisham Council|Lewisham London Borough Council|Lewisham Borough Council|Council of the London "
     "Borough of Lewisham",
     false, false},
    {"London Borough of Merton",
     "Merton Council|Merton London Borough Council|Merton Borough Council|Council of the London Borough of "
     "Merton",
     false, false},
    {"London Borough of Newham",
     "Newham Council|Newham London Borough Council|Newham Borough Council|Council of the London Borough of "
     "Newham",
     false, false},
    {"London Borough of Redbridge",
     "Redbridge Council|Redbridge London Borough Council|Redbridge Borough Council|Council of the London "
     "Borough of Redbridge",
     false, false},
    {"London Borough of Richmond upon Thames",
     "Richmond upon Thames Council|Richmond upon Thames London Borough Council|Richmond upon Thames Borough "
     "Council|Council of the London Borough of Richmond upon Thames|Richmond Council",
     false, false},
    {"London Borough of Southwark",
     "Southwark Council|Southwark London Borough Council|Southwark Borough Council|Council of the London "
     "Borough of Southwark",
     false, false},
    {"London Borough of Sutton",
     "Sutton Council|Sutton London Borough Council|Sutton Borough Council|Council of the London Borough of "
     "Sutton",
     false, false},
    {"London Borough of Tower Hamlets",
     "Tower Hamlets Council|Tower Hamlets London Borough Council|Tower Hamlets Borough Council|Council of "
     "the London Borough of Tower Hamlets",
     false, false},
    {"London Borough of Waltham Forest",
     "Waltham Forest Council|Waltham Forest London Borough Council|Waltham Forest Borough Council|Council of "
     "the London Borough of Waltham Forest",
     false, false},
    {"London Borough of Wandsworth",
     "Wandsworth Council|Wandsworth London Borough Council|Wandsworth Borough Council|Council of the London "
     "Borough of Wandsworth",
     false, false},
    {"Royal Borough of Greenwich",
     "Greenwich Council|Greenwich London Borough Council|Greenwich Borough Council|Royal Borough of "
     "Greenwich Council",
     false, false},
    {"Royal Borough of Kensington and Chelsea",
     "Kensington and Chelsea Council|Kensington and Chelsea London Borough Council|Kensington and Chelsea "
     "Borough Council|Royal Borough of Kensington and Chelsea Council|Kensington & Chelsea "
     "Council|Kensington & Chelsea London Borough Council|Kensington & Chelsea Borough Council|Royal Borough "
     "of Kensington & Chelsea Council|Royal Borough of Kensington & Chelsea",
     false, false},
    {"Royal Borough of Kingston upon Thames",
     "Kingston upon Thames Council|Kingston upon Thames London Borough Council|Kingston upon Thames Borough "
     "Council|Royal Borough of Kingston upon Thames Council",
     false, false},
    {"Westminster City Council", "City of Westminster|Westminster Council|City of Westminster Council", false,
     false},
    {"City of London Corporation", "Corporation of London|City of London Council", false, false},
    {"Information Commissioner's Office", "Information Commissioners Office|Information Commissioner|=ICO",
     false, true},
    {"Scottish Information Commissioner", "Office of the Scottish Information Commissioner|=OSIC", true,
     true},
    {"First-tier Tribunal", "Information Tribunal|Information Rights Tribunal", false, true},
};

}  // namespace

std::span<const Body> known_bodies() { return kBodies; }

}  // namespace foi
