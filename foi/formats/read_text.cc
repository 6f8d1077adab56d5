// ReadText <-> JSON (the sandboxed reader sends it over a pipe) and page lookup.
#include "foi/formats/read_text.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace foi::formats {
namespace {
nlohmann::json opt(const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); }
std::optional<std::string> opt_from(const nlohmann::json& j, const char* key) {
  if (!j.contains(key) || j.at(key).is_null()) return std::nullopt;
  return j.at(key).get<std::string>();
}
}  // namespace

void to_json(nlohmann::json& j, const ReadText& r) {
  nlohmann::json pages = nlohmann::json::array(), atts = nlohmann::json::array();
  for (const Page& p : r.pages) pages.push_back({p.offset, p.number});
  for (const Attachment& a : r.attachments) atts.push_back({{"offset", a.offset}, {"name", a.name}, {"format", a.format}});
  j = {{"text", r.text},
       {"format", r.format},
       {"charset", r.charset},
       {"pages", pages},
       {"attachments", atts},
       {"hints",
        {{"title", r.hints.title},
         {"date", opt(r.hints.date)},
         {"authority", opt(r.hints.authority)},
         {"author", opt(r.hints.author)},
         {"regime", opt(r.hints.regime)},
         {"status", opt(r.hints.status)}}},
       {"scanned", r.scanned},
       {"ocr_pages", r.ocr_pages},
       {"part", r.part}};
}

void from_json(const nlohmann::json& j, ReadText& r) {
  r.text = j.at("text").get<std::string>();
  r.format = j.value("format", "");
  r.charset = j.value("charset", "");
  r.pages.clear();
  for (const auto& p : j.value("pages", nlohmann::json::array())) r.pages.push_back({p.at(0), p.at(1)});
  r.attachments.clear();
  for (const auto& a : j.value("attachments", nlohmann::json::array()))
    r.attachments.push_back({a.at("offset"), a.at("name"), a.value("format", "")});
  const nlohmann::json& h = j.at("hints");
  r.hints.title = h.value("title", "");
  r.hints.date = opt_from(h, "date");
  r.hints.authority = opt_from(h, "authority");
  r.hints.author = opt_from(h, "author");
  r.hints.regime = opt_from(h, "regime");
  r.hints.status = opt_from(h, "status");
  r.scanned = j.value("scanned", false);
  r.ocr_pages = j.value("ocr_pages", 0);
  r.part = j.value("part", "");
}

int page_at(const ReadText& r, size_t offset) {
  auto it = std::upper_bound(r.pages.begin(), r.pages.end(), offset,
                             [](size_t off, const Page& p) { return off < p.offset; });
  return it == r.pages.begin() ? 0 : std::prev(it)->number;
}

}  // namespace foi::formats
