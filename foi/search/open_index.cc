// Stub files read here, so remote shards get our timeouts (Xapian's own stub reader uses its defaults).
#include "foi/search/open_index.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace foi {
namespace {

struct StubLine {
  std::string kind, target;  // "remote" and "HOST:PORT", or "auto" and a path
};

// The lines of a stub file we can open ourselves; empty when any line is of another kind (Xapian opens those).
std::vector<StubLine> read_stub(const std::string& path) {
  std::ifstream in(path);
  std::vector<StubLine> out;
  for (std::string line; std::getline(in, line);) {
    std::istringstream words(line);
    StubLine s;
    words >> s.kind;
    if (s.kind.empty() || s.kind[0] == '#') continue;
    if (s.kind != "remote" && s.kind != "auto" && s.kind != "glass") return {};
    words >> s.target;
    std::string extra;
    if (s.target.empty() || (words >> extra)) return {};  // "remote PROGRAM ARGS": Xapian's to open
    if (s.kind == "remote" && s.target.find(':') == std::string::npos) return {};
    out.push_back(s);
  }
  return out;
}

Xapian::Database open_line(const StubLine& s, const std::filesystem::path& base, unsigned timeout_ms) {
  if (s.kind != "remote") {
    std::filesystem::path p(s.target);
    return Xapian::Database((p.is_absolute() ? p : base / p).string());
  }
  size_t colon = s.target.rfind(':');
  std::string host = colon == 0 ? "127.0.0.1" : s.target.substr(0, colon);
  unsigned port = static_cast<unsigned>(std::stoul(s.target.substr(colon + 1)));
  return Xapian::Remote::open(host, port, timeout_ms, timeout_ms);
}

}  // namespace

Xapian::Database open_index(const std::string& path, double remote_timeout_seconds) {
  if (!std::filesystem::is_regular_file(path)) return Xapian::Database(path);
  std::vector<StubLine> lines;
  try {
    lines = read_stub(path);
  } catch (const std::exception&) {  // a port that is not a number
    lines.clear();
  }
  if (lines.empty()) return Xapian::Database(path);
  auto timeout_ms = static_cast<unsigned>(remote_timeout_seconds * 1000);
  std::filesystem::path base = std::filesystem::path(path).parent_path();
  Xapian::Database db;
  for (const StubLine& s : lines) db.add_database(open_line(s, base, timeout_ms));
  return db;
}

}  // namespace foi
