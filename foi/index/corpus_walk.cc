// Directory walking with std::filesystem.
#include "foi/index/corpus_walk.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <string_view>
#include <system_error>
#include <unordered_set>

#include "foi/formats/reader.h"

namespace foi {
namespace fs = std::filesystem;
namespace {

bool hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// The length of the valid UTF-8 sequence that starts at s[i]; 0 when none does (a stray continuation byte, an
// overlong form, a surrogate, a code point past U+10FFFF, a cut sequence).
size_t utf8_sequence(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = at(i), lo = 0x80, hi = 0xBF;
  size_t n = 0;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c == 0xE0) n = 3, lo = 0xA0;
  else if (c == 0xED) n = 3, hi = 0x9F;
  else if (c >= 0xE1 && c <= 0xEF) n = 3;
  else if (c == 0xF0) n = 4, lo = 0x90;
  else if (c == 0xF4) n = 4, hi = 0x8F;
  else if (c >= 0xF1 && c <= 0xF3) n = 4;
  else return 0;
  if (i + n > s.size() || at(i + 1) < lo || at(i + 1) > hi) return 0;
  for (size_t k = 2; k < n; ++k)
    if (at(i + k) < 0x80 || at(i + k) > 0xBF) return 0;
  return n;
}

// True when `real` is `root` or lies under it (both canonical), compared by whole path components.
bool inside(const fs::path& real, const fs::path& root) {
  auto x = real.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++x)
    if (x == real.end() || *x != *r) return false;
  return true;
}

// A root being walked.
struct Root {
  fs::path given;  // as given: ids are relative to it
  fs::path real;   // its canonical path, which is also its key
};

// One directory level at a time, so an unreadable subdirectory costs only itself: it is reported, and its root is
// marked incomplete so that the run does not take its documents for deleted. Symbolic links to directories are
// not followed (no loops). A symbolic link whose real path leaves the root's is rejected: a corpus must not make
// the indexer publish /etc/passwd.
void walk_into(const Root& root, const fs::path& dir, Walk& out, std::vector<CorpusFile>& found) {
  const std::string key = root.real.string();
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
    bool link = e.is_symlink(sec);
    if (e.is_directory(sec) && !link) {
      walk_into(root, p, out, found);
      continue;
    }
    if (formats::is_ignored_name(p.filename().string())) continue;
    if (!fs::exists(p, sec)) {
      out.rejected.push_back({p.string(), "unreadable: broken link"});
      continue;
    }
    if (link) {
      fs::path real = fs::canonical(p, sec);
      if (sec) {
        out.rejected.push_back({p.string(), "unreadable: " + sec.message()});
        continue;
      }
      if (!inside(real, root.real)) {
        out.rejected.push_back({p.string(), "outside the root: " + p.string() + " -> " + real.string()});
        continue;
      }
    }
    if (!fs::is_regular_file(p, sec)) {
      if (!fs::is_directory(p, sec)) out.rejected.push_back({p.string(), "not a regular file"});
      continue;
    }
    found.push_back({p.string(), file_id(p.lexically_relative(root.given).generic_string()), key});
  }
}

void walk_directory(const fs::path& root, const std::string& key, Walk& out) {
  std::vector<CorpusFile> found;
  walk_into({root, fs::path(key)}, root, out, found);
  std::sort(found.begin(), found.end(), [](const CorpusFile& a, const CorpusFile& b) { return a.id < b.id; });
  if (out.files.empty())
    out.files = std::move(found);  // the first root: no second copy of its list
  else
    out.files.insert(out.files.end(), std::make_move_iterator(found.begin()),
                     std::make_move_iterator(found.end()));
}

// Drops each file whose id an earlier root's file has (ids are unique under one root: its relative paths
// are), without copying the list: the ids are looked up in place, then the rejected files erased.
void reject_duplicate_ids(Walk& out) {
  if (out.root_keys.size() < 2) return;
  std::unordered_set<std::string_view> ids;
  std::vector<bool> duplicate(out.files.size());
  for (size_t i = 0; i < out.files.size(); ++i) {
    const CorpusFile& f = out.files[i];
    if (ids.insert(f.id).second) continue;
    duplicate[i] = true;
    out.rejected.push_back(
        {f.path, "duplicate id '" + f.id + "' (the same relative path under another root)"});
  }
  ids.clear();
  size_t kept = 0;
  for (size_t i = 0; i < out.files.size(); ++i)
    if (!duplicate[i]) out.files[kept++] = std::move(out.files[i]);
  out.files.resize(kept);
}

}  // namespace

std::string file_id(std::string_view relative_path) {
  static const char* hex = "0123456789ABCDEF";
  std::string id;
  id.reserve(relative_path.size());
  for (size_t i = 0; i < relative_path.size();) {
    size_t n = utf8_sequence(relative_path, i);
    char c = relative_path[i];
    if (n == 0 || c == '%' || c == '#') {
      unsigned char b = static_cast<unsigned char>(c);
      id += '%';
      id += hex[b >> 4];
      id += hex[b & 15];
      ++i;
      continue;
    }
    id.append(relative_path.substr(i, n));
    i += n;
  }
  return id;
}

bool is_utf8(std::string_view s) {
  for (size_t i = 0, n = 0; i < s.size(); i += n)
    if ((n = utf8_sequence(s, i)) == 0) return false;
  return true;
}

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
    else out.files.push_back({root.string(), file_id(root.filename().string()), key});
  }
  reject_duplicate_ids(out);
  return out;
}

}  // namespace foi
