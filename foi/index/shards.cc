// Shard layout on disk.
#include "foi/index/shards.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "foi/base/hash.h"

namespace foi {
namespace {

namespace fs = std::filesystem;
constexpr const char* kStub = "XAPIANDB";

std::string shard_dir(size_t k) { return "shard-" + std::to_string(k); }

// The shard count of an existing stub we wrote ("auto shard-K" lines), or 0 when there is none.
size_t stub_shards(const std::string& dir) {
  std::ifstream in(fs::path(dir) / kStub);
  if (!in) return 0;
  size_t n = 0;
  for (std::string line; std::getline(in, line);)
    if (line.rfind("auto shard-", 0) == 0) ++n;
  return n;
}

}  // namespace

IndexLayout index_layout(const std::string& dir, size_t requested) {
  IndexLayout l{dir, 0, {}};
  size_t existing = stub_shards(dir);
  bool single = fs::exists(fs::path(dir) / "iamglass");
  if (existing && requested && requested != existing)
    throw ShardMismatch(dir + " holds " + std::to_string(existing) + " shards, not " + std::to_string(requested) +
                        ": documents would move between shards; index into a new directory instead");
  if (single && requested)
    throw ShardMismatch(dir + " is a single database, not " + std::to_string(requested) +
                        " shards; index into a new directory instead");
  l.shards = existing ? existing : (single ? 0 : requested);
  if (l.shards == 0) {
    l.paths.push_back(dir);
    return l;
  }
  for (size_t k = 0; k < l.shards; ++k) l.paths.push_back((fs::path(dir) / shard_dir(k)).string());
  return l;
}

void write_shard_stub(const IndexLayout& layout) {
  if (layout.shards == 0) return;
  std::ostringstream stub;
  for (size_t k = 0; k < layout.shards; ++k) stub << "auto " << shard_dir(k) << "\n";
  fs::path final_path = fs::path(layout.dir) / kStub, tmp = fs::path(layout.dir) / (std::string(kStub) + ".tmp");
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << stub.str();
    if (!out) throw std::runtime_error("cannot write " + tmp.string());
  }
  fs::rename(tmp, final_path);
}

size_t shard_of(std::string_view file_id, size_t n) { return n ? fnv1a64(file_id) % n : 0; }

}  // namespace foi
