// More like this and threads' messages over real HTTP, on a real index (one database and two shards):
// /api/similar?doc=, /api/doc's messages with their senders. Its bad requests are in api_errors_test.cc.
#include <doctest/doctest.h>

#include <set>

#include "searchd_fixture.h"

using foi::test::TempDir;
using foi::test::write_file;

namespace {

// Kent's drone letter; Essex words it alike and cites the same grounds; Sussex cites them about something
// else; Surrey writes of drones under another ground; the parking letter shares neither.
void write_corpus(const std::string& dir) {
  const std::string drones =
      "The locations where police drones are deployed, the flight logs of each drone and the cameras they "
      "carry "
      "are withheld. Disclosing drone flight patterns would help offenders avoid detection and would reveal "
      "tactical capability.";
  write_file(dir + "/drones/kent.txt",
             "Drone deployment\nKent Police\nDate: 03/03/2021\n" + drones +
                 " The information is exempt under Section 31(1)(a) and Section 24(2).\n");
  write_file(dir + "/drones/essex.txt", "Drones and flight logs\nEssex Police\nDate: 04/05/2021\n" + drones +
                                            " Section 31(1)(a) and Section 24(2) apply.\n");
  write_file(
      dir + "/firearms.txt",
      "Firearms licences\nSussex Police\nDate: 01/06/2021\nThe number of shotgun certificates held in each "
      "village is exempt under Section 31(1)(a) and Section 24(2).\n");
  write_file(
      dir + "/drones/surrey.txt",
      "Drone pilots\nSurrey Police\nDate: 02/07/2021\nThe names of the officers who fly police drones and "
      "read the flight logs are personal data, exempt under Section 40(2).\n");
  write_file(
      dir + "/parking.txt",
      "Parking fines\nSurrey Police\nDate: 09/09/2021\nWe issued 412 parking tickets at the station car "
      "park last year.\n");
  write_file(dir + "/threads/cctv.json", R"({"title": "CCTV cameras", "law_used": "foi", "events": [
    {"created_at": "2024-01-05T10:00:00Z", "type": "outgoing",
     "content": ["Dear Kent Police,\nPlease tell me how many CCTV cameras you operate.\nYours faithfully,\nJane Roe"]},
    {"created_at": "2024-02-01T09:30:00Z", "type": "incoming",
     "content": ["Dear Ms Roe,\nPlease find our response below. We operate 40 cameras. The locations are exempt under Section 31(1)(a).\nInformation Management\nKent Police"]}]})");
}

struct Indexes {
  TempDir corpus, out;
  std::string single = out / "single", sharded = out / "sharded";
  Indexes() {
    write_corpus(corpus.path());
    for (const auto& [db, extra] : {std::pair{single, ""}, std::pair{sharded, " --shards 2"}})
      REQUIRE(foi::test::run(foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus.path() + "'" +
                             extra)
                  .status == 0);
  }
};

Indexes& indexes() {
  static Indexes i;
  return i;
}

std::vector<std::string> ids(const nlohmann::json& answer) {
  std::vector<std::string> out;
  for (const auto& h : answer.at("hits")) out.push_back(h.at("id"));
  return out;
}

std::set<std::string> keys(const nlohmann::json& object) {
  std::set<std::string> out;
  for (const auto& [k, v] : object.items()) out.insert(k);
  return out;
}

}  // namespace

TEST_CASE("api similar: the documents worded and cited alike come first, never the document itself") {
  foi::test::Searchd sd(indexes().single);
  nlohmann::json j = sd.json("/api/similar?doc=drones/kent.txt");
  CHECK(j.at("doc").at("id") == "drones/kent.txt");
  std::vector<std::string> order = ids(j);
  REQUIRE(order.size() >= 3);
  CHECK(order[0] == "drones/essex.txt");  // the same wording and the same two grounds
  CHECK(std::count(order.begin(), order.end(), "drones/kent.txt") == 0);
  // Sussex shares both grounds and Surrey the drones: both before the parking letter, which shares neither
  auto at = [&](const std::string& id) { return std::find(order.begin(), order.end(), id) - order.begin(); };
  CHECK(at("firearms.txt") < at("parking.txt"));
  CHECK(at("drones/surrey.txt") < at("parking.txt"));
  const nlohmann::json& best = j.at("hits")[0];
  CHECK(best.at("shared") == nlohmann::json{"s24(2)", "s31(1)(a)"});
  CHECK(best.at("snippet").get<std::string>().find("<mark>") !=
        std::string::npos);  // the shared words marked
  for (const auto& h : j.at("hits")) {
    if (h.at("id") == "firearms.txt") CHECK(h.at("shared") == nlohmann::json{"s24(2)", "s31(1)(a)"});
    if (h.at("id") == "drones/surrey.txt") CHECK(h.at("shared").empty());
  }
  for (size_t i = 1; i < j.at("hits").size(); ++i)
    CHECK(j.at("hits")[i - 1].at("similarity") >= j.at("hits")[i].at("similarity"));
}

TEST_CASE(
    "api similar: each answer is a hit as /api/search gives it, with its similarity and shared citations") {
  foi::test::Searchd sd(indexes().single);
  nlohmann::json search = sd.json("/api/search?q=drones");
  nlohmann::json similar = sd.json("/api/similar?doc=drones/kent.txt&limit=1");
  REQUIRE(similar.at("hits").size() == 1);
  std::set<std::string> want = keys(search.at("hits")[0]);
  CHECK(keys(similar.at("doc")) == want);
  want.insert({"similarity", "shared"});
  CHECK(keys(similar.at("hits")[0]) == want);
  const nlohmann::json& h = similar.at("hits")[0];
  CHECK(h.at("title") == "Drones and flight logs");
  CHECK(h.at("authority") == "Essex Police");
  CHECK(h.at("date") == "2021-05-04");
  CHECK(h.at("exemptions") == nlohmann::json{"s24(2)", "s31(1)(a)"});
}

TEST_CASE("api similar: two shards list the same documents in the same order as one database") {
  foi::test::Searchd one(indexes().single), two(indexes().sharded);
  for (const char* path : {"/api/similar?doc=drones/kent.txt", "/api/similar?doc=firearms.txt&limit=2",
                           "/api/similar?doc=threads/cctv.json"}) {
    CAPTURE(path);
    nlohmann::json a = one.json(path);
    CHECK(a.at("hits").size() > 0);
    CHECK(a == two.json(path));
  }
}

TEST_CASE("api doc: a WhatDoTheyKnow thread's messages carry their sender, side, role and date") {
  foi::test::Searchd sd(indexes().single);
  nlohmann::json d = sd.json("/api/doc?id=threads/cctv.json");
  CHECK(d.at("doc_type") == "thread");
  const nlohmann::json& m = d.at("messages");
  REQUIRE(m.size() == 2);
  CHECK(m[0].at("sender") == "Jane Roe");
  CHECK(m[0].at("side") == "requester");
  CHECK(m[0].at("role") == "request");
  CHECK(m[0].at("date") == "2024-01-05");
  CHECK(m[1].at("sender") == "Kent Police");
  CHECK(m[1].at("side") == "authority");
  CHECK(m[1].at("role") == "response");
  CHECK(m[1].at("date") == "2024-02-01");
  std::string text = d.at("text");  // each message's span holds its own words
  CHECK(text.substr(m[0].at("offset"), m[0].at("length")).find("Jane Roe") != std::string::npos);
  CHECK(text.substr(m[1].at("offset"), m[1].at("length")).find("40 cameras") != std::string::npos);
}
