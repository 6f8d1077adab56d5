// The page's static files: read once from the web root at start-up and served from memory by literal routes, so
// no request can reach a file the root did not hold when searchd started.
#pragma once

#include <string>
#include <vector>

namespace httplib {
class Server;
}

namespace foi::searchd {

struct StaticFile {
  std::string path;          // URL path: "/" + the file's path under the root ('/'-separated)
  std::string content_type;  // from the served file's own extension
  std::string body;
};

struct StaticFiles {
  std::vector<StaticFile> files;
  std::vector<std::string> skipped;  // "<path>: <reason>" for each entry that is not served
};

// Regular files under root, recursively, hidden names left out. A symbolic link is served only when its target
// lies inside the root (resolved once, here); others are skipped with their reason, as are unreadable files.
StaticFiles load_static_files(const std::string& root);

// GET/HEAD routes for each file, and "/" for index.html.
void register_static_files(httplib::Server& server, const StaticFiles& files);

// The content type for a file name, by its extension; application/octet-stream when unknown.
std::string content_type_for(const std::string& name);

}  // namespace foi::searchd
