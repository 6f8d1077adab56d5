// JSON for search results.
#include "foi/search/results.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "foi/extract/exemption_names.h"
#include "foi/precedents/likeness.h"

namespace foi {

namespace {

// An exemption value's label: its short name, absolute or qualified (with where a partly absolute ground is
// absolute), and the ground directly above it ("" for a section), from which a reader builds the tree.
nlohmann::json exemption_value(const FacetCount& v) {
  ExemptionName e = exemption_name(v.value);
  nlohmann::json out = {{"value", v.value},
                        {"count", v.count},
                        {"name", e.name},
                        {"kind", kind_word(e.kind)},
                        {"parent", exemption_parent(v.value)}};
  if (!e.note.empty()) out["kind_note"] = e.note;
  return out;
}

}  // namespace

void to_json(nlohmann::json& j, const FacetCounts& f) {
  j = nlohmann::json::object();
  for (const auto& [name, values] : f) {
    nlohmann::json arr = nlohmann::json::array();
    for (const FacetCount& v : values)
      arr.push_back(name == "exemption" ? exemption_value(v)
                                        : nlohmann::json{{"value", v.value}, {"count", v.count}});
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
       {"ncnd", r.ncnd},
       {"page", h.page ? nlohmann::json(h.page) : nlohmann::json(nullptr)},
       {"snippet", h.snippet}};
}

void to_json(nlohmann::json& j, const SimilarDocument& d) {
  j = d.hit;
  j["similarity"] = d.similarity;
  j["shared"] = d.shared;
}

void to_json(nlohmann::json& j, const SimilarDocuments& d) { j = {{"doc", d.doc}, {"hits", d.hits}}; }

void to_json(nlohmann::json& j, const RelatedDocument& r) {
  j = {{"id", r.id},
       {"title", r.title},
       {"date", r.date ? nlohmann::json(*r.date) : nlohmann::json(nullptr)},
       {"doc_type", r.doc_type},
       {"outcome", r.outcome ? nlohmann::json(*r.outcome) : nlohmann::json(nullptr)},
       {"relation", r.relation},
       {"via", r.via},
       {"reference", r.reference}};
}

void to_json(nlohmann::json& j, const StoredDocument& d) {
  j = nlohmann::json(d.record);
  j["text"] = d.text.text;
  j["format"] = d.text.format;
  j["charset"] = d.text.charset;
  j["pages"] = nlohmann::json::array();
  for (const auto& [offset, number] : d.text.pages)
    j["pages"].push_back({{"offset", offset}, {"page", number}});
  j["attachments"] = nlohmann::json::array();
  for (const auto& [offset, name] : d.text.attachments)
    j["attachments"].push_back({{"offset", offset}, {"name", name}});
  j["passages"] = d.passages;
  j["path"] = d.path;
  for (size_t i = 0; i < d.record.messages.size() && i < j["messages"].size(); ++i)
    j["messages"][i]["sender"] = message_sender(d.record.messages[i], d.text.text, d.record.authority);
}

void to_json(nlohmann::json& j, const ClusterInfo& c) {
  j = {{"id", c.id},
       {"size", c.size},
       {"authorities", c.authorities},
       {"first", c.first.empty() ? nlohmann::json() : nlohmann::json(c.first)},
       {"last", c.last.empty() ? nlohmann::json() : nlohmann::json(c.last)},
       {"central", c.central}};
}

namespace {

nlohmann::json parent_json(const PassageParent& p) {
  return {{"id", p.id},
          {"title", p.title},
          {"force", p.force},
          {"authority", p.authority.empty() ? nlohmann::json() : nlohmann::json(p.authority)},
          {"date", p.date.empty() ? nlohmann::json() : nlohmann::json(p.date)},
          {"doc_type", p.doc_type}};
}

}  // namespace

void to_json(nlohmann::json& j, const PassageHit& h) {
  j = {{"id", h.id},
       {"heading", h.passage.heading},
       {"text", h.passage.body},
       {"role", h.passage.role},
       {"exemptions", h.passage.exemptions},
       {"offset", h.passage.offset},
       {"length", h.passage.length},
       {"message_role", h.message_role},
       {"snippet", h.snippet},
       {"document", parent_json(h.parent)},
       {"cluster", h.cluster}};
  if (h.similarity) {
    j["similarity"] = *h.similarity;
    j["likeness"] = std::string(likeness(*h.similarity));
  }
}

void to_json(nlohmann::json& j, const SimilarResult& r) {
  j = {{"passages", r.passages}};
  if (r.paragraphs.empty()) return;  // a passage id: the answer it always was
  j["paragraphs"] = nlohmann::json::array();
  for (const PastedParagraph& p : r.paragraphs)
    j["paragraphs"].push_back({{"heading", p.passage.heading},
                               {"text", p.passage.body},
                               {"role", p.passage.role},
                               {"exemptions", p.passage.exemptions},
                               {"offset", p.passage.offset},
                               {"length", p.passage.length},
                               {"passages", p.matches}});
  j["documents"] = nlohmann::json::array();
  for (const DocumentMatch& d : r.documents)
    j["documents"].push_back({{"document", parent_json(d.document)},
                              {"paragraphs", d.paragraphs},
                              {"score", std::round(d.score * 1e6) / 1e6}});
  j["paragraphs_left_out"] = r.paragraphs_left_out;
}

void to_json(nlohmann::json& j, const DiffOp& d) {
  static const char* names[] = {"same", "added", "removed"};
  j = {{"op", names[d.kind]}, {"text", d.text}};
}

void to_json(nlohmann::json& j, const ClusterView& v) {
  j = {{"cluster", v.info}, {"members", nlohmann::json::array()}};
  for (size_t i = 0; i < v.members.size(); ++i) {
    nlohmann::json m = v.members[i];
    m["diff"] = i < v.diffs.size() ? nlohmann::json(v.diffs[i]) : nlohmann::json::array();
    j["members"].push_back(std::move(m));
  }
}

}  // namespace foi
