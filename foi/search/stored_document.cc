// Reading stored records back; placing a snippet on its page.
#include "foi/search/stored_document.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>

#include "foi/search/stored_json.h"

namespace foi {
namespace {

// The text is split off first and decoded on its own (stored_json.h): parsing it too would take several times
// as long.
StoredDocument parse_stored(const std::string& raw) {
  std::optional<SplitRecord> split = split_text_member(raw);
  nlohmann::json data = nlohmann::json::parse(split ? split->rest : raw);
  StoredDocument d;
  d.record = data.at("record").get<Record>();
  d.text = {split ? std::move(split->text) : data.value("text", ""), data.value("format", ""),
            data.value("charset", "")};
  for (const auto& p : data.value("pages", nlohmann::json::array()))
    d.text.pages.emplace_back(p.at("offset"), p.at("page"));
  for (const auto& a : data.value("attachments", nlohmann::json::array()))
    d.text.attachments.emplace_back(a.at("offset"), a.at("name"));
  return d;
}

}  // namespace

StoredDocument stored_from(const Xapian::Document& doc) {
  try {
    return parse_stored(doc.get_data());
  } catch (const nlohmann::json::exception& e) {  // written by another version, or damaged
    throw IndexUnavailable(std::string("a stored record cannot be read: ") + e.what());
  }
}

// The page of the first highlighted word: the word with the snippet text after it (up to the next markup) is
// looked up in the document, so a word that also appears on an earlier page is placed where the snippet came
// from.
int page_of_snippet(const std::string& snippet, const StoredDocument& d) {
  if (d.text.pages.empty()) return 0;
  size_t open = snippet.find("<mark>"), close = snippet.find("</mark>");
  if (open == std::string::npos || close == std::string::npos) return 0;
  std::string word = snippet.substr(open + 6, close - open - 6);
  size_t next = snippet.find('<', close + 7);
  std::string context = word + snippet.substr(close + 7, std::min<size_t>(40, next - close - 7));
  size_t cut = context.find('&');  // escaped characters differ from the text: match only what precedes them
  if (cut != std::string::npos && cut > word.size()) context.resize(cut);
  size_t at = d.text.text.find(context.find('&') == std::string::npos ? context : word);
  if (at == std::string::npos) at = d.text.text.find(word);
  if (word.empty() || at == std::string::npos) return 0;
  int page = 0;
  for (const auto& [offset, number] : d.text.pages)
    if (offset <= at) page = number;
  return page;
}

}  // namespace foi
