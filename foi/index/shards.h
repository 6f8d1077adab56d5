// An index split into shards: N glass databases DIR/shard-0 ... DIR/shard-(N-1) and a stub file DIR/XAPIANDB that
// opens them as one (Xapian's own stub format, so any Xapian reader opens DIR). A file's documents go to the
// shard chosen by a stable hash of the file's id.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace foi {

// The shard count asked for does not match the index on disk.
class ShardMismatch : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct IndexLayout {
  std::string dir;
  size_t shards = 0;                // 0: one database in dir itself
  std::vector<std::string> paths;   // the database directories to write: dir, or dir/shard-K
};

// The layout of the index at `dir` for a run that asks for `requested` shards (0: whatever the index has, or one
// database for a new one). Throws ShardMismatch when an existing index has another shard count, or is a single
// database and shards are asked for. Touches nothing on disk.
IndexLayout index_layout(const std::string& dir, size_t requested);

// Writes DIR/XAPIANDB for a sharded layout (after its shard databases exist), replacing it atomically.
void write_shard_stub(const IndexLayout& layout);

// The shard of a file id among n: FNV-1a of the id, modulo n.
size_t shard_of(std::string_view file_id, size_t n);

}  // namespace foi
