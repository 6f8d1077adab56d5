// CorpusWalk: each root's files in id order, one directory at a time, with what it passes over and rejects.
#include "foi/index/corpus_walk.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "test_util.h"

namespace {

namespace fs = std::filesystem;
using foi::test::TempDir;
using foi::test::write_file;

std::vector<std::string> ids_of(foi::CorpusWalk& walk) {
  std::vector<std::string> ids;
  while (std::optional<foi::CorpusFile> f = walk.next()) ids.push_back(f->id);
  return ids;
}

bool rejected_with(const foi::CorpusWalk& walk, const std::string& reason_start) {
  for (const foi::Rejection& r : walk.rejected())
    if (r.reason.rfind(reason_start, 0) == 0) return true;
  return false;
}

}  // namespace

TEST_CASE(
    "corpus walk: the files of a tree come in the order of their ids, as one sorted list would give them") {
  // Names whose ids sort across directory boundaries: '.', '-' and '#' (written %23) all sort before '/'.
  struct Case {
    std::vector<std::string> files;
  } cases[] = {
      {{"a.txt", "a/b.txt", "a-b.txt", "ab.txt"}},
      {{"x/y/z.txt", "x/y.txt", "x.y/z.txt", "x#1.txt", "x%.txt", "x 2.txt"}},
      {{"2024/12/01.txt", "2024/1/31.txt", "2024/12.txt", "2024-12.txt", "\xff.txt", "\xc3\xa9.txt"}},
      {{"only.txt"}},
      {{}},
  };
  for (const Case& c : cases) {
    TempDir dir;
    std::vector<std::string> want;
    for (const std::string& f : c.files) {
      write_file(dir / f, "text");
      want.push_back(foi::file_id(f));
    }
    std::sort(want.begin(), want.end());
    CAPTURE(want);
    foi::CorpusWalk walk({dir.path()});
    CHECK(ids_of(walk) == want);
    CHECK(walk.rejected().empty());
    CHECK(walk.root_keys() == std::vector<std::string>{fs::canonical(dir.path()).string()});
  }
}

TEST_CASE("corpus walk: a directory is read when the walk reaches it, not before") {
  TempDir dir;
  write_file(dir / "a/1.txt", "text");
  write_file(dir / "b/1.txt", "text");
  foi::CorpusWalk walk({dir.path()});
  REQUIRE(walk.next()->id == "a/1.txt");
  write_file(dir / "b/0.txt", "written after the walk began");  // b/ has not been read yet
  CHECK(ids_of(walk) == std::vector<std::string>{"b/0.txt", "b/1.txt"});
}

TEST_CASE("corpus walk: hidden files, a README, links that leave the root and a second file of one id") {
  TempDir a, b, outside;
  write_file(a / "kept.txt", "text");
  write_file(a / ".hidden.txt", "text");
  write_file(a / ".git/config", "text");
  write_file(a / "README.md", "about the corpus");
  write_file(outside / "secret.txt", "text");
  fs::create_symlink(outside / "secret.txt", a / "leak.txt");
  fs::create_symlink(a / "kept.txt", a / "alias.txt");  // inside the root: a file like any other
  fs::create_symlink(a / "gone.txt", a / "broken.txt");
  fs::create_directories(a / "subdir");
  fs::create_directory_symlink(a / "subdir", a / "loop");  // a link to a directory is not followed
  write_file(b / "kept.txt", "the same id under another root");
  write_file(b / "other.txt", "text");
  foi::CorpusWalk walk({a.path(), b.path()});
  CHECK(ids_of(walk) == std::vector<std::string>{"alias.txt", "kept.txt", "other.txt"});
  CHECK(rejected_with(walk, "outside the root: "));
  CHECK(rejected_with(walk, "unreadable: broken link"));
  CHECK(rejected_with(walk, "duplicate id 'kept.txt'"));
  CHECK(walk.rejected().size() == 3);
  CHECK(walk.root_keys().size() == 2);
  CHECK(walk.incomplete_roots().empty());
}

TEST_CASE("corpus walk: a root that is a file, and one that does not exist") {
  TempDir dir;
  write_file(dir / "one letter.txt", "text");
  foi::CorpusWalk walk({dir / "one letter.txt"});
  std::optional<foi::CorpusFile> f = walk.next();
  REQUIRE(f);
  CHECK(f->id == "one letter.txt");
  CHECK(f->path == dir / "one letter.txt");
  CHECK_FALSE(walk.next());
  CHECK_THROWS_AS(foi::CorpusWalk({dir / "missing"}), foi::MissingRoot);
}
