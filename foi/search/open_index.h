// Opening the index for searching: a database directory (with or without a shard stub inside), or a stub file
// of databases and remote shards ("remote HOST:PORT", "auto PATH" lines), opened with our remote timeouts.
// A Xapian-side file.
#pragma once

#include <xapian.h>

#include <string>

namespace foi {

// Opens `path` as one database. Remote shards get `remote_timeout_seconds` for each operation and for
// connecting, so a shard that is down or stalled fails a request within that time instead of hanging it.
// Throws Xapian::Error.
Xapian::Database open_index(const std::string& path, double remote_timeout_seconds);

}  // namespace foi
