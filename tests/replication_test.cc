// Read replicas with Xapian's stock tools: foi-index on a master, xapian-replicate-server, xapian-replicate
// -o into a replica, and one foi-searchd on the replica that sees every sync (changesets and full copies)
// without a restart.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <xapian.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "foi/index/schema.h"
#include "searchd_fixture.h"
#include "test_util.h"

namespace fs = std::filesystem;
using foi::test::read_file;
using foi::test::run;
using foi::test::TempDir;
using foi::test::write_file;

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kSeeWithin = std::chrono::seconds(10);  // generous: the machine may be loaded

// Polls pred every 50 ms until it holds or the time is up; returns whether it held.
bool wait_for(const std::function<bool()>& pred, std::chrono::seconds within) {
  for (auto end = Clock::now() + within;; std::this_thread::sleep_for(std::chrono::milliseconds(50))) {
    if (pred()) return true;
    if (Clock::now() > end) return false;
  }
}

// A loopback port nobody listens on right now (the kernel's pick for port 0).
int free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
  REQUIRE(getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0);
  close(fd);
  return ntohs(a.sin_port);
}

// A child process in a process group of its own, with stdout and stderr in files; the group gets SIGTERM
// (then SIGKILL) and the child is reaped at the end of the scope, however the test ends. The group matters:
// Xapian's TCP servers answer SIGTERM by sending SIGTERM to their whole process group, which would otherwise
// be ours.
class Process {
 public:
  explicit Process(const std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, out_path().c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&fa, 2, err_path().c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);
    int rc = posix_spawnp(&pid_, argv[0], &fa, &attr, argv.data(), environ);
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) pid_ = 0;
    REQUIRE_MESSAGE(rc == 0, "cannot start " << args[0]);
  }
  ~Process() {
    if (pid_ <= 0 || exited_) return;
    kill(-pid_, SIGTERM);
    for (int i = 0; i < 100 && !exited(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (!exited_) kill(-pid_, SIGKILL);
    if (!exited_) waitpid(pid_, nullptr, 0);
  }
  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;

  bool exited() {
    if (!exited_ && waitpid(pid_, nullptr, WNOHANG) == pid_) exited_ = true;
    return exited_;
  }
  std::string out() const { return read_file(out_path()); }
  std::string err() const { return read_file(err_path()); }

 private:
  std::string out_path() const { return dir_ / "out"; }
  std::string err_path() const { return dir_ / "err"; }
  TempDir dir_;
  pid_t pid_ = 0;
  bool exited_ = false;
};

// foi-searchd on 127.0.0.1, on a port it picks and prints.
class Searchd {
 public:
  explicit Searchd(const std::string& db)
      : proc_({foi::test::bin_path("foi-searchd"), "--db", db, "--listen", "127.0.0.1:0", "--quiet"}) {
    std::smatch m;
    std::regex listening("listening on http://127\\.0\\.0\\.1:([0-9]+)\n");
    REQUIRE_MESSAGE(wait_for([&] { return proc_.exited() || std::regex_search(proc_.out(), listening); },
                             std::chrono::seconds(30)),
                    "foi-searchd did not start: " << proc_.err());
    std::string out = proc_.out();
    REQUIRE_MESSAGE(std::regex_search(out, m, listening), "foi-searchd exited: " << proc_.err());
    port_ = std::stoi(m[1]);
  }
  // Status and body of a GET; status -1 when there was no HTTP answer at all.
  std::pair<int, std::string> get(const std::string& path) const {
    httplib::Client c("127.0.0.1", port_);
    c.set_connection_timeout(10);
    c.set_read_timeout(30);
    httplib::Result r = c.Get(path.c_str());
    if (!r) return {-1, ""};
    return {r->status, r->body};
  }
  // The JSON of a 200 answer, or null for any other answer.
  nlohmann::json json(const std::string& path) const {
    auto [status, body] = get(path);
    return status == 200 ? nlohmann::json::parse(body) : nlohmann::json();
  }

 private:
  Process proc_;
  int port_ = 0;
};

// Hits a search and /healthz in a loop from its own thread and tallies the statuses (doctest's checks stay on
// the test's thread). Stops and joins at the end of the scope.
class Poller {
 public:
  Poller(const Searchd& s, std::string query) : searchd_(s), query_(std::move(query)) {
    thread_ = std::thread([this] {
      while (!stop_) {
        for (const std::string& path : {"/api/search?q=" + query_, std::string("/healthz")}) {
          auto [status, body] = searchd_.get(path);
          std::lock_guard<std::mutex> lock(mutex_);
          ++statuses_[status];
          if (status != 200 && status != 503 && first_bad_.empty()) first_bad_ = path + " -> " + body;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      }
    });
  }
  ~Poller() { stop(); }
  Poller(const Poller&) = delete;
  Poller& operator=(const Poller&) = delete;

  void stop() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
  }
  std::map<int, int> statuses() {
    std::lock_guard<std::mutex> lock(mutex_);
    return statuses_;
  }
  std::string first_bad() {
    std::lock_guard<std::mutex> lock(mutex_);
    return first_bad_;
  }

 private:
  const Searchd& searchd_;
  std::string query_;
  std::atomic<bool> stop_{false};
  std::mutex mutex_;
  std::map<int, int> statuses_;
  std::string first_bad_;
  std::thread thread_;
};

// Every answer was a 200 or a 503 (a reader caught mid-flip), and there were some.
void check_only_200_or_503(Poller& p) {
  p.stop();
  std::map<int, int> s = p.statuses();
  int answered = 0;
  for (auto [status, n] : s) {
    CAPTURE(status);
    CHECK_MESSAGE((status == 200 || status == 503), n << " answers; first: " << p.first_bad());
    answered += n;
  }
  CHECK(answered > 0);
  MESSAGE("answers while syncing: " << answered << " (503: " << (s.count(503) ? s[503] : 0) << ")");
}

// What one `xapian-replicate -v -o` run reported.
struct Sync {
  int status = -1;
  int copies = -1, changesets = -1;
  std::string out, err;
};

// The master's parent directory served by xapian-replicate-server on a loopback port, and replicas of it.
class ReplicaSet {
 public:
  std::string master() const { return parent_ / kName; }
  std::string replica() const { return replicas_ / "replica"; }

  // foi-index into the master, keeping up to 10 changesets.
  void index(const std::string& corpus, int batch = 200) const {
    foi::test::RunResult r =
        run("XAPIAN_MAX_CHANGESETS=10 " + foi::test::bin_path("foi-index") + " --batch " +
            std::to_string(batch) + " --db '" + master() + "' '" + corpus + "'");
    CAPTURE(r.err);
    REQUIRE(r.status == 0);
  }

  // Starts the server on a free port; the first sync is the check that it listens.
  void serve() {
    for (int attempt = 0; attempt < 5 && !server_; ++attempt) {
      port_ = free_port();
      server_ = std::make_unique<Process>(std::vector<std::string>{
          "xapian-replicate-server", "-I", "127.0.0.1", "-p", std::to_string(port_), parent_.path()});
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      if (server_->exited()) server_.reset();  // the port was taken in between: pick another
    }
    REQUIRE(server_);
  }

  // One sync of the replica from the master; retried while the server is not yet listening.
  Sync sync(bool force_copy = false) const {
    Sync s;
    std::string cmd = "timeout -k 5 120 xapian-replicate -v -o -r 0 -t 30 -h 127.0.0.1 -p " +
                      std::to_string(port_) + (force_copy ? " -f" : "") + " -m " + kName + " '" + replica() +
                      "'";
    wait_for(
        [&] {
          foi::test::RunResult r = run(cmd);
          s.status = r.status;
          s.out = r.out;
          s.err = r.err;
          return r.status == 0 || r.err.find("Connection refused") == std::string::npos;
        },
        std::chrono::seconds(20));
    std::smatch m;
    if (std::regex_search(s.out, m, std::regex("Update complete: ([0-9]+) copies, ([0-9]+) changesets"))) {
      s.copies = std::stoi(m[1]);
      s.changesets = std::stoi(m[2]);
    }
    return s;
  }

  // The copy the replica's XAPIANDB stub names ("replica_0" or "replica_1") and the copies on disk.
  std::string live_copy() const {
    std::smatch m;
    std::string stub = read_file(replica() + "/XAPIANDB");
    return std::regex_search(stub, m, std::regex("\nauto (replica_[01])\n")) ? std::string(m[1]) : "";
  }
  std::vector<std::string> copies_on_disk() const {
    std::vector<std::string> v;
    for (const auto& e : fs::directory_iterator(replica()))
      if (e.is_directory()) v.push_back(e.path().filename().string());
    std::sort(v.begin(), v.end());
    return v;
  }

 private:
  static constexpr const char* kName = "foi";  // the master's path under the served directory
  TempDir parent_, replicas_;
  int port_ = 0;
  std::unique_ptr<Process> server_;
};

std::string master_revision(const std::string& master) {
  return std::to_string(Xapian::Database(master).get_revision());
}
int master_docs(const std::string& master) {
  std::string kind = std::string(foi::schema::kKindPrefix) + std::string(foi::schema::kDocumentKind);
  return static_cast<int>(Xapian::Database(master).get_termfreq(kind));
}

// /healthz on the replica shows the master's revision and document count.
bool healthz_matches(const Searchd& s, const std::string& master) {
  nlohmann::json h = s.json("/healthz");
  return !h.is_null() && h.at("revision") == master_revision(master) && h.at("docs") == master_docs(master);
}

int total_of(const Searchd& s, const std::string& q) {
  nlohmann::json j = s.json("/api/search?q=" + q);
  return j.is_null() ? -1 : j.at("total").get<int>();
}

// A master indexed from the fixture corpus, served, synced once (a full copy) and searched on the replica.
struct Replicated {
  TempDir corpus;
  ReplicaSet set;
  std::string copy_after_first_sync;

  Replicated() {
    foi::test::write_fixture_corpus(corpus.path());
    set.index(corpus.path());
    set.serve();
    Sync first = set.sync();
    CAPTURE(first.out);
    CAPTURE(first.err);
    REQUIRE(first.status == 0);
    CHECK(first.copies == 1);  // a new replica always starts with a full copy
    copy_after_first_sync = set.live_copy();
    REQUIRE(!copy_after_first_sync.empty());
  }
};

}  // namespace

TEST_CASE(
    "replica: changesets bring additions, changes and removals to a running searchd without a restart") {
  Replicated r;
  Searchd searchd(r.set.replica());  // the replica directory: Xapian opens its XAPIANDB stub
  CHECK(healthz_matches(searchd, r.set.master()));
  CHECK(total_of(searchd, "widget") == 4);
  CHECK(total_of(searchd, "sprocket") == 0);
  CHECK(searchd.get("/api/doc?id=widgets/essex-2020.txt").first == 200);

  write_file(r.corpus / "widgets/sprocket.txt",
             "Sprocket returns\nKent Police\nDate: 03/03/2021\nThe sprocket counts are exempt under Section "
             "31(3).\n");
  write_file(
      r.corpus / "widgets/kent-2019.txt",
      "Flange policy\nKent Police\nDate: 01/02/2019\nThe flange data is exempt under Section 31(3).\n");
  fs::remove(r.corpus / "widgets/essex-2020.txt");
  r.set.index(r.corpus.path(), 1);  // a batch per document: several changesets, fewer than ten
  CHECK(master_docs(r.set.master()) == 12);

  Poller poller(searchd, "widget");
  Sync s = r.set.sync();
  CAPTURE(s.out);
  CAPTURE(s.err);
  REQUIRE(s.status == 0);
  CHECK(s.copies == 0);
  CHECK(s.changesets >= 1);
  CHECK(r.set.live_copy() == r.copy_after_first_sync);  // applied in place: the stub did not flip
  CHECK(r.set.copies_on_disk() == std::vector<std::string>{r.copy_after_first_sync});

  CHECK(wait_for([&] { return healthz_matches(searchd, r.set.master()); }, kSeeWithin));
  CHECK(wait_for([&] { return total_of(searchd, "sprocket") == 1; }, kSeeWithin));
  CHECK(total_of(searchd, "flange") == 1);
  CHECK(total_of(searchd, "widget") == 2);  // kent-2019 says flange now; essex-2020 is gone
  CHECK(searchd.get("/api/doc?id=widgets/essex-2020.txt").first == 404);
  check_only_200_or_503(poller);
}

TEST_CASE("replica: a master re-created from scratch arrives as a full copy and searchd follows the flip") {
  Replicated r;
  Searchd searchd(r.set.replica() + "/XAPIANDB");  // the stub file itself opens the same way
  REQUIRE(healthz_matches(searchd, r.set.master()));
  std::string old_uuid = Xapian::Database(r.set.master()).get_uuid();

  TempDir fresh;
  write_file(
      fresh / "gasket.txt",
      "Gasket figures\nEssex Police\nDate: 05/06/2022\nThe gasket names are exempt under Section 40(2).\n");
  write_file(
      fresh / "widgets/kent-2019.txt",
      "Widget policy\nKent Police\nDate: 01/02/2019\nThe widget data is exempt under Section 31(3).\n");
  fs::remove_all(r.set.master());
  r.set.index(fresh.path());
  REQUIRE(Xapian::Database(r.set.master()).get_uuid() != old_uuid);

  Poller poller(searchd, "widget");
  Sync s = r.set.sync();
  CAPTURE(s.out);
  CAPTURE(s.err);
  REQUIRE(s.status == 0);
  CHECK(s.copies == 1);
  CHECK(s.changesets == 0);
  std::string flipped = r.set.live_copy();
  CHECK(flipped != r.copy_after_first_sync);  // the stub now names the other copy; the old one is deleted
  CHECK(r.set.copies_on_disk() == std::vector<std::string>{flipped});

  CHECK(wait_for([&] { return healthz_matches(searchd, r.set.master()); }, kSeeWithin));
  CHECK(wait_for([&] { return total_of(searchd, "gasket") == 1; }, kSeeWithin));
  CHECK(total_of(searchd, "widget") == 1);
  CHECK(total_of(searchd, "decoy") == 0);  // the seeds were only in the old master

  for (int i = 0; i < 4; ++i) {  // more flips under load: forced full copies of the same master
    Sync forced = r.set.sync(true);
    CAPTURE(forced.err);
    CHECK(forced.status == 0);
    CHECK(forced.copies == 1);
  }
  CHECK(r.set.live_copy() == flipped);  // four flips: back where it was
  CHECK(wait_for([&] { return healthz_matches(searchd, r.set.master()); }, kSeeWithin));
  CHECK(total_of(searchd, "gasket") == 1);
  check_only_200_or_503(poller);
}

TEST_CASE("replica: more commits than XAPIAN_MAX_CHANGESETS keeps fall back to a full copy") {
  Replicated r;
  Searchd searchd(r.set.replica());
  int before = master_docs(r.set.master());
  for (int i = 0; i < 12; ++i)
    write_file(r.corpus / ("cogs/cog-" + std::to_string(i) + ".txt"),
               "Cog note " + std::to_string(i) + "\nKent Police\nThe cogwheel list cites Section 31(3).\n");
  r.set.index(r.corpus.path(), 1);  // twelve commits: the changeset the replica needs next is gone
  REQUIRE(master_docs(r.set.master()) == before + 12);

  Poller poller(searchd, "cogwheel");
  Sync s = r.set.sync();
  CAPTURE(s.out);
  CAPTURE(s.err);
  REQUIRE(s.status == 0);
  CHECK(s.copies == 1);
  CHECK(s.changesets == 0);
  CHECK(r.set.live_copy() != r.copy_after_first_sync);

  CHECK(wait_for([&] { return total_of(searchd, "cogwheel") == 12; }, kSeeWithin));
  CHECK(healthz_matches(searchd, r.set.master()));

  write_file(r.corpus / "cogs/cog-0.txt", "Cog note 0\nKent Police\nThe ratchet list cites Section 31(3).\n");
  r.set.index(r.corpus.path());  // back within the window: the next sync is a changeset again
  Sync next = r.set.sync();
  CAPTURE(next.out);
  CAPTURE(next.err);
  CHECK(next.status == 0);
  CHECK(next.copies == 0);
  CHECK(next.changesets >= 1);
  CHECK(wait_for([&] { return total_of(searchd, "ratchet") == 1; }, kSeeWithin));
  check_only_200_or_503(poller);
}
