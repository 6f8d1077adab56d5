// A real foi-searchd on a free loopback port over a fixture corpus indexed by the real foi-index.
#pragma once

#include <doctest/doctest.h>
#include <fcntl.h>
#include <httplib.h>
#include <signal.h>
#include <spawn.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "test_util.h"

namespace foi::test {

// The seeds plus small documents whose facets the tests can count by hand.
inline void write_fixture_corpus(const std::string& dir) {
  for (const char* s : {"000_7c431f6c32de453a.txt", "001_b455801c96e30f6e.txt", "002_8945b82075d5d1a2.txt",
                        "003_b8f8d31a9d1c8c2e.txt", "004_aaea4b360a23c9d5.txt"})
    write_file(dir + "/" + s, read_file(source_path("corpus/") + s));
  write_file(dir + "/widgets/kent-2019.txt",
             "Widget data\nKent Police\nDate: 01/02/2019\nThe widget data is exempt under Section 31(3).\n");
  write_file(dir + "/widgets/essex-2020.txt",
             "Widget figures\nEssex Police\nDate: 05/06/2020\nThe widget names are exempt under Section 40(2).\n");
  write_file(dir + "/widgets/kent-2020.txt",
             "Widget tenders\nKent Police\nDate: 10/10/2020\nWidget details: Section 40(2) and Section 31(3) "
             "apply.\n");
  write_file(dir + "/widgets/undated.txt", "Widget memo\nKent Police\nA widget note citing Section 31(3).\n");
  // Guidance explains a ground without relying on it: found by its words, never under the exemption facet.
  write_file(dir + "/lathe-guidance.txt",
             "Lathe policy\nThis policy explains when Section 31(3) may be relied on for lathes.\n");
  std::string many;  // 250 distinct words starting "wq": a wildcard that expands too far
  for (int i = 0; i < 250; ++i) many += "wq" + std::to_string(1000 + i) + " ";
  write_file(dir + "/many-words.txt", "Word list\n" + many + "\n");
  write_file(dir + "/xss/<img src=x onerror=alert(1)>.txt",
             "<script>window.pwned=1</script> Suffolk Constabulary\n"
             "The gizmo <img src=x onerror=alert(1)> and \"><svg onload=alert(2)> and "
             "<a href=\"javascript:alert(3)\">link</a> gizmo.\n");
}

// Starts foi-searchd on 127.0.0.1 with a port the kernel picks; stops it at the end of the scope.
class Searchd {
 public:
  explicit Searchd(const std::string& db, const std::vector<std::string>& extra = {}) {
    std::string bin = bin_path("foi-searchd");
    out_ = dir_ / "out";
    std::vector<const char*> argv = {bin.c_str(), "--db", db.c_str(), "--listen", "127.0.0.1:0", "--quiet"};
    for (const std::string& e : extra) argv.push_back(e.c_str());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, out_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&fa, 2, (dir_ / "err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    REQUIRE(posix_spawn(&pid_, bin.c_str(), &fa, nullptr, const_cast<char**>(argv.data()), environ) == 0);
    posix_spawn_file_actions_destroy(&fa);
    for (int i = 0; i < 200 && port_ == 0; ++i) {  // waits for "listening on http://127.0.0.1:PORT"
      std::string out = read_file(out_);
      size_t colon = out.rfind(':');
      if (out.find("listening on") != std::string::npos && out.find('\n') != std::string::npos)
        port_ = std::stoi(out.substr(colon + 1));
      else std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    if (port_ == 0) stop();  // never leave a daemon behind a failed start
    REQUIRE(port_ > 0);
  }
  ~Searchd() { stop(); }
  void stop() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = 0;
  }
  Searchd(const Searchd&) = delete;
  Searchd& operator=(const Searchd&) = delete;

  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  httplib::Result get(const std::string& path) const {
    httplib::Client c("127.0.0.1", port_);
    c.set_url_encode(false);  // send the path as written, as a browser's address bar would
    return c.Get(path.c_str());
  }
  // GET and parse the JSON body; checks the JSON content type.
  nlohmann::json json(const std::string& path, int expected_status = 200) const {
    httplib::Result r = get(path);
    REQUIRE(r);
    CHECK(r->status == expected_status);
    CHECK(r->get_header_value("Content-Type") == "application/json; charset=utf-8");
    return nlohmann::json::parse(r->body);
  }

 private:
  TempDir dir_;
  std::string out_;
  pid_t pid_ = 0;
  int port_ = 0;
};

// Indexes the fixture corpus once per test binary run into a temporary database.
struct FixtureIndex {
  TempDir corpus, out;
  std::string db;
  FixtureIndex() : db(out / "db") {
    write_fixture_corpus(corpus.path());
    RunResult r = run(bin_path("foi-index") + " --db '" + db + "' '" + corpus.path() + "'");
    REQUIRE(r.status == 0);
  }
};

// One fixture index for every test file that only reads it (built once per run, not once per file).
inline FixtureIndex& shared_fixture() {
  static FixtureIndex f;
  return f;
}

inline std::vector<std::string> ids_of(const nlohmann::json& j) {
  std::vector<std::string> ids;
  for (const auto& h : j.at("hits")) ids.push_back(h.at("id").get<std::string>());
  return ids;
}

// facet value -> count, for one facet of an answer.
inline std::map<std::string, int> counts_of(const nlohmann::json& j, const std::string& facet) {
  std::map<std::string, int> m;
  for (const auto& v : j.at("facets").at(facet)) m[v.at("value").get<std::string>()] = v.at("count").get<int>();
  return m;
}

}  // namespace foi::test
