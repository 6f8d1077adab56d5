// Tests for foi/forces: the force table, finding forces in hard-wrapped text, prominence, names typed by
// users.
#include "foi/extract/forces.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Names = std::vector<std::string>;

Names found(std::string_view text) {
  Names names;
  for (const foi::ForceMention& m : foi::find_forces(text)) names.push_back(m.canonical);
  return names;
}

std::string repeat(std::string_view sentence, int times) {
  std::string text;
  for (int i = 0; i < times; ++i) text += std::string(sentence) + " The force replied within twenty days.\n";
  return text;
}

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
  return s;
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

TEST_CASE(
    "forces: the table holds 43 territorial forces, Scotland, Northern Ireland, 3 UK-wide and 8 old "
    "Scottish") {
  Names all = foi::all_forces();
  CHECK(all.size() == 43 + 2 + 3 + 8);
  CHECK(std::set<std::string>(all.begin(), all.end()).size() == all.size());
  for (const char* name :
       {"Avon and Somerset Constabulary", "Metropolitan Police Service", "Dyfed-Powys Police",
        "Hampshire and Isle of Wight Constabulary", "Police Service of Northern Ireland",
        "Civil Nuclear Constabulary", "Northern Constabulary", "Wiltshire Police"}) {
    CAPTURE(name);
    CHECK(std::find(all.begin(), all.end(), name) != all.end());
  }
}

TEST_CASE("forces: recognises every canonical name, in any case, with its offset and length") {
  for (const std::string& name : foi::all_forces()) {
    CAPTURE(name);
    for (const std::string& written : {name, upper(name)}) {
      std::vector<foi::ForceMention> mentions = foi::find_forces("Dear " + written + ",\nThank you.");
      REQUIRE(mentions.size() == 1);
      CHECK(mentions[0].canonical == name);
      CHECK(mentions[0].offset == 5);
      CHECK(mentions[0].length == name.size());
    }
    CHECK(foi::canonical_force(name) == name);
  }
}

TEST_CASE("forces: recognises every canonical name with Police and Constabulary swapped") {
  for (const std::string& name : foi::all_forces()) {
    std::string swapped;
    if (name.ends_with(" Police")) swapped = name.substr(0, name.size() - 6) + "Constabulary";
    if (name.ends_with(" Constabulary") && name != "Northern Constabulary") {
      swapped = name.substr(0, name.size() - 12) + "Police";
    }
    if (swapped.empty()) continue;
    CAPTURE(swapped);
    CHECK(found("Requests to " + swapped + " rose.") == Names{name});
  }
}

TEST_CASE("forces: recognises suffix variants, '&', hyphens, aliases and Welsh names") {
  const std::pair<const char*, const char*> cases[] = {
      {"Avon and Somerset Police", "Avon and Somerset Constabulary"},
      {"Avon & Somerset Constabulary", "Avon and Somerset Constabulary"},
      {"Durham Police", "Durham Constabulary"},
      {"Kent Police Service", "Kent Police"},
      {"Greater Manchester Police Force", "Greater Manchester Police"},
      {"Devon & Cornwall Constabulary", "Devon and Cornwall Police"},
      {"Dyfed Powys Police", "Dyfed-Powys Police"},
      {"Heddlu Dyfed-Powys", "Dyfed-Powys Police"},
      {"Heddlu Gwent", "Gwent Police"},
      {"Heddlu Gogledd Cymru", "North Wales Police"},
      {"Heddlu De Cymru", "South Wales Police"},
      {"Hampshire Constabulary", "Hampshire and Isle of Wight Constabulary"},
      {"Hampshire Police", "Hampshire and Isle of Wight Constabulary"},
      {"Metropolitan Police", "Metropolitan Police Service"},
      {"Met Police", "Metropolitan Police Service"},
      {"the Met", "Metropolitan Police Service"},
      {"New Scotland Yard", "Metropolitan Police Service"},
      {"Scotland Yard", "Metropolitan Police Service"},
      {"Police Service of Scotland", "Police Scotland"},
      {"Police Service for Northern Ireland", "Police Service of Northern Ireland"},
      {"MOD Police", "Ministry of Defence Police"},
      {"Fife Police", "Fife Constabulary"},
  };
  for (const auto& [written, canonical] : cases) {
    CAPTURE(written);
    CHECK(found(std::string("A letter from ") + written + " arrived.") == Names{canonical});
  }
}

TEST_CASE("forces: reads upper-case short forms as whole words") {
  const std::pair<const char*, const char*> cases[] = {
      {"MPS", "Metropolitan Police Service"},
      {"GMP", "Greater Manchester Police"},
      {"WYP", "West Yorkshire Police"},
      {"SYP", "South Yorkshire Police"},
      {"NYP", "North Yorkshire Police"},
      {"TVP", "Thames Valley Police"},
      {"PSNI", "Police Service of Northern Ireland"},
      {"BTP", "British Transport Police"},
      {"MDP", "Ministry of Defence Police"},
      {"CNC", "Civil Nuclear Constabulary"},
      {"CoLP", "City of London Police"},
      {"NWP", "North Wales Police"},
  };
  for (const auto& [short_form, canonical] : cases) {
    CAPTURE(short_form);
    CHECK(found(std::string("Figures from ") + short_form + "’s disclosure log.") == Names{canonical});
    CHECK(foi::canonical_force(short_form) == canonical);
  }
}

TEST_CASE(
    "forces: ignores places alone, lower-case short forms, links and other bodies named after a force") {
  const char* texts[] = {
      "Essex",
      "Officers from Kent and Essex attended.",
      "The gmp figures were high.",
      "Compare ogmp and GMPX and GMPs.",
      "the tps and psni",
      "According to the Met Office, it rained.",
      "I met police officers at the station.",
      "Essex. Police officers said so.",
      "Wilmslow,\nCheshire,\nSK9 5AF",
      "Essex Police and Crime Commissioner",
      "Essex Police, Fire and Crime Commissioner",
      "Kent Police Authority minutes",
      "See www.avonandsomerset.police.uk and https://example.org/Essex Police for more.",
      "Write to foi@Essex Police",
      "Northern Police",
  };
  for (const char* text : texts) {
    CAPTURE(text);
    CHECK(found(text).empty());
  }
}

TEST_CASE("forces: matches names across hard wraps, runs of spaces and possessives") {
  const std::pair<const char*, const char*> cases[] = {
      {"Avon\nand Somerset Constabulary", "Avon and Somerset Constabulary"},
      {"Avon  and\n   Somerset\r\nConstabulary", "Avon and Somerset Constabulary"},
      {"Avon and Somerset Constabulary’s review", "Avon and Somerset Constabulary"},
      {"Avon and Somerset Constabulary's review", "Avon and Somerset Constabulary"},
      {"Strategic review of Police Scotland’s response", "Police Scotland"},
      {"Dyfed-\nPowys Police", "Dyfed-Powys Police"},
      {"West\nMercia Police", "West Mercia Police"},
      {"Dear\u00a0Greater\u00a0Manchester\u00a0Police", "Greater Manchester Police"},
  };
  for (const auto& [text, canonical] : cases) {
    CAPTURE(text);
    CHECK(found(text) == Names{canonical});
  }
  std::string_view text = "Dear Avon\nand Somerset Constabulary’s team";
  std::vector<foi::ForceMention> mentions = foi::find_forces(text);
  REQUIRE(mentions.size() == 1);
  CHECK(text.substr(mentions[0].offset, mentions[0].length) == "Avon\nand Somerset Constabulary");
}

TEST_CASE("forces: counts WMP only when the text says which force it is") {
  const std::string midlands = "West Midlands Police", mercia = "West Mercia Police";
  const std::pair<const char*, Names> cases[] = {
      {"Contact WMP.", {}},
      {"Contact wmp.", {}},
      {"West Mercia Police (WMP) replied. WMP refused.", {mercia, mercia}},
      {"West Midlands Police replied. WMP refused.", {midlands, midlands}},
      {"West Mercia Police replied. WMP refused.", {mercia, mercia}},
      {"West Midlands Police and West Mercia Police replied. WMP refused.", {midlands, mercia}},
      {"West Midlands Police and West Mercia Police (WMP) replied. WMP refused.", {midlands, mercia, mercia}},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    CHECK(found(text) == expected);
  }
  CHECK_FALSE(foi::canonical_force("WMP").has_value());
}

TEST_CASE("forces: a short form defined in the text outranks the table") {
  const std::pair<const char*, Names> cases[] = {
      {"South Wales Police (SWP) replied. SWP refused.", {"South Wales Police", "South Wales Police"}},
      {"Merseyside Police Service (MPS) replied. MPS refused.", {"Merseyside Police", "Merseyside Police"}},
      {"City of London Police (CoLP) replied. CoLP refused.",
       {"City of London Police", "City of London Police"}},
      {"Essex Police (FOI) replied. FOI requests rose.", {"Essex Police"}},
      {"Computer Numerical Control (CNC) machines. CNC tools.", {}},
      {"The Civil Nuclear Constabulary (CNC) replied. CNC refused.",
       {"Civil Nuclear Constabulary", "Civil Nuclear Constabulary"}},
      {"No definition: SWP refused.", {}},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    CHECK(found(text) == expected);
  }
}

TEST_CASE("forces: extract_forces keeps forces named comparably often, most prominent first") {
  const std::pair<std::string, Names> cases[] = {
      {"", {}},
      {"Essex Police replied.", {"Essex Police"}},
      {"Kent Police wrote to Essex Police.", {"Kent Police", "Essex Police"}},
      {repeat("Kent Police", 8) + repeat("Essex Police", 3), {"Kent Police", "Essex Police"}},
      {repeat("Kent Police", 8) + repeat("Essex Police", 1), {"Kent Police"}},
      {repeat("Kent Police", 2) + repeat("Essex Police", 5), {"Essex Police", "Kent Police"}},
      {repeat("Kent Police", 12) + repeat("Essex Police", 2), {"Kent Police"}},
      {repeat("Avon and Somerset Constabulary", 30) + repeat("Police Scotland", 2),
       {"Avon and Somerset Constabulary"}},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text.size());
    CHECK(foi::extract_forces(text) == expected);
  }
}

TEST_CASE("forces: canonical_force reads names, aliases and short forms typed by users") {
  const std::pair<const char*, std::optional<std::string>> cases[] = {
      {"gmp", "Greater Manchester Police"},
      {"GMP", "Greater Manchester Police"},
      {"psni", "Police Service of Northern Ireland"},
      {"Heddlu Gwent", "Gwent Police"},
      {"the met", "Metropolitan Police Service"},
      {"avon & somerset police", "Avon and Somerset Constabulary"},
      {"  Essex Police ", "Essex Police"},
      {"the Essex Police", "Essex Police"},
      {"Durham Police", "Durham Constabulary"},
      {"Essex", std::nullopt},
      {"", std::nullopt},
      {"police", std::nullopt},
      {"wmp", std::nullopt},
      {"Essex Police, Kent Police", std::nullopt},
      {"Essex Police and Crime Commissioner", std::nullopt},
  };
  for (const auto& [name, expected] : cases) {
    CAPTURE(name);
    CHECK(foi::canonical_force(name) == expected);
  }
}

TEST_CASE("forces: is_scottish_force is true for Police Scotland and the eight forces before it, only") {
  const std::set<std::string> scottish = {"Police Scotland",
                                          "Strathclyde Police",
                                          "Lothian and Borders Police",
                                          "Grampian Police",
                                          "Tayside Police",
                                          "Fife Constabulary",
                                          "Central Scotland Police",
                                          "Dumfries and Galloway Constabulary",
                                          "Northern Constabulary"};
  for (const std::string& name : foi::all_forces()) {
    CAPTURE(name);
    CHECK(foi::is_scottish_force(name) == (scottish.count(name) == 1));
  }
  CHECK_FALSE(foi::is_scottish_force("Scottish Government"));
}

TEST_CASE(
    "forces: name_words joins words across spaces, wraps, hyphens and apostrophes, not other punctuation") {
  std::vector<foi::NameWord> words = foi::name_words("Avon &\nSomerset-Police’s. Kent www.kent.police.uk");
  Names lower;
  for (const foi::NameWord& w : words) lower.push_back(w.lower);
  CHECK(lower == Names{"avon", "and", "somerset", "police", "s", "kent", "www", "kent", "police", "uk"});
  CHECK(words[1].joined);
  CHECK(words[2].joined);
  CHECK(words[3].joined);
  CHECK(words[4].joined);
  CHECK_FALSE(words[5].joined);
  CHECK_FALSE(words[5].in_link);
  CHECK(words[6].in_link);
  CHECK(words[0].capitalised);
  CHECK_FALSE(words[1].capitalised);
}

TEST_CASE("forces: the seed documents are about the forces that answered them") {
  const std::pair<const char*, Names> cases[] = {
      {"000_",
       {"Avon and Somerset Constabulary"}},  // Police Scotland, South Yorkshire Police: annotations only
      {"001_", {"West Mercia Police"}},
      {"002_", {"Essex Police"}},
      {"003_", {"West Yorkshire Police"}},
      {"004_", {"West Midlands Police"}},
  };
  for (const auto& [prefix, expected] : cases) {
    CAPTURE(prefix);
    std::string text = corpus_document(prefix);
    REQUIRE_FALSE(text.empty());
    CHECK(foi::extract_forces(text) == expected);
  }
  // The annotations in 000 do name other forces: the prominence rule, not blindness, leaves them out.
  Names all = found(corpus_document("000_"));
  CHECK(std::count(all.begin(), all.end(), "Police Scotland") == 2);
  CHECK(std::count(all.begin(), all.end(), "South Yorkshire Police") == 1);
}
