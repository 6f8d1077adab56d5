// Tests for foi/authorities: which body wrote a response, names of bodies, and which bodies are Scottish.
#include "foi/extract/authorities.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace {

using Maybe = std::optional<std::string>;

std::string repeat(std::string_view sentence, int times) {
  std::string text;
  for (int i = 0; i < times; ++i) text += std::string(sentence) + " The guidance applies to all forces.\n";
  return text;
}

// Text that names no body, to push later mentions past the letter head.
std::string filler(size_t bytes) {
  std::string text;
  while (text.size() < bytes) text += "The requested information is exempt under section 31 of the Act.\n";
  return text;
}

std::string corpus_document(std::string_view prefix) {
  for (const auto& entry : std::filesystem::directory_iterator(FOI_SOURCE_DIR "/corpus")) {
    if (entry.path().filename().string().rfind(prefix, 0) != 0) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }
  return "";
}

}  // namespace

TEST_CASE("authorities: the addressee of a request wins over bodies named more often") {
  const std::pair<std::string, Maybe> cases[] = {
      {"Dear Essex Police,\nPlease send.\n" + repeat("Kent Police", 5), "Essex Police"},
      {"Dear Sheffield City Council,\n\nPlease send.\n" + repeat("South Yorkshire Police", 5),
       "Sheffield City Council"},
      {"Dear Avon and\nSomerset Constabulary,\n" + repeat("Police Scotland", 3),
       "Avon and Somerset Constabulary"},
      {"Dear Essex Police FOI Team,\n" + repeat("Home Office", 4), "Essex Police"},
      {"Dear Information Commissioner's Office,\nI complain about Essex Police.\n" +
           repeat("Essex Police", 3),
       "Information Commissioner's Office"},
      {"Dear Essex Police, Fire and Crime Commissioner,\n" + repeat("Essex Police", 3),
       "Police and Crime Commissioner for Essex"},
      {"Dear Office of the Police and Crime Commissioner for Avon and Somerset,\n" + repeat("Home Office", 3),
       "Police and Crime Commissioner for Avon and Somerset"},
      {"Dear Sir or Madam,\nKent Police holds the data.", "Kent Police"},
      {"Dear D Moore,\nKent Police holds the data.", "Kent Police"},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    CHECK(foi::extract_authority(text) == expected);
  }
}

TEST_CASE("authorities: bodies named where a reply restates the request count only when no other is named") {
  const std::pair<std::string, Maybe> cases[] = {
      {"Request for information\nYou have asked for the report cited by Kent Police in May, and the "
       "minutes Kent Police kept.\nOur response\nThe Home Office holds the report.\n",
       "Home Office"},
      {"Information requested\nKent Police's figures, as Kent Police published them.\nResponse\nThe "
       "Cabinet Office does not hold them.\n",
       "Cabinet Office"},
      // Only the request names a body: it is still the best reading.
      {"You asked for Kent Police's figures.\nOur response\nWe do not hold them.\n", "Kent Police"},
      // No heading marks where the answer starts: the letter is read whole.
      {"You asked for the report cited by Kent Police and Kent Police's minutes. The Home Office holds "
       "it.\n",
       "Kent Police"},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    CHECK(foi::extract_authority(text) == expected);
  }
}

TEST_CASE("authorities: a sender line names the body when no letter is addressed to one") {
  const std::pair<std::string, Maybe> cases[] = {
      {"#Freedom of Information Requests, Avon and Somerset Constabulary\n\nDear D Moore,\n" +
           repeat("National Police Chiefs' Council", 5),
       "Avon and Somerset Constabulary"},
      {"Info Rights Freedom Essex, Essex Police\n\nThank you.\n" + repeat("Home Office", 4), "Essex Police"},
      // A list of places is not a sender line: no team, so the most-named body wins.
      {"Kent, Essex, Sussex Police\n" + repeat("Kent Police", 2), "Kent Police"},
      // The ICO's casework line in a forwarded complaint does not make the ICO the author.
      {"Casework, Information Commissioner's Office\n" + repeat("Kent Police", 1), "Kent Police"},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    CHECK(foi::extract_authority(text) == expected);
  }
}

TEST_CASE("authorities: a force attaching NPCC guidance is still the author") {
  std::string text =
      "Our ref: 6152/17\n\nWest Yorkshire Police follow the national guidance, attached. "
      "West Yorkshire Police is unable to provide all of it.\n" +
      filler(5000) + repeat("NPCC", 12) + repeat("National Police Chiefs' Council", 3);
  CHECK(foi::extract_authority(text) == "West Yorkshire Police");
  // Without the letter head, the guidance's author is the body named most.
  CHECK(foi::extract_authority(filler(5000) + repeat("NPCC", 3) + repeat("Kent Police", 2)) ==
        "National Police Chiefs' Council");
}

TEST_CASE("authorities: the ICO, named only as the route of appeal, never wins") {
  const std::pair<std::string, Maybe> cases[] = {
      {"Kent Police holds no data.\n" + repeat("You may complain to the Information Commissioner.", 3) +
           repeat("ICO", 3) + repeat("Information Commissioner’s Office", 2) + "First-tier Tribunal",
       "Kent Police"},
      {repeat("You may complain to the Information Commissioner's Office.", 3), std::nullopt},
      {"The First-tier Tribunal and the Scottish Information Commissioner.", std::nullopt},
      {"No body is named here at all.", std::nullopt},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    CHECK(foi::extract_authority(text) == expected);
  }
}

TEST_CASE("authorities: recognises councils by pattern, by the name as written") {
  const std::pair<const char*, Maybe> cases[] = {
      {"Sheffield City Council", "Sheffield City Council"},
      {"sheffield city council", "Sheffield City Council"},
      {"Essex County Council", "Essex County Council"},
      {"Kent  County   Council", "Kent County Council"},
      {"Rotherham Metropolitan Borough Council", "Rotherham Metropolitan Borough Council"},
      {"Dacorum Borough Council", "Dacorum Borough Council"},
      {"Uttlesford District Council", "Uttlesford District Council"},
      {"London Borough of Barking & Dagenham", "London Borough of Barking and Dagenham"},
      {"Royal Borough of Kensington and Chelsea", "Royal Borough of Kensington and Chelsea"},
      {"Stoke-on-Trent City Council", "Stoke-on-Trent City Council"},
      {"Kingston upon Hull City Council", "Kingston upon Hull City Council"},
      {"Fife Council", "Fife Council"},
      {"The Highland Council", "Highland Council"},
      {"City Council", std::nullopt},
      {"Consequently the City Council", std::nullopt},
      {"the council", std::nullopt},
      {"Sentencing Council", std::nullopt},
      {"Security Council", std::nullopt},
      {"National Police Chiefs’ Council", "National Police Chiefs' Council"},
      // London's boroughs from the table: one name however a letter or WhatDoTheyKnow writes it.
      {"Barnet Council", "London Borough of Barnet"},
      {"Hammersmith and Fulham Borough Council", "London Borough of Hammersmith and Fulham"},
      {"Hammersmith & Fulham Council", "London Borough of Hammersmith and Fulham"},
      {"Council of the London Borough of Camden", "London Borough of Camden"},
      {"Greenwich London Borough Council", "Royal Borough of Greenwich"},
      {"City of Westminster", "Westminster City Council"},
      {"Barnsley Council", "Barnsley Council"},  // not a London borough: as written
  };
  for (const auto& [name, expected] : cases) {
    CAPTURE(name);
    CHECK(foi::canonical_authority(name) == expected);
  }
  CHECK(foi::extract_authority("Dear Barnsley Metropolitan Borough Council,\nPlease send.") ==
        "Barnsley Metropolitan Borough Council");
  std::string wrapped =
      "Thank you for your request, which was passed to us on 4 May by Kent County\nCouncil.";
  CHECK(foi::extract_authority(wrapped) == "Kent County Council");
  // A short line ending before the name (a signature) is not part of it.
  CHECK(foi::extract_authority("Yours,\nD Moore\nSheffield City Council\nTown Hall") ==
        "Sheffield City Council");
}

TEST_CASE("authorities: a body named by its place and its kind: fire and rescue, NHS trusts, health boards") {
  const std::pair<const char*, Maybe> cases[] = {
      {"Anyshire Fire and Rescue Service", "Anyshire Fire and Rescue Service"},
      {"Anyshire Fire & Rescue Authority", "Anyshire Fire and Rescue Authority"},
      {"Riverside University Hospitals NHS Trust", "Riverside University Hospitals NHS Trust"},
      {"University Hospitals of Anytown NHS Foundation Trust",
       "University Hospitals of Anytown NHS Foundation Trust"},
      {"Hywel Dda University Health Board", "Hywel Dda University Health Board"},
      {"Anyshire and Borders Integrated Care Board", "Anyshire and Borders Integrated Care Board"},
      {"West Anyshire Fire Service", "West Anyshire Fire Service"},  // no "and Rescue" in its name
      {"the Fire Service", std::nullopt},
      {"London Fire Commissioner", "London Fire Brigade"},
      // A kind alone, in lower case, or after "an" or "the", names no body; the table's Scottish boards win.
      {"NHS Trust", std::nullopt},
      {"the fire and rescue service", std::nullopt},
      {"An NHS Trust", std::nullopt},
      {"Lanarkshire Health Board", "NHS Lanarkshire"},
      {"NHS 24", "NHS 24"},
      {"TfL", "Transport for London"},
  };
  for (const auto& [name, expected] : cases) {
    CAPTURE(name);
    CHECK(foi::canonical_authority(name) == expected);
  }
  CHECK(foi::extract_authority(
            "Thank you for your request.\nPlease see attached.\nYou can write to the "
            "Assistant Chief Fire Officer, Anyshire Fire and Rescue Service, 1 High Street.") ==
        "Anyshire Fire and Rescue Service");
  CHECK(foi::extract_authority("An NHS Trust told us it held nothing. Another trust said the same.") ==
        std::nullopt);
}

TEST_CASE("authorities: a university by either shape of its name, never a hospital trust named after one") {
  const std::pair<const char*, Maybe> cases[] = {
      {"Anytown University", "Anytown University"},
      {"Anytown Hallam University", "Anytown Hallam University"},
      {"Heriot-Watt University", "Heriot-Watt University"},
      {"University of Anytown", "University of Anytown"},
      {"University of the West of Anyshire", "University of the West of Anyshire"},
      {"the University of Anytown", "University of Anytown"},
      {"Anytown University Hospitals NHS Trust", "Anytown University Hospitals NHS Trust"},
      {"Anytown University Health Board", "Anytown University Health Board"},
      {"University", std::nullopt},
      {"the University", std::nullopt},
      {"a university of the first rank", std::nullopt},
      {"University of the", std::nullopt},
  };
  for (const auto& [name, expected] : cases) {
    std::string written = name;
    CAPTURE(written);
    CHECK(foi::canonical_authority(name) == expected);
  }
  CHECK(foi::extract_authority("Dear Requester,\nAnytown University received your request on 3 May.\n"
                               "Anytown University holds the figures below. You may ask the Information "
                               "Commissioner's Office to review our reply.") == "Anytown University");
  CHECK(foi::is_scottish_authority("University of the West of Scotland"));
  CHECK(foi::is_scottish_authority("Heriot-Watt University"));
  CHECK_FALSE(foi::is_scottish_authority("Anytown University"));
}

TEST_CASE("authorities: recognises a Police and Crime Commissioner in each word order") {
  const std::pair<const char*, Maybe> cases[] = {
      {"Office of the Police and Crime Commissioner for Avon and Somerset",
       "Police and Crime Commissioner for Avon and Somerset"},
      {"Police and Crime Commissioner for North Wales", "Police and Crime Commissioner for North Wales"},
      {"West Yorkshire Police and Crime Commissioner", "Police and Crime Commissioner for West Yorkshire"},
      {"Essex Police, Fire and Crime Commissioner", "Police and Crime Commissioner for Essex"},
      {"Police, Fire and Crime Commissioner for Staffordshire",
       "Police and Crime Commissioner for Staffordshire"},
      {"Devon & Cornwall Police and Crime Commissioner",
       "Police and Crime Commissioner for Devon and Cornwall"},
      {"the Police and Crime Commissioner", std::nullopt},
  };
  for (const auto& [name, expected] : cases) {
    CAPTURE(name);
    CHECK(foi::canonical_authority(name) == expected);
  }
}

TEST_CASE("authorities: canonical_authority knows forces and other bodies by any of their names") {
  const std::pair<const char*, Maybe> cases[] = {
      {"gmp", "Greater Manchester Police"},
      {"Heddlu De Cymru", "South Wales Police"},
      {"NPCC", "National Police Chiefs' Council"},
      {"npcc", "National Police Chiefs' Council"},
      {"National Police Chiefs Council", "National Police Chiefs' Council"},
      {"ACPO", "Association of Chief Police Officers"},
      {"college of policing", "College of Policing"},
      {"Home Office", "Home Office"},
      {"IOPC", "Independent Office for Police Conduct"},
      {"IPCC", "Independent Police Complaints Commission"},
      {"HMICFRS", "HM Inspectorate of Constabulary and Fire & Rescue Services"},
      {"HM Inspectorate of Constabulary and Fire and Rescue Services",
       "HM Inspectorate of Constabulary and Fire & Rescue Services"},
      {"HMIC", "HM Inspectorate of Constabulary"},
      {"ICO", "Information Commissioner's Office"},
      {"Information Commissioner", "Information Commissioner's Office"},
      {"CPS", "Crown Prosecution Service"},
      {"NCA", "National Crime Agency"},
      {"Scottish Police Authority", "Scottish Police Authority"},
      {"PIRC", "Police Investigations and Review Commissioner"},
      {"MoJ", "Ministry of Justice"},
      {"Scottish Government", "Scottish Government"},
      {"Care Inspectorate Wales", "Care Inspectorate Wales"},
      {"MOPAC", "Mayor's Office for Policing and Crime"},
      {"Mayor’s Office for Policing and Crime", "Mayor's Office for Policing and Crime"},
      {"Network Rail Infrastructure Limited", "Network Rail"},
      {"Cyfoeth Naturiol Cymru", "Natural Resources Wales"},
      {"Office of Communications", "Ofcom"},
      {"HMCTS", "HM Courts and Tribunals Service"},
      {"Highways England", "Highways England"},  // not its successor's name
      {"Essex", std::nullopt},
      {"", std::nullopt},
      {"Home Office and Kent Police", std::nullopt},
  };
  for (const auto& [name, expected] : cases) {
    CAPTURE(name);
    CHECK(foi::canonical_authority(name) == expected);
  }
}

TEST_CASE("authorities: is_scottish_authority covers Scottish forces, the 32 councils and national bodies") {
  const char* scottish[] = {
      "Police Scotland", "Strathclyde Police", "Scottish Government", "Scottish Police Authority",
      "Police Investigations and Review Commissioner", "Scottish Information Commissioner", "NHS Lothian",
      "NHS 24", "Scottish Fire and Rescue Service",

      // The 32 council areas, by the names the councils use.
      "Aberdeen City Council", "Aberdeenshire Council", "Angus Council", "Argyll and Bute Council",
      "Clackmannanshire Council", "Dumfries and Galloway Council", "Dundee City Council",
      "East Ayrshire Council", "East Dunbartonshire Council", "East Lothian Council",
      "East Renfrewshire Council", "City of Edinburgh Council", "Falkirk Council", "Fife Council",
      "Glasgow City Council", "The Highland Council", "Inverclyde Council", "Midlothian Council",
      "Moray Council", "Comhairle nan Eilean Siar", "North Ayrshire Council", "North Lanarkshire Council",
      "Orkney Islands Council", "Perth and Kinross Council", "Renfrewshire Council",
      "Scottish Borders Council", "Shetland Islands Council", "South Ayrshire Council",
      "South Lanarkshire Council", "Stirling Council", "West Dunbartonshire Council", "West Lothian Council"};
  for (const char* name : scottish) {
    CAPTURE(name);
    CHECK(foi::is_scottish_authority(name));
  }
  const char* not_scottish[] = {"Essex Police",
                                "Police Service of Northern Ireland",
                                "Home Office",
                                "Sheffield City Council",
                                "Essex County Council",
                                "Information Commissioner's Office",
                                "Police and Crime Commissioner for Essex",
                                "West Lothian"};
  for (const char* name : not_scottish) {
    CAPTURE(name);
    CHECK_FALSE(foi::is_scottish_authority(name));
  }
}

TEST_CASE("authorities: the seed documents were written by the forces that answered them") {
  const std::pair<const char*, const char*> cases[] = {
      {"000_", "Avon and Somerset Constabulary"}, {"001_", "West Mercia Police"},   {"002_", "Essex Police"},
      {"003_", "West Yorkshire Police"},          {"004_", "West Midlands Police"},
  };
  for (const auto& [prefix, expected] : cases) {
    CAPTURE(prefix);
    std::string text = corpus_document(prefix);
    REQUIRE_FALSE(text.empty());
    CHECK(foi::extract_authority(text) == expected);
  }
}
