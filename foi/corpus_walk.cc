// Directory walking with std::filesystem.
#include "foi/corpus_walk.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "foi/formats/reader.h"

namespace foi {
namespace fs = std::filesystem;
namespace {

bool hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// One directory level at a time, so an unreadable subdirectory costs only itself: it is reported, and its root is
// marked incomplete so that the run does not take its documents for deleted. Symbolic links to directories are
// not followed (no loops).
void walk_into(const fs::path& root, const fs::path& dir, const std::string& key, Walk& out,
               std::vector<CorpusFile>& found) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  if (ec) {
    out.rejected.push_back({dir.string(), "unreadable directory: " + ec.message()});
    out.incomplete_roots.insert(key);
    return;
  }
  std::vector<fs::directory_entry> entries;
  for (; it != end; it.increment(ec)) {
    if (ec) {
      out.rejected.push_back({dir.string(), "unreadable directory: " + ec.message()});
      out.incomplete_roots.insert(key);
      break;
    }
    entries.push_back(*it);
  }
  for (const fs::directory_entry& e : entries) {
    const fs::path& p = e.path();
    if (hidden(p)) continue;
    std::error_code sec;
    if (e.is_directory(sec) && !e.is_symlink(sec)) {
      walk_into(root, p, key, out, found);
      continue;
    }
    if (formats::is_ignored_name(p.filename().string())) continue;
    if (!fs::exists(p, sec)) {
      out.rejected.push_back({p.string(), "unreadable: broken link"});
      continue;
    }
    if (!fs::is_regular_file(p, sec)) {
      if (!fs::is_directory(p, sec)) out.rejected.push_back({p.string(), "not a regular file"});
      continue;
    }
    found.push_back({p.string(), p.lexically_relative(root).generic_string(), key});
  }
}

void walk_directory(const fs::path& root, const std::string& key, Walk& out) {
  std::vector<CorpusFile> found;
  walk_into(root, root, key, out, found);
  std::sort(found.begin(), found.end(), [](const CorpusFile& a, const CorpusFile& b) { return a.id < b.id; });
  out.files.insert(out.files.end(), found.begin(), found.end());
}

}  // namespace

Walk walk_roots(const std::vector<std::string>& roots) {
  Walk out;
  for (const std::string& r : roots) {
    std::error_code ec;
    if (!fs::exists(r, ec)) throw MissingRoot(r + ": no such file or directory");
  }
  for (const std::string& r : roots) {
    fs::path root(r);
    std::string key = fs::weakly_canonical(fs::absolute(root)).string();
    out.root_keys.push_back(key);
    if (fs::is_directory(root)) walk_directory(root, key, out);
    else out.files.push_back({root.string(), root.filename().string(), key});
  }
  std::set<std::string> seen;
  std::vector<CorpusFile> unique;
  for (CorpusFile& f : out.files) {
    if (!seen.insert(f.id).second) {
      out.rejected.push_back({f.path, "duplicate id '" + f.id + "' (the same relative path under another root)"});
      continue;
    }
    unique.push_back(std::move(f));
  }
  out.files = std::move(unique);
  return out;
}

}  // namespace foi
