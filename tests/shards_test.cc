// Shards: an index written as N shards, opened locally through its stub or as remote shards served by
// xapian-tcpsrv, answers every API request exactly as one database holding the same documents; a shard that is
// down or stalled gives a 503 within the remote timeout, and the daemon recovers when it returns.
#include <doctest/doctest.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <unistd.h>
#include <xapian.h>

#include <chrono>
#include <thread>

#include "foi/index/shards.h"
#include "searchd_fixture.h"

using foi::test::run;
using foi::test::RunResult;
using foi::test::TempDir;

namespace {

// The requests compared: searches with text, filters, sorts and pages; facets; documents; passages,
// collapsed; similar wording; documents like one; a cluster; an error.
const char* kRequests[] = {
    "/api/search?q=decoy",
    "/api/search?q=widget&sort=newest",
    "/api/search?q=widget&sort=oldest&size=2&page=2",
    "/api/search?exemption=s40&force=Kent%20Police",
    "/api/search?q=section&from=2019-01-01&to=2020-12-31",
    "/api/search",
    "/api/search?q=%22neither%20confirm%20nor%20deny%22&size=3",
    // a phrase's other wordings come from each shard's words, and must come to the same answer
    "/api/search?q=%22neither%20confirming%20nor%20denying%22&size=20",
    "/api/search?q=exact:%22neither%20confirm%20nor%20deny%22&size=20",
    "/api/search?q=grooming&sort=relevance&page=1&size=100",
    "/api/facets",
    "/api/doc?id=000_7c431f6c32de453a.txt",
    "/api/doc?id=widgets/kent-2019.txt",
    "/api/passages?exemption=s31(3)&role=harm",
    "/api/passages?collapse=cluster&size=50",
    "/api/passages?q=security%20bodies&sort=newest",
    "/api/similar?passage=000_7c431f6c32de453a.txt%23p5",
    "/api/"
    "similar?text=Confirming%20or%20denying%20whether%20information%20is%20held%20would%20contravene%20the%20"
    "constrictions%20laid%20out%20within%20Section%2023",
    "/api/search?q=(unclosed",
    "/api/similar?doc=widgets/kent-2020.txt",
    "/api/similar?doc=000_7c431f6c32de453a.txt&limit=5",
    "/api/search?q=gadget&size=7&page=3",
    "/api/search?q=gadget&exemption=s31(3)&force=Kent%20Police&size=5",
    "/api/search?q=gadget&sort=oldest&size=50",
    "/api/search?q=quokka%20OR%20wombat",
    "/api/search?exemption=s40&exemption=s23&size=3",
    "/api/search?exemption=s40&exemption=s23&exemption_match=all",
};

std::string index_cmd(const std::string& db, const std::string& corpus, const std::string& extra = "") {
  return foi::test::bin_path("foi-index") + " --db '" + db + "' '" + corpus + "'" + extra;
}

// The answers to kRequests (and /healthz without its revision), plus the cluster of the first passage
// /api/passages lists, by path.
std::map<std::string, nlohmann::json> answers(const foi::test::Searchd& sd) {
  std::map<std::string, nlohmann::json> out;
  for (const char* path : kRequests) {
    httplib::Result r = sd.get(path);
    REQUIRE(r);
    out[path] = {{"status", r->status}, {"body", nlohmann::json::parse(r->body)}};
    out[path]["body"].erase("next_cursor");  // names the revision of the index it walks (API.md "Deep paging")
  }
  nlohmann::json health = sd.json("/healthz");
  health.erase("revision");
  health.erase("shards");
  out["/healthz"] = health;
  std::string cluster = out["/api/passages?exemption=s31(3)&role=harm"]["body"]["passages"][0]["cluster"]["id"];
  out["/api/cluster"] = sd.json("/api/cluster?id=" + cluster);
  return out;
}

int free_port() {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  getsockname(s, reinterpret_cast<sockaddr*>(&a), &len);
  close(s);
  return ntohs(a.sin_port);
}

bool accepts(int port) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = htons(static_cast<uint16_t>(port));
  bool ok = connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  close(s);
  return ok;
}

// xapian-tcpsrv serving one shard on a loopback port; killed at the end of the scope.
class TcpSrv {
 public:
  TcpSrv(const std::string& db, int port) : db_(db), port_(port) { start(); }
  ~TcpSrv() { stop(); }
  TcpSrv(const TcpSrv&) = delete;
  TcpSrv& operator=(const TcpSrv&) = delete;
  void start() {
    std::string p = std::to_string(port_);
    const char* argv[] = {"xapian-tcpsrv", "--port", p.c_str(), "--interface", "127.0.0.1", db_.c_str(), nullptr};
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    posix_spawnattr_t attr;  // its own process group: the server and the children it forks go together
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);
    REQUIRE(posix_spawnp(&pid_, "xapian-tcpsrv", &fa, &attr, const_cast<char**>(argv), environ) == 0);
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&fa);
    for (int i = 0; i < 400 && !accepts(port_); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
    REQUIRE(accepts(port_));
  }
  void stop() {
    if (pid_ <= 0) return;
    kill(-pid_, SIGCONT);
    kill(-pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = 0;
  }
  void pause() { kill(-pid_, SIGSTOP); }
  void resume() { kill(-pid_, SIGCONT); }
  int port() const { return port_; }

 private:
  std::string db_;
  int port_;
  pid_t pid_ = 0;
};

struct ShardedFixture {
  TempDir corpus, out;
  std::string single, sharded;
  ShardedFixture() : single(out / "single"), sharded(out / "sharded") {
    foi::test::write_fixture_corpus(corpus.path());
    // enough letters that a page holds only some of a query's matches (remote spies once counted the page twice)
    const char* forces[] = {"Kent Police", "Essex Police", "Dyfed-Powys Police", "Police Scotland"};
    for (int i = 0; i < 80; ++i)
      foi::test::write_file(corpus / ("letters/" + std::to_string(i) + ".txt"),
                            "Letter " + std::to_string(i) + " on gadgets\n" + forces[i % 4] + "\nDate: " +
                                std::to_string(1 + i % 28) + "/0" + std::to_string(1 + i % 9) + "/20" +
                                std::to_string(10 + i % 12) + "\nThe gadget figures are exempt under Section " +
                                (i % 3 ? "31(3)" : "40(2)") + ".\n");
    // a letter whose two query words lie a window apart, and "wombat" in the other shard too: Xapian's termweight
    // (the largest BM25 part, summed over the shards holding the term) ranks the words one way over one database
    // and the other way over two shards
    std::string filler;
    for (int i = 0; i < 12; ++i) filler += "The request was considered under the Act and the information reviewed. ";
    foi::test::write_file(corpus / "animals/sighting.txt",
                          "Animals\nKent Police\nDate: 01/02/2020\nOne quokka was seen. " + filler + "A wombat too.\n");
    foi::test::write_file(corpus / "animals/note.txt",
                          "Note\nEssex Police\nDate: 01/03/2020\nA wombat. " + filler + filler + "\n");
    REQUIRE(run(index_cmd(single, corpus.path())).status == 0);
    RunResult r = run(index_cmd(sharded, corpus.path(), " --shards 2"));
    REQUIRE(r.status == 0);
  }
};

ShardedFixture& fixture() {
  static ShardedFixture f;
  return f;
}

}  // namespace

TEST_CASE("shards: documents go to the shard their id hashes to, and each shard holds some") {
  std::string stub = foi::test::read_file(fixture().sharded + "/XAPIANDB");
  CHECK(stub == "auto shard-0\nauto shard-1\n");
  Xapian::Database s0(fixture().sharded + "/shard-0"), s1(fixture().sharded + "/shard-1");
  CHECK(s0.get_termfreq("XD:document") > 0);
  CHECK(s1.get_termfreq("XD:document") > 0);
  CHECK(s0.get_termfreq("XD:document") + s1.get_termfreq("XD:document") ==
        Xapian::Database(fixture().single).get_termfreq("XD:document"));
  for (const char* id : {"000_7c431f6c32de453a.txt", "widgets/kent-2019.txt", "many-words.txt"}) {
    CAPTURE(id);
    Xapian::Database& home = foi::shard_of(id, 2) == 0 ? s0 : s1;
    CHECK(home.term_exists(std::string("Q") + id));
    CHECK(home.get_termfreq(std::string("XQ:") + id) ==
          Xapian::Database(fixture().single).get_termfreq(std::string("XQ:") + id));  // passages beside it
  }
}

TEST_CASE("shards: snippets are the same although Xapian's term weights differ between the layouts") {
  REQUIRE(foi::shard_of("animals/sighting.txt", 2) != foi::shard_of("animals/note.txt", 2));
  auto termweights = [](const std::string& path) {
    Xapian::Database db(path);
    Xapian::Enquire e(db);
    e.set_query(Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("Zquokka"), Xapian::Query("Zwombat")));
    Xapian::MSet m = e.get_mset(0, 10);
    return std::make_pair(m.get_termweight("Zquokka"), m.get_termweight("Zwombat"));
  };
  auto [q1, w1] = termweights(fixture().single);
  auto [q2, w2] = termweights(fixture().sharded);
  CHECK((q1 > w1) != (q2 > w2));  // the trap the fixture sets: Xapian's own snippets pick different windows
  foi::test::Searchd one(fixture().single), two(fixture().sharded);
  nlohmann::json a = one.json("/api/search?q=quokka%20OR%20wombat"), b = two.json("/api/search?q=quokka%20OR%20wombat");
  REQUIRE(a.at("hits").size() == 2);
  CHECK(a.at("hits") == b.at("hits"));
  for (const auto& h : a.at("hits"))
    if (h.at("id") == "animals/sighting.txt") CHECK(h.at("snippet").get<std::string>().find("<mark>quokka</mark>") != std::string::npos);
}

TEST_CASE("shards: two local shards answer every request exactly as one database") {
  foi::test::Searchd one(fixture().single), two(fixture().sharded);
  std::map<std::string, nlohmann::json> a = answers(one), b = answers(two);
  for (const auto& [path, answer] : a) {
    CAPTURE(path);
    CHECK(answer == b.at(path));
  }
  CHECK(two.json("/healthz").at("shards") == 2);
  CHECK(a.at("/api/search").at("body").at("total") > 5);  // the comparison is over real answers
  // the exemption tree's parents are counted from their children alike in both layouts
  std::map<std::string, int> ex = foi::test::counts_of(a.at("/api/facets").at("body"), "exemption");
  CHECK(ex.at("s40") > ex.at("s40(5B)"));
  CHECK(ex.at("s40(5B)") >= ex.at("s40(5B)(a)(i)"));
}

TEST_CASE("shards: two remote shards served by xapian-tcpsrv answer exactly as one database") {
  TcpSrv s0(fixture().sharded + "/shard-0", free_port()), s1(fixture().sharded + "/shard-1", free_port());
  TempDir tmp;
  std::string stub = tmp / "remote.stub";
  foi::test::write_file(stub, "remote 127.0.0.1:" + std::to_string(s0.port()) + "\nremote 127.0.0.1:" +
                                  std::to_string(s1.port()) + "\n");
  foi::test::Searchd one(fixture().single), remote(stub);
  std::map<std::string, nlohmann::json> a = answers(one), b = answers(remote);
  for (const auto& [path, answer] : a) {
    CAPTURE(path);
    CHECK(answer == b.at(path));
  }
  CHECK(remote.json("/healthz").at("shards") == 2);
}

TEST_CASE("shards: a stub of one remote database serves like the database itself") {
  TcpSrv s0(fixture().single, free_port());
  TempDir tmp;
  std::string stub = tmp / "one.stub";
  foi::test::write_file(stub, "remote 127.0.0.1:" + std::to_string(s0.port()) + "\n");
  foi::test::Searchd local(fixture().single), remote(stub);
  CHECK(remote.json("/api/search?q=decoy") == local.json("/api/search?q=decoy"));
  nlohmann::json health = remote.json("/healthz");
  CHECK(health.at("shards") == 1);
  CHECK(health.at("docs") == local.json("/healthz").at("docs"));
}

TEST_CASE("shards: a shard down or stalled answers 503 index_unavailable without hanging, then recovers") {
  TcpSrv s0(fixture().sharded + "/shard-0", free_port()), s1(fixture().sharded + "/shard-1", free_port());
  TempDir tmp;
  std::string stub = tmp / "remote.stub";
  foi::test::write_file(stub, "remote 127.0.0.1:" + std::to_string(s0.port()) + "\nremote 127.0.0.1:" +
                                  std::to_string(s1.port()) + "\n");
  foi::test::Searchd sd(stub, {"--remote-timeout", "1"});
  CHECK(sd.json("/api/search?q=decoy").at("total") == 3);

  auto unavailable = [&](const char* why) {
    CAPTURE(why);
    auto start = std::chrono::steady_clock::now();
    nlohmann::json j = sd.json("/api/search?q=decoy", 503);
    CHECK(j.at("error").at("code") == "index_unavailable");
    // a hang guard, not a speed test: the 1 s remote timeout ends the request long before this
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(15));
    sd.json("/healthz", 503);
  };
  s1.pause();
  unavailable("stalled");
  s1.resume();
  CHECK(sd.json("/api/search?q=decoy").at("total") == 3);
  s1.stop();
  unavailable("down");
  s1.start();  // the same port again
  CHECK(sd.json("/api/search?q=decoy").at("total") == 3);
  CHECK(sd.json("/healthz").at("status") == "ok");
}

TEST_CASE("shards: re-runs stay incremental per shard; another shard count is refused with a reason") {
  TempDir corpus, out;
  foi::test::write_fixture_corpus(corpus.path());
  std::string db = out / "db";
  RunResult first = run(index_cmd(db, corpus.path(), " --shards 3"));
  REQUIRE(first.status == 0);
  RunResult again = run(index_cmd(db, corpus.path()));  // the count is the index's own
  CHECK(again.out.find("indexed 0, unchanged ") == 0);
  CHECK(again.out.find("removed 0") != std::string::npos);
  foi::test::write_file(corpus / "widgets/new.txt", "Widget news\nKent Police\nDate: 01/03/2021\nNothing held.\n");
  CHECK(run(index_cmd(db, corpus.path(), " --shards 3")).out.find("indexed 1, ") == 0);

  RunResult other = run(index_cmd(db, corpus.path(), " --shards 2"));
  CHECK(other.status == 2);
  CHECK(other.err.find("holds 3 shards, not 2") != std::string::npos);
  std::string single = out / "single";
  REQUIRE(run(index_cmd(single, corpus.path())).status == 0);
  RunResult onto_single = run(index_cmd(single, corpus.path(), " --shards 2"));
  CHECK(onto_single.status == 2);
  CHECK(onto_single.err.find("is a single database") != std::string::npos);
}
