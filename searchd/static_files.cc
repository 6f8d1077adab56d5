// Static files from memory (static_files.h).
#include "searchd/static_files.h"

#include <httplib.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <system_error>

namespace foi::searchd {
namespace fs = std::filesystem;
namespace {

bool inside(const fs::path& root, const fs::path& p) {
  auto [r, q] = std::mismatch(root.begin(), root.end(), p.begin(), p.end());
  return r == root.end();
}

bool hidden(const fs::path& rel) {
  for (const fs::path& part : rel)
    if (!part.empty() && part.string()[0] == '.') return true;
  return false;
}

// httplib's routes are regular expressions; a file name is matched literally.
std::string literal_pattern(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::string content_type_for(const std::string& name) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"},     {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".svg", "image/svg+xml"},                  {".png", "image/png"},
      {".ico", "image/x-icon"},                   {".json", "application/json; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
  };
  std::string ext = fs::path(name).extension().string();
  for (const auto& [e, type] : kTypes)
    if (ext == e) return type;
  return "application/octet-stream";
}

StaticFiles load_static_files(const std::string& root_dir) {
  StaticFiles out;
  std::error_code ec;
  fs::path root = fs::canonical(root_dir, ec);
  if (ec) {
    out.skipped.push_back(root_dir + ": " + ec.message());
    return out;
  }
  for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    fs::path rel = it->path().lexically_relative(root);
    if (hidden(rel)) continue;
    std::error_code e;
    fs::path real = fs::canonical(it->path(), e);
    if (e) {
      out.skipped.push_back(rel.string() + ": " + e.message());
      continue;
    }
    if (!inside(root, real)) {
      out.skipped.push_back(rel.string() + ": a link out of the web root");
      continue;
    }
    if (!fs::is_regular_file(real, e)) continue;  // directories are walked (links to them are not followed)
    std::ifstream in(real, std::ios::binary);
    std::ostringstream body;
    body << in.rdbuf();
    if (!in) {
      out.skipped.push_back(rel.string() + ": unreadable");
      continue;
    }
    out.files.push_back({"/" + rel.generic_string(), content_type_for(rel.filename().string()), body.str()});
  }
  if (ec) out.skipped.push_back(root_dir + ": " + ec.message());
  return out;
}

void register_static_files(httplib::Server& server, const StaticFiles& files) {
  for (const StaticFile& f : files.files) {
    auto file = std::make_shared<const StaticFile>(f);
    auto handler = [file](const httplib::Request&, httplib::Response& res) {
      res.set_content(file->body, file->content_type);
    };
    server.Get(literal_pattern(f.path), handler);
    if (f.path == "/index.html") server.Get("/", handler);
  }
}

}  // namespace foi::searchd
