// Wording fingerprints, boilerplate clusters and word-level differences.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "foi/precedents/clusters.h"
#include "foi/index/extract_record.h"
#include "foi/formats/reader.h"
#include "foi/precedents/minhash.h"
#include "foi/precedents/word_diff.h"
#include "test_util.h"

namespace {

const char* kSecurityBodies =
    "Confirming or denying the existence of whether any other information is held would contravene the "
    "constrictions laid out within Section 23 of the Freedom of Information Act 2000 in that this stipulates a "
    "generic bar on disclosure of any information supplied by, or concerning, certain Security Bodies.";

const char* kHarmTactics =
    "As you may be aware, disclosure under FOIA is a release to the public at large. Whilst not questioning the "
    "motives of the applicant, confirming or denying that any information is held by Avon and Somerset "
    "Constabulary would show areas of police vulnerability. The public expect police forces to use all powers "
    "and tactics available to prevent and detect crime. This response was written on 22 January 2021.";

const char* kMosaic =
    "The prevention and detection of crime is the foundation upon which policing is built. By disclosing the "
    "specific websites it would show which websites are of police focus, and a mosaic picture would be realised "
    "across the country. The disclosure could directly jeopardise current investigations.";

const char* kSection40 =
    "Section 40 of the Freedom of Information Act 2000 is designed to address information that is covered by the "
    "Data Protection Act 2018. Confirming or denying would reveal personal data about an individual.";

const char* kPleaseNote =
    "Please note that the information released is accurate at the time of writing, and that our publication "
    "scheme lists the reports we routinely publish each quarter about the use of police powers and tactics.";

double similarity(const std::string& a, const std::string& b) {
  std::optional<foi::Fingerprint> fa = foi::fingerprint(a), fb = foi::fingerprint(b);
  REQUIRE(fa);
  REQUIRE(fb);
  return foi::wording_similarity(*fa, *fb);
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
  return s;
}

}  // namespace

TEST_CASE("clusters: pairs that must and must not be the same boilerplate") {
  struct Pair {
    std::string a, b;
    bool same;
    std::string why;
  };
  std::string harm_essex =
      replace_all(replace_all(kHarmTactics, "Avon and Somerset Constabulary", "Essex Police"), "22 January 2021",
                  "4 March 2022");
  const Pair pairs[] = {
      {kHarmTactics, harm_essex, true, "another force's name and another date"},
      {kSecurityBodies, std::string("Section 23 is a class based absolute exemption and there is no requirement "
                                    "to consider the public interest in this case. ") + kSecurityBodies,
       true, "the same paragraph with a sentence in front"},
      {kSecurityBodies, replace_all(kSecurityBodies, "supplied", "applied"), true, "one word changed"},
      {kHarmTactics, kMosaic, false, "two different harm arguments for section 31"},
      {kSecurityBodies, kSection40, false, "another ground's NCND paragraph"},
      {kHarmTactics,
       std::string(kHarmTactics) + " " + kSecurityBodies + " " + kMosaic + " " + kSection40 + " " + kPleaseNote,
       false, "a short paragraph inside a letter over three times its length is not that letter"},
  };
  for (const Pair& p : pairs) {
    CAPTURE(p.why);
    double s = similarity(p.a, p.b);
    CAPTURE(s);
    CHECK((s >= foi::kClusterThreshold) == p.same);
    std::vector<foi::ClusterMember> members = {{"a", *foi::fingerprint(p.a), "A", "2021-01-01"},
                                               {"b", *foi::fingerprint(p.b), "B", "2022-01-01"}};
    CHECK(foi::cluster_wording(members).size() == (p.same ? 1u : 2u));
  }
}

TEST_CASE("clusters: wording tokens fold case and hide forces, numbers and months") {
  CHECK(foi::wording_tokens("Essex Police replied on 4 March 2022, ref 15167.") ==
        std::vector<std::string>{"@force", "replied", "on", "#", "#", "#", "ref", "#"});
  CHECK_FALSE(foi::fingerprint("Too short to say."));
  foi::Fingerprint f = *foi::fingerprint(kSecurityBodies);
  CHECK(foi::decode_fingerprint(foi::encode_fingerprint(f))->minhash == f.minhash);
  CHECK_FALSE(foi::decode_fingerprint("not a fingerprint"));
}

TEST_CASE("clusters: on the seeds, the s23(5) paragraph spans four forces and the shared s31(3) harm text two") {
  std::vector<foi::ClusterMember> members;
  std::vector<foi::Passage> passages;
  for (const char* seed : {"000_7c431f6c32de453a.txt", "001_b455801c96e30f6e.txt", "002_8945b82075d5d1a2.txt",
                           "003_b8f8d31a9d1c8c2e.txt", "004_aaea4b360a23c9d5.txt"}) {
    std::string path = foi::test::source_path(std::string("corpus/") + seed);
    foi::formats::ReadText t = foi::formats::read_document(path, foi::test::read_file(path)).at(0);
    foi::Record r = foi::extract_record({t.text, seed, path, &t});
    for (const foi::Passage& p : foi::extract_passages(r, t.text))
      if (std::optional<foi::Fingerprint> f = foi::fingerprint(p.body)) {
        members.push_back({std::string(seed) + "#" + std::to_string(passages.size()), *f, *r.authority, r.date.value_or("")});
        passages.push_back(p);
      }
  }
  std::vector<foi::Cluster> clusters = foi::cluster_wording(members);
  auto cluster_of = [&](const std::string& start, const std::string& authority) -> const foi::Cluster* {
    for (const foi::Cluster& c : clusters)
      for (size_t i : c.members)
        if (members[i].authority == authority && passages[i].body.find(start) != std::string::npos) return &c;
    return nullptr;
  };
  auto authorities = [&](const foi::Cluster& c) {
    std::set<std::string> out;
    for (size_t i : c.members) out.insert(members[i].authority);
    return out;
  };
  const foi::Cluster* security = cluster_of("generic bar on disclosure", "Avon and Somerset Constabulary");
  REQUIRE(security);
  CHECK(authorities(*security) == std::set<std::string>{"Avon and Somerset Constabulary", "West Mercia Police",
                                                        "Essex Police", "West Midlands Police"});
  CHECK(security->authorities == 4);
  CHECK(security->members.size() == 4);
  const foi::Cluster* harm = cluster_of("As you may be aware, disclosure under FOIA", "Essex Police");
  REQUIRE(harm);
  CHECK(authorities(*harm) == std::set<std::string>{"Avon and Somerset Constabulary", "Essex Police"});
  for (size_t i : harm->members) CHECK(passages[i].role == "harm");
  // West Midlands' own harm argument for s31 is not theirs
  const foi::Cluster* mosaic = cluster_of("A mosaic picture would be realised", "West Midlands Police");
  REQUIRE(mosaic);
  CHECK(mosaic != harm);
  // ids are stable: the cluster is named after its smallest member
  std::string smallest = members[security->members.front()].id;
  for (size_t i : security->members) smallest = std::min(smallest, members[i].id);
  CHECK(security->id == foi::cluster_id_for(smallest));
}

TEST_CASE("clusters: word-level differences against the central text") {
  using Op = foi::DiffOp;
  struct Case {
    const char* from;
    const char* to;
    std::vector<std::pair<Op::Kind, std::string>> ops;
  };
  const Case cases[] = {
      {"a b c", "a b c", {{Op::kSame, "a b c"}}},
      {"information supplied by certain bodies", "information applied by certain bodies",
       {{Op::kSame, "information"}, {Op::kRemoved, "supplied"}, {Op::kAdded, "applied"}, {Op::kSame, "by certain bodies"}}},
      {"held would contravene", "Section 23 applies. held would contravene",
       {{Op::kAdded, "Section 23 applies."}, {Op::kSame, "held would contravene"}}},
      {"one two three", "one three", {{Op::kSame, "one"}, {Op::kRemoved, "two"}, {Op::kSame, "three"}}},
      {"", "new words", {{Op::kAdded, "new words"}}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.from);
    CAPTURE(c.to);
    std::vector<foi::DiffOp> d = foi::word_diff(c.from, c.to);
    REQUIRE(d.size() == c.ops.size());
    for (size_t i = 0; i < d.size(); ++i) {
      CHECK(d[i].kind == c.ops[i].first);
      CHECK(d[i].text == c.ops[i].second);
    }
  }
}

TEST_CASE("clusters: passages assigned as they are written land where the regrouping puts them") {
  struct Case {
    std::string id, text;
  };
  std::string essex = replace_all(kHarmTactics, "Avon and Somerset Constabulary", "Essex Police");
  std::string wm = std::string("Section 23 is a class based absolute exemption and there is no requirement to "
                               "consider the public interest in this case. ") + kSecurityBodies;
  const Case in_order[] = {{"a#p1", kHarmTactics}, {"b#p1", kSecurityBodies}, {"c#p1", kMosaic},
                           {"d#p1", essex},        {"e#p1", wm},              {"f#p1", "Too short."}};
  foi::ClusterAssigner assigner;
  std::vector<foi::ClusterMember> members;
  std::map<std::string, std::string> assigned;
  for (const Case& c : in_order) {
    std::optional<foi::Fingerprint> f = foi::fingerprint(c.text);
    assigned[c.id] = assigner.assign(c.id, f);
    if (f) members.push_back({c.id, *f, "", ""});
  }
  CHECK(assigned["d#p1"] == assigned["a#p1"]);
  CHECK(assigned["e#p1"] == assigned["b#p1"]);
  CHECK(assigned["c#p1"] != assigned["a#p1"]);
  CHECK(assigned["f#p1"] == foi::cluster_id_for("f#p1"));
  for (const foi::Cluster& c : foi::cluster_wording(members))
    for (size_t i : c.members) CHECK(assigned[members[i].id] == c.id);

  // a second run's assigner knows the stored passages
  foi::ClusterAssigner next;
  for (const foi::ClusterMember& m : members) next.add_existing(m.id, m.fingerprint, assigned[m.id]);
  CHECK(next.assign("g#p1", foi::fingerprint(replace_all(kHarmTactics, "Avon and Somerset Constabulary", "Kent Police"))) ==
        assigned["a#p1"]);
}
