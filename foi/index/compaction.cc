// Staging and compacting a build from empty.
#include "foi/index/compaction.h"

#include <xapian.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include "foi/index/index_writer.h"

namespace foi {
namespace {

namespace fs = std::filesystem;

// `dir` without a trailing separator, so "db/" stages in "db.building", not "db/.building".
fs::path plain(const std::string& dir) {
  fs::path p = fs::path(dir).lexically_normal();
  return p.has_filename() ? p : p.parent_path();
}

fs::path with_suffix(const std::string& dir, const char* suffix) {
  fs::path p = plain(dir);
  return p.parent_path() / (p.filename().string() + suffix);
}

void fail(const std::string& what, const std::error_code& ec) {
  throw IndexError(what + ": " + ec.message());
}

}  // namespace

std::optional<std::string> staging_dir(const std::string& dir) {
  std::error_code ec;
  fs::path p = plain(dir);
  if (fs::exists(p, ec) && !(fs::is_directory(p, ec) && fs::is_empty(p, ec))) return std::nullopt;
  return with_suffix(dir, ".building").string();
}

void compact_into_place(const IndexLayout& staged, const std::string& dir) {
  fs::path out = with_suffix(dir, ".compacting");
  std::error_code ec;
  fs::remove_all(out, ec);  // a compaction a killed run left half done
  if (ec) fail("cannot remove " + out.string(), ec);
  fs::create_directories(out, ec);
  if (ec) fail("cannot create " + out.string(), ec);
  IndexLayout compacted{out.string(), staged.shards, {}};
  try {
    for (const std::string& db : staged.paths) {
      fs::path target = staged.shards ? out / fs::path(db).filename() : out;
      compacted.paths.push_back(target.string());
      Xapian::Database(db).compact(target.string(), Xapian::DBCOMPACT_NO_RENUMBER);
    }
  } catch (const Xapian::Error& e) {
    throw IndexError("compacting the new index: " + e.get_description());
  }
  write_shard_stub(compacted);
  fs::path target = plain(dir);
  if (std::rename(out.c_str(), target.c_str()) != 0)  // atomic; replaces `dir` only when it is empty
    fail("cannot move the new index to " + target.string(), std::error_code(errno, std::generic_category()));
}

void remove_staging(const std::string& staging) {
  // Renamed first, so a removal that fails half way never leaves a half-deleted build for the next one to
  // reuse.
  fs::path doomed = with_suffix(staging, ".removing");
  std::error_code ec;
  fs::remove_all(doomed, ec);
  fs::rename(staging, doomed, ec);
  if (!ec) fs::remove_all(doomed, ec);
}

}  // namespace foi
