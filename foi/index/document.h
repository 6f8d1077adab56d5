// The record the indexer stores for a document, and its JSON form (the --explain output).
#pragma once

#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "foi/extract/references.h"
#include "foi/precedents/messages.h"

namespace foi {

struct Record {
  std::string id;  // stable: the path relative to the root it was indexed from
  std::string title;
  std::string source;  // the path as the indexer was given it
  std::optional<std::string> authority;
  std::vector<std::string> force;       // canonical force names
  std::vector<std::string> exemptions;  // "s31(3)", "FOISA s35(1)(a)", "EIR r12(5)(b)"
  std::vector<std::string> offences;    // "SOA 2003 s15A"
  std::optional<std::string> date;      // ISO "YYYY-MM-DD"
  std::optional<std::string> reference;
  std::vector<std::string> joined_references;  // a tribunal decision's other appeal numbers (joined appeals)
  std::vector<CitedReference> cites;   // references it names that are other documents' own (a case's path)
  std::string doc_type;                // one of kDocTypes (extract/doc_types.h)
  std::optional<std::string> outcome;  // the kind's closed vocabulary (extract/outcomes.h), or none
  bool ncnd = false;  // the authority neither confirms nor denies (part of) what was asked (ncnd.h)
  std::optional<std::string> url;              // where the document came from (sidecar)
  std::vector<std::string> from_sidecar;       // the fields a sidecar file gave ("date", "reference"...)
  std::vector<Message> messages;               // the request, responses, annotations... (messages.h)
  std::map<std::string, std::string> reasons;  // field -> what decided it, for --explain; not stored
};

void to_json(nlohmann::json& j, const CitedReference& c);
void from_json(const nlohmann::json& j, CitedReference& c);
void to_json(nlohmann::json& j, const Record& r);
void from_json(const nlohmann::json& j, Record& r);

// JSON text of a record; invalid UTF-8 is replaced, never thrown on.
std::string dump_json(const nlohmann::json& j, int indent = -1);

}  // namespace foi
