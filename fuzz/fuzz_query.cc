// Fuzzes the request -> query path: URL parameters -> parse_search_request (or parse_similar_request) ->
// SearchIndex::search -> the answer's JSON, against a small real glass index built once at start-up.
//
// Input: lines. The first is q; each further line is a parameter "name=value" (a name may repeat). A line
// "kind=passages" searches passages, "kind=similar" asks for similar wording (passage=, text=).
#include <stdlib.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "foi/index/document.h"
#include "foi/index/indexer.h"
#include "foi/search/search.h"

namespace {

std::string g_dir;
std::unique_ptr<foi::SearchIndex> g_index;

void write(const std::string& path, const std::string& bytes) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

// Three of the seed threads (exemptions, forces, passages and clusters) and small dated letters.
void write_corpus(const std::string& dir) {
  std::filesystem::create_directories(dir);
  for (const char* seed : {"000_7c431f6c32de453a.txt", "001_b455801c96e30f6e.txt", "004_aaea4b360a23c9d5.txt"})
    std::filesystem::copy_file(std::string(FOI_SOURCE_DIR) + "/corpus/" + seed, dir + "/" + seed);
  write(dir + "/widgets/kent-2019.txt",
        "Widget policy\nKent Police\nDate: 01/02/2019\nThe widget data is exempt under Section 31(3).\n");
  write(dir + "/widgets/essex-2020.txt",
        "Widget figures\nEssex Police\nDate: 05/06/2020\nThe widget names are exempt under Section 40(2).\n");
  write(dir + "/widgets/kent-2020.txt",
        "Widget tenders\nKent Police\nDate: 10/10/2020\nWidget details: Section 40(2) and Section 31(3) apply.\n"
        "Offences under section 127 of the Communications Act 2003 are recorded.\n");
  std::string many;
  for (int i = 0; i < 250; ++i) many += "wq" + std::to_string(1000 + i) + " ";
  write(dir + "/many-words.txt", "Word list\n" + many + "\n");
}

void remove_index() {
  g_index.reset();
  std::error_code ec;
  std::filesystem::remove_all(g_dir, ec);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::string tmpl = (std::filesystem::temp_directory_path() / "foi-fuzz-XXXXXX").string();
  g_dir = mkdtemp(tmpl.data());
  write_corpus(g_dir + "/corpus");
  foi::IndexerOptions o;
  o.db = g_dir + "/db";
  o.paths = {g_dir + "/corpus"};
  o.threads = 1;
  foi::run_indexer(o);
  g_index = std::make_unique<foi::SearchIndex>(o.db);
  atexit(remove_index);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string in(reinterpret_cast<const char*>(data), size);
  foi::Params params;
  std::string kind;
  size_t start = 0;
  for (bool first = true; start <= in.size(); first = false) {
    size_t nl = in.find('\n', start);
    std::string line = in.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    start = nl == std::string::npos ? in.size() + 1 : nl + 1;
    if (first) {
      params.emplace("q", line);
      continue;
    }
    size_t eq = line.find('=');
    std::string name = line.substr(0, eq), value = eq == std::string::npos ? "" : line.substr(eq + 1);
    if (name == "kind") kind = value;
    else params.emplace(name, value);
  }
  try {
    if (kind == "similar") {
      params.erase("q");
      nlohmann::json j = g_index->similar(foi::parse_similar_request(params));
      foi::dump_json(j);
      return 0;
    }
    foi::Kind k = kind == "passages" ? foi::Kind::kPassages : foi::Kind::kDocuments;
    foi::SearchRequest r = foi::parse_search_request(params, {}, k);
    foi::SearchResult result = g_index->search(r);
    nlohmann::json j = {{"total", result.total}, {"hits", result.hits}, {"passages", result.passages},
                        {"facets", result.facets}};
    if (result.suggestion) j["suggestion"] = *result.suggestion;
    foi::dump_json(j);
  } catch (const foi::RequestError&) {  // a 400 with its code: the expected answer to most inputs
  }
  return 0;
}
