// The library's parts (ARCHITECTURE.md "Parts"): the rule is read from that table, and every #include under foi/,
// indexer/ and searchd/ is checked against it, with no loop of includes anywhere; the README's guide and the
// documents name only files that exist.
#include <doctest/doctest.h>
#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace {

namespace fs = std::filesystem;

struct PartRule {
  std::set<std::string> may_include;   // other parts
  std::vector<std::string> libraries;  // include prefixes only this part (and others naming them) may use
};
using Rules = std::map<std::string, PartRule>;

// The backticked words of one table cell.
std::vector<std::string> ticked(const std::string& cell) {
  std::vector<std::string> out;
  static const std::regex word("`([^`]+)`");
  for (std::sregex_iterator it(cell.begin(), cell.end(), word), end; it != end; ++it) out.push_back((*it)[1]);
  return out;
}

std::vector<std::string> cells(const std::string& row) {
  std::vector<std::string> out;
  std::string cell;
  std::istringstream in(row.substr(1));
  while (std::getline(in, cell, '|')) out.push_back(cell);
  return out;
}

// The "## Parts" table: | `part` | `may` `include` | `library/` `prefixes` | what |
Rules parse_parts(const std::string& markdown) {
  Rules rules;
  size_t at = markdown.find("\n## Parts\n");
  if (at == std::string::npos) return rules;
  std::istringstream in(markdown.substr(at + 10));
  std::string line;
  while (std::getline(in, line) && line.rfind("## ", 0) != 0) {
    if (line.rfind("| `", 0) != 0) continue;
    std::vector<std::string> c = cells(line);
    if (c.size() < 3) continue;
    std::vector<std::string> name = ticked(c[0]), may = ticked(c[1]);
    if (name.size() != 1) continue;
    rules[name[0]] = {std::set<std::string>(may.begin(), may.end()), ticked(c[2])};
  }
  return rules;
}

// The part a repository path belongs to: foi/<part>/..., indexer/..., searchd/...; "" if none.
std::string part_of(const std::string& path) {
  if (path.rfind("foi/", 0) == 0) {
    size_t slash = path.find('/', 4);
    return slash == std::string::npos ? "" : path.substr(4, slash - 4);
  }
  size_t slash = path.find('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

// What is wrong with one file's includes: an arrow to a part it may not use, a file that does not exist, or an
// outside library that belongs to another part.
std::vector<std::string> include_problems(const std::string& path, const std::string& text, const Rules& rules,
                                          const std::function<bool(const std::string&)>& exists) {
  std::vector<std::string> problems;
  std::string part = part_of(path);
  auto rule = rules.find(part);
  if (rule == rules.end()) return {path + ": in no part"};
  static const std::regex include(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])");
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    std::smatch m;
    if (!std::regex_search(line, m, include)) continue;
    std::string target = m[2];
    if (m[1] == "\"" && target.rfind("foi/", 0) == 0) {
      std::string to = part_of(target);
      if (!exists(target)) problems.push_back(path + ": includes missing " + target);
      if (to != part && !rule->second.may_include.count(to))
        problems.push_back(path + ": " + part + " may not include " + target);
      continue;
    }
    for (const auto& [other, other_rule] : rules) {
      for (const std::string& prefix : other_rule.libraries) {
        if (target.rfind(prefix, 0) != 0) continue;
        const auto& mine = rule->second.libraries;
        if (std::find(mine.begin(), mine.end(), prefix) == mine.end())
          problems.push_back(path + ": " + part + " may not include <" + target + "> (" + other + "'s)");
      }
    }
  }
  return problems;
}

// A file and its header are one unit ("foi/extract/dates"); a unit's arrows are what either file includes.
using Graph = std::map<std::string, std::set<std::string>>;

std::string unit_of(const std::string& path) { return path.substr(0, path.rfind('.')); }

void add_includes(Graph& graph, const std::string& path, const std::string& text) {
  static const std::regex include(R"re(^\s*#\s*include\s*"(foi/[^"]+)")re");
  std::string from = unit_of(path);
  graph[from];
  std::istringstream in(text);
  std::string line;
  std::smatch m;
  while (std::getline(in, line))
    if (std::regex_search(line, m, include) && unit_of(m[1]) != from) graph[from].insert(unit_of(m[1]));
}

// Each unit that can reach itself, with the path back: "a -> b -> a".
std::vector<std::string> include_cycles(const Graph& graph) {
  std::vector<std::string> cycles;
  for (const auto& [start, next] : graph) {
    std::map<std::string, std::string> came_from;  // breadth first from start
    std::vector<std::string> queue(next.begin(), next.end());
    for (const std::string& n : next) came_from.emplace(n, start);
    for (size_t i = 0; i < queue.size(); ++i) {
      if (queue[i] == start) {
        std::string cycle = start;
        for (std::string at = came_from[start]; at != start; at = came_from[at]) cycle = at + " -> " + cycle;
        cycles.push_back(start + " -> " + cycle);
        break;
      }
      auto it = graph.find(queue[i]);
      if (it == graph.end()) continue;
      for (const std::string& n : it->second)
        if (came_from.emplace(n, queue[i]).second) queue.push_back(n);
    }
  }
  return cycles;
}

// Paths a document names that do not exist: backticked words that start with a top-level folder, and in a table
// row whose first cell is a folder, the bare file names (`reader.*`) of the other cells, read inside that folder.
std::vector<std::string> missing_paths(const std::string& markdown,
                                       const std::function<bool(const std::string&)>& exists) {
  // Lower case only: `bench/results/SIZE.json` names a pattern, not a file.
  static const std::regex rooted(
      R"(^(foi|indexer|searchd|web|tests|scripts|bench|fuzz|tools|deploy|docs|corpus)/[a-z0-9_./*-]*$)");
  static const std::regex bare(R"(^[a-z_]+\.(\*|h|cc|js|mjs|sh|py)$)");
  std::vector<std::string> missing;
  std::istringstream in(markdown);
  std::string line;
  while (std::getline(in, line)) {
    std::string folder;
    if (line.rfind("| `", 0) == 0) {
      std::vector<std::string> first = ticked(cells(line)[0]);
      if (first.size() == 1 && !first[0].empty() && first[0].back() == '/') folder = first[0];
    }
    for (const std::string& word : ticked(line)) {
      std::string path;
      if (std::regex_match(word, rooted)) path = word;
      else if (!folder.empty() && std::regex_match(word, bare)) path = folder + word;
      if (!path.empty() && !exists(path)) missing.push_back(path);
    }
  }
  return missing;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

// A path that exists; a `*` in its last part matches as in the shell ("dates.*", "shards-*.md").
bool exists_in(const std::string& root, const std::string& path) {
  fs::path p = fs::path(root) / path;
  std::string name = p.filename();
  if (name.find('*') == std::string::npos) return fs::exists(p);
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(p.parent_path(), ec))
    if (fnmatch(name.c_str(), entry.path().filename().c_str(), 0) == 0) return true;
  return false;
}

const char* kSample = R"(# x

## Parts
| part | may include | libraries | what |
|---|---|---|---|
| `base` | | `unicode/` | bits |
| `extract` | `base` | | values |
| `search` | `base` `extract` | `xapian.h` | results |

## Next
| `later` | `base` | | not a part |
)";

}  // namespace

TEST_CASE("layering: the rule table is read from the document; a wrong include and a loop are named") {
  Rules rules = parse_parts(kSample);
  REQUIRE(rules.size() == 3);
  CHECK(rules.at("search").may_include == std::set<std::string>{"base", "extract"});
  CHECK(rules.at("base").libraries == std::vector<std::string>{"unicode/"});
  auto all_exist = [](const std::string&) { return true; };
  struct Case {
    const char* path;
    const char* text;
    size_t problems;
  };
  const Case cases[] = {
      {"foi/extract/dates.cc", "#include \"foi/base/text.h\"\n#include <string>\n", 0},
      {"foi/extract/dates.cc", "#include \"foi/extract/dates.h\"\n", 0},   // its own part
      {"foi/extract/dates.cc", "#include \"foi/search/search.h\"\n", 1},   // an arrow upward
      {"foi/base/text.cc", "  #  include \"foi/extract/acts.h\"\n", 1},   // spacing does not hide it
      {"foi/extract/dates.cc", "#include <unicode/ucnv.h>\n", 1},         // base's library
      {"foi/search/search.cc", "#include <xapian.h>\n#include <unicode/x.h>\n", 1},
      {"foi/loose.cc", "", 1},                                              // a file in no part
  };
  for (const Case& c : cases) {
    CAPTURE(c.path);
    CAPTURE(c.text);
    CHECK(include_problems(c.path, c.text, rules, all_exist).size() == c.problems);
  }
  Graph graph;
  add_includes(graph, "foi/extract/citations.cc",
               "#include \"foi/extract/citations.h\"\n#include \"foi/extract/context.h\"\n");
  add_includes(graph, "foi/extract/context.h", "#include \"foi/extract/citations.h\"\n");
  add_includes(graph, "foi/extract/dates.cc", "#include \"foi/base/text.h\"\n");
  CHECK(joined(include_cycles(graph)) ==
        "foi/extract/citations -> foi/extract/context -> foi/extract/citations\n"
        "foi/extract/context -> foi/extract/citations -> foi/extract/context\n");
  graph["foi/extract/context"].clear();
  CHECK(include_cycles(graph).empty());
  auto none_exist = [](const std::string&) { return false; };
  CHECK(include_problems("foi/extract/a.cc", "#include \"foi/extract/gone.h\"\n", rules, none_exist).size() == 1);
  CHECK(joined(missing_paths("see `foi/gone.h` and `not/a/path` and `--flag`\n| `foi/extract/` | `dates.*`, `x` |\n",
                             none_exist)) == "foi/gone.h\nfoi/extract/\nfoi/extract/dates.*\n");
}

TEST_CASE("layering: every include under foi/, indexer/ and searchd/ keeps to ARCHITECTURE.md's parts") {
  const std::string root = FOI_SOURCE_DIR;
  Rules rules = parse_parts(foi::test::read_file(root + "/ARCHITECTURE.md"));
  REQUIRE(rules.size() >= 6);
  auto exists = [&](const std::string& p) { return fs::exists(root + "/" + p); };
  std::vector<std::string> problems;
  std::set<std::string> folders;
  Graph graph;
  for (const char* top : {"foi", "indexer", "searchd"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root + "/" + top)) {
      if (!entry.is_regular_file()) continue;
      std::string ext = entry.path().extension();
      if (ext != ".h" && ext != ".cc") continue;
      std::string rel = fs::relative(entry.path(), root).generic_string();
      folders.insert(part_of(rel));
      std::string text = foi::test::read_file(entry.path());
      for (std::string& p : include_problems(rel, text, rules, exists)) problems.push_back(p);
      add_includes(graph, rel, text);
    }
  }
  CHECK(joined(problems) == "");
  CHECK(joined(include_cycles(graph)) == "");  // and no loop inside a part: a file and its header are one unit
  std::set<std::string> parts;
  for (const auto& [name, rule] : rules) parts.insert(name);
  CHECK(folders == parts);  // every folder is a part, and every part has files
}

TEST_CASE("layering: the README's guide names every part, and no document names a file that does not exist") {
  const std::string root = FOI_SOURCE_DIR;
  std::string readme = foi::test::read_file(root + "/README.md");
  for (const auto& [name, rule] : parse_parts(foi::test::read_file(root + "/ARCHITECTURE.md"))) {
    std::string folder = name == "indexer" || name == "searchd" ? name + "/" : "foi/" + name + "/";
    CAPTURE(folder);
    CHECK(readme.find("| `" + folder) != std::string::npos);
  }
  auto exists = [&](const std::string& p) { return exists_in(root, p); };
  std::vector<std::string> documents = {"README.md", "ARCHITECTURE.md", "API.md", "bench/README.md"};
  for (const auto& entry : fs::directory_iterator(root + "/docs"))
    if (entry.path().extension() == ".md") documents.push_back(fs::relative(entry.path(), root).generic_string());
  for (const std::string& doc : documents) {
    CAPTURE(doc);
    CHECK(joined(missing_paths(foi::test::read_file(root + "/" + doc), exists)) == "");
  }
}

TEST_CASE("layering: no source file is over 450 lines (issue 15; tables move to data before a file grows past it)") {
  const std::string root = FOI_SOURCE_DIR;
  std::string over;
  for (const char* top : {"foi", "indexer", "searchd", "tests", "fuzz", "bench/src"}) {
    for (auto it = fs::recursive_directory_iterator(root + "/" + top); it != fs::recursive_directory_iterator(); ++it) {
      const fs::directory_entry& entry = *it;
      if (entry.is_directory() && entry.path().filename() == "node_modules") it.disable_recursion_pending();
      std::string ext = entry.path().extension();
      if (!entry.is_regular_file() || (ext != ".h" && ext != ".cc")) continue;
      std::string text = foi::test::read_file(entry.path());
      size_t lines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
      if (lines > 450) over += fs::relative(entry.path(), root).generic_string() + ": " + std::to_string(lines) + "\n";
    }
  }
  CHECK(over == "");
}

TEST_CASE("layering: no program code copies Xapian's shared static queries (MatchAll, MatchNothing)") {
  // Their reference counts are not atomic: copies made on several threads at once corrupt them, a rare crash
  // in Enquire::set_query under concurrent searches (concurrency_test). search_query.h match_all() makes a
  // fresh one.
  const std::string root = FOI_SOURCE_DIR;
  std::string found;
  for (const char* top : {"foi", "indexer", "searchd", "bench/src"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root + "/" + top)) {
      std::string ext = entry.path().extension();
      if (!entry.is_regular_file() || (ext != ".h" && ext != ".cc")) continue;
      std::istringstream lines(foi::test::read_file(entry.path()));
      for (std::string line; std::getline(lines, line);) {
        std::string code = line.substr(0, line.find("//"));
        if (code.find("Query::MatchAll") != std::string::npos ||
            code.find("Query::MatchNothing") != std::string::npos)
          found += fs::relative(entry.path(), root).generic_string() + ": " + line + "\n";
      }
    }
  }
  CHECK(found == "");
}
