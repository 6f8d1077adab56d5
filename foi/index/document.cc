// Record <-> JSON.
#include "foi/index/document.h"

#include <nlohmann/json.hpp>

namespace foi {

namespace {
template <typename T>
nlohmann::json optional_json(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}
template <typename T>
std::optional<T> optional_from(const nlohmann::json& j, const char* key) {
  if (!j.contains(key) || j.at(key).is_null()) return std::nullopt;
  return j.at(key).get<T>();
}
}  // namespace

void to_json(nlohmann::json& j, const CitedReference& c) {
  j = {{"reference", c.reference}, {"relation", c.relation}};
}

void from_json(const nlohmann::json& j, CitedReference& c) {
  c.reference = j.value("reference", "");
  c.relation = j.value("relation", "");
}

void to_json(nlohmann::json& j, const Record& r) {
  j = nlohmann::json{{"id", r.id},
                     {"title", r.title},
                     {"source", r.source},
                     {"authority", optional_json(r.authority)},
                     {"force", r.force},
                     {"exemptions", r.exemptions},
                     {"offences", r.offences},
                     {"date", optional_json(r.date)},
                     {"reference", optional_json(r.reference)},
                     {"cites", r.cites},
                     {"doc_type", r.doc_type},
                     {"outcome", optional_json(r.outcome)},
                     {"ncnd", r.ncnd},
                     {"url", optional_json(r.url)},
                     {"from_sidecar", r.from_sidecar},
                     {"messages", r.messages}};
  if (!r.joined_references.empty()) j["joined_references"] = r.joined_references;  // decisions alone
}

void from_json(const nlohmann::json& j, Record& r) {
  r.id = j.at("id").get<std::string>();
  r.title = j.value("title", "");
  r.source = j.value("source", "");
  r.authority = optional_from<std::string>(j, "authority");
  r.force = j.value("force", std::vector<std::string>{});
  r.exemptions = j.value("exemptions", std::vector<std::string>{});
  r.offences = j.value("offences", std::vector<std::string>{});
  r.date = optional_from<std::string>(j, "date");
  r.reference = optional_from<std::string>(j, "reference");
  r.joined_references = j.value("joined_references", std::vector<std::string>{});
  r.cites = j.value("cites", std::vector<CitedReference>{});
  r.doc_type = j.value("doc_type", "other");
  r.outcome = optional_from<std::string>(j, "outcome");
  r.ncnd = j.value("ncnd", false);
  r.url = optional_from<std::string>(j, "url");
  r.from_sidecar = j.value("from_sidecar", std::vector<std::string>{});
  r.messages = j.value("messages", std::vector<Message>{});
}

std::string dump_json(const nlohmann::json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace foi
