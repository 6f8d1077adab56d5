// JSON for search results.
#include "foi/results.h"

#include <nlohmann/json.hpp>

namespace foi {

void to_json(nlohmann::json& j, const FacetCounts& f) {
  j = nlohmann::json::object();
  for (const auto& [name, values] : f) {
    nlohmann::json arr = nlohmann::json::array();
    for (const FacetCount& v : values) arr.push_back({{"value", v.value}, {"count", v.count}});
    j[name] = std::move(arr);
  }
}

void to_json(nlohmann::json& j, const Hit& h) {
  const Record& r = h.record;
  j = {{"id", r.id},
       {"title", r.title},
       {"authority", r.authority ? nlohmann::json(*r.authority) : nlohmann::json(nullptr)},
       {"force", r.force},
       {"date", r.date ? nlohmann::json(*r.date) : nlohmann::json(nullptr)},
       {"exemptions", r.exemptions},
       {"offences", r.offences},
       {"reference", r.reference ? nlohmann::json(*r.reference) : nlohmann::json(nullptr)},
       {"doc_type", r.doc_type},
       {"outcome", r.outcome ? nlohmann::json(*r.outcome) : nlohmann::json(nullptr)},
       {"page", h.page ? nlohmann::json(h.page) : nlohmann::json(nullptr)},
       {"snippet", h.snippet}};
}

void to_json(nlohmann::json& j, const StoredDocument& d) {
  j = nlohmann::json(d.record);
  j["text"] = d.text.text;
  j["format"] = d.text.format;
  j["charset"] = d.text.charset;
  j["pages"] = nlohmann::json::array();
  for (const auto& [offset, number] : d.text.pages) j["pages"].push_back({{"offset", offset}, {"page", number}});
  j["attachments"] = nlohmann::json::array();
  for (const auto& [offset, name] : d.text.attachments) j["attachments"].push_back({{"offset", offset}, {"name", name}});
}

}  // namespace foi
