// Directory walking with std::filesystem.
#include "foi/index/corpus_walk.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <string_view>
#include <system_error>
#include <unordered_set>
#include <utility>

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

// One entry of a directory being walked. Its key is its id's last component, with '/' after a directory's, so
// that sorting a directory's entries by key walks the whole root in id order ("a.txt" before "a/b.txt", as
// '.' sorts before '/').
struct Entry {
  std::string key;
  std::string name;  // the file name, when the key is not the same
  bool dir = false;
  bool link = false;
};

// A directory being walked: its sorted entries and how far the walk has come.
struct Frame {
  fs::path dir;
  std::string id_prefix;  // the directory's id with its '/' ("" for the root)
  std::vector<Entry> entries;
  size_t at = 0;
};

}  // namespace

struct CorpusWalk::Impl {
  std::vector<std::string> roots;  // as given
  size_t next_root = 0;
  fs::path given, real;  // the root being walked: ids are relative to `given`; `real` is its key
  std::vector<Frame> stack;
  std::optional<CorpusFile> single;  // a root that is a file
  std::vector<Rejection> rejected;
  std::vector<std::string> root_keys;
  std::set<std::string> incomplete;
  bool several = false;
  std::unordered_set<std::string> ids;  // with several roots: the ids walked

  void reject(const fs::path& p, std::string reason) { rejected.push_back({p.string(), std::move(reason)}); }

  // One directory level: an unreadable subdirectory costs only itself. It is reported, and its root marked
  // incomplete so that the run does not take its documents for deleted. Symbolic links to directories are not
  // followed (no loops).
  void enter(const fs::path& dir, std::string id_prefix) {
    Frame f{dir, std::move(id_prefix), {}, 0};
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::path& p = it->path();
      if (hidden(p)) continue;
      std::error_code sec;
      bool link = it->is_symlink(sec), dir_entry = !link && it->is_directory(sec);
      std::string name = p.filename().string(), key = file_id(name);
      if (dir_entry) key += '/';
      f.entries.push_back({key, key == name ? std::string() : name, dir_entry, link});
    }
    if (ec) {
      reject(dir, "unreadable directory: " + ec.message());
      incomplete.insert(real.string());
    }
    std::sort(f.entries.begin(), f.entries.end(),
              [](const Entry& a, const Entry& b) { return a.key < b.key; });
    stack.push_back(std::move(f));
  }

  // The file an entry names, or nullopt when it is rejected or passed over. A symbolic link whose real path
  // leaves the root's is rejected: a corpus must not make the indexer publish /etc/passwd.
  std::optional<CorpusFile> file_of(const Frame& f, const Entry& e) {
    fs::path p = f.dir / (e.name.empty() ? e.key : e.name);
    if (formats::is_ignored_name(p.filename().string())) return std::nullopt;
    std::error_code sec;
    if (!fs::exists(p, sec)) return reject(p, "unreadable: broken link"), std::nullopt;
    if (e.link) {
      fs::path target = fs::canonical(p, sec);
      if (sec) return reject(p, "unreadable: " + sec.message()), std::nullopt;
      if (!inside(target, real))
        return reject(p, "outside the root: " + p.string() + " -> " + target.string()), std::nullopt;
    }
    if (!fs::is_regular_file(p, sec)) {
      if (!fs::is_directory(p, sec)) reject(p, "not a regular file");
      return std::nullopt;
    }
    return CorpusFile{p.string(), f.id_prefix + e.key, real.string()};
  }

  // The next file of the roots, before the check for ids seen under an earlier root.
  std::optional<CorpusFile> next_found() {
    for (;;) {
      if (single) return std::exchange(single, std::nullopt);
      if (stack.empty() && !open_next_root()) return std::nullopt;
      if (stack.empty()) continue;
      Frame& f = stack.back();
      if (f.at == f.entries.size()) {
        stack.pop_back();
        continue;
      }
      const Entry& e = f.entries[f.at++];
      if (e.dir) {
        fs::path sub = f.dir / (e.name.empty() ? e.key.substr(0, e.key.size() - 1) : e.name);
        enter(sub, f.id_prefix + e.key);  // invalidates f
        continue;
      }
      if (std::optional<CorpusFile> file = file_of(f, e)) return file;
    }
  }

  bool open_next_root() {
    if (next_root == roots.size()) return false;
    given = fs::path(roots[next_root++]);
    real = fs::weakly_canonical(fs::absolute(given));
    root_keys.push_back(real.string());
    if (fs::is_directory(given))
      enter(given, "");
    else
      single = CorpusFile{given.string(), file_id(given.filename().string()), real.string()};
    return true;
  }
};

CorpusWalk::CorpusWalk(const std::vector<std::string>& roots) : impl_(new Impl) {
  for (const std::string& r : roots) {
    std::error_code ec;
    if (!fs::exists(r, ec)) throw MissingRoot(r + ": no such file or directory");
  }
  impl_->roots = roots;
  impl_->several = roots.size() > 1;
}

CorpusWalk::~CorpusWalk() = default;

// Ids are unique under one root (its relative paths are): a file whose id an earlier root's file has is
// rejected.
std::optional<CorpusFile> CorpusWalk::next() {
  while (std::optional<CorpusFile> f = impl_->next_found()) {
    if (!impl_->several || impl_->ids.insert(f->id).second) return f;
    impl_->reject(f->path, "duplicate id '" + f->id + "' (the same relative path under another root)");
  }
  return std::nullopt;
}

const std::vector<Rejection>& CorpusWalk::rejected() const { return impl_->rejected; }
const std::vector<std::string>& CorpusWalk::root_keys() const { return impl_->root_keys; }
const std::set<std::string>& CorpusWalk::incomplete_roots() const { return impl_->incomplete; }

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

}  // namespace foi
