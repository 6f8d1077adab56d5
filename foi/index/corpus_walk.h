// Finding the files to index under the paths a user gave, each with its stable id.
#pragma once

#include <stdexcept>
#include <set>
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

struct Walk {
  std::vector<CorpusFile> files;     // sorted by id within each root
  std::vector<Rejection> rejected;   // entries that could not be read (broken links, unreadable directories...)
  std::vector<std::string> root_keys;
  std::set<std::string> incomplete_roots;  // roots with a directory that could not be read: nothing is removed there
};

// A path given on the command line that does not exist: the run stops before touching the index.
class MissingRoot : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Walks each root recursively. Hidden files and directories and a corpus's own README are passed over
// (formats/reader.h). Two files with the same id under different roots: the second is rejected. A file or
// directory reached through a symbolic link is rejected ("outside the root: LINK -> TARGET") unless its real path
// is inside the root's real path; symbolic links to directories inside are not followed.
Walk walk_roots(const std::vector<std::string>& roots);

// A document id from a path relative to its root: the path as it is, but with '%', '#' and every byte that is
// not part of valid UTF-8 written as %XX. So any file name gives a valid UTF-8 id that JSON and URLs carry
// unchanged, two names never give one id, and '#' in an id only ever starts a part of a file ("#3", the third
// message of an mbox) or a passage ("#p1").
std::string file_id(std::string_view relative_path);

// True when every byte of s is part of valid UTF-8, as in every id file_id gives.
bool is_utf8(std::string_view s);

}  // namespace foi
