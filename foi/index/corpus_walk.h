// Finding the files to index under the paths a user gave, each with its stable id.
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace foi {

struct CorpusFile {
  std::string path;      // as found (the root as given, joined with the relative path)
  std::string id;        // file_id of the path relative to its root ('/'-separated); a file given directly: of its name
  std::string root_key;  // the root's absolute path: documents are removed only under a root walked this run
};

struct Rejection {
  std::string path;
  std::string reason;
};

// A path given on the command line that does not exist: the run stops before touching the index.
class MissingRoot : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The files under the paths a user gave, one at a time: each root's files in id order, the roots in the order
// given. Each root is walked recursively, one directory at a time, so the walk holds the entries of the
// directories it is in (one per level), never the corpus's list: a million files cost what a thousand do.
// With several roots it also keeps the ids walked, to reject a second file of the same id. Hidden files and
// directories and a corpus's own README are passed over (formats/reader.h). A file or directory reached
// through a symbolic link is rejected ("outside the root: LINK -> TARGET") unless its real path is inside the
// root's real path; symbolic links to directories inside are not followed.
class CorpusWalk {
 public:
  // Throws MissingRoot when a root does not exist; reads no directory yet.
  explicit CorpusWalk(const std::vector<std::string>& roots);
  ~CorpusWalk();
  CorpusWalk(const CorpusWalk&) = delete;
  CorpusWalk& operator=(const CorpusWalk&) = delete;

  // The next file; nullopt when every root has been walked.
  std::optional<CorpusFile> next();
  // What could not be walked so far: broken links, unreadable directories, a second file of one id...
  const std::vector<Rejection>& rejected() const;
  // Each root's absolute path, in order: documents are removed only under a root walked this run.
  const std::vector<std::string>& root_keys() const;
  // The roots with a directory that could not be read: nothing is removed under them.
  const std::set<std::string>& incomplete_roots() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A document id from a path relative to its root: the path as it is, but with '%', '#' and every byte that is
// not part of valid UTF-8 written as %XX. So any file name gives a valid UTF-8 id that JSON and URLs carry
// unchanged, two names never give one id, and '#' in an id only ever starts a part of a file ("#3", the third
// message of an mbox) or a passage ("#p1").
std::string file_id(std::string_view relative_path);

// True when every byte of s is part of valid UTF-8, as in every id file_id gives.
bool is_utf8(std::string_view s);

}  // namespace foi
