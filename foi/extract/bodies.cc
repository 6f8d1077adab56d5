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
    {"HM Inspectorate of Constabulary", "Her Majesty's Inspectorate of Constabulary|=HMIC", false, false},
    {"HM Inspectorate of Constabulary in Scotland",
     "Her Majesty's Inspectorate of Constabulary in Scotland|=HMICS", true, false},
    {"HM Crown Prosecution Service Inspectorate", "Her Majesty's Crown Prosecution Service Inspectorate",
     false, false},
    {"Crown Prosecution Service", "=CPS", false, false},
    {"National Crime Agency", "=NCA", false, false},
    {"Scottish Police Authority", "=SPA", true, false},
    {"Police Investigations and Review Commissioner", "=PIRC", true, false},
    {"Ministry of Justice", "=MoJ|=MOJ", false, false},
    {"Ministry of Defence", "=MoD|=MOD", false, false},
    {"Cabinet Office", "", false, false},
    {"Attorney General's Office", "Attorney Generals Office|Attorney General", false, false},
    {"HM Treasury", "Her Majesty's Treasury|Commissioners of Her Majesty's Treasury", false, false},
    {"HM Revenue and Customs",
     "Her Majesty's Revenue and Customs|Commissioners for Her Majesty's Revenue and Customs|"
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
    {"Mayor's Office for Policing and Crime", "=MOPAC", false, false},
    {"Comhairle nan Eilean Siar", "", true, false},  // the Western Isles council: no "Council" in its name
    {"Cardiff Council", "City of Cardiff Council|Cardiff City Council", false, false},
    {"Information Commissioner's Office", "Information Commissioners Office|Information Commissioner|=ICO",
     false, true},
    {"Scottish Information Commissioner", "Office of the Scottish Information Commissioner|=OSIC", true,
     true},
    {"First-tier Tribunal", "Information Tribunal|Information Rights Tribunal", false, true},
};

}  // namespace

std::span<const Body> known_bodies() { return kBodies; }

}  // namespace foi
