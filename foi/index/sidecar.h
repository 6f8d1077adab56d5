// Sidecar metadata: a CSV or JSON file beside a corpus mapping file names to fields (date, reference, authority,
// outcome, title, url) that take precedence over extraction.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "foi/index/document.h"

namespace foi {

// One file's fields, by canonical name.
using SidecarFields = std::map<std::string, std::string>;

class Sidecar {
 public:
  // Reads a CSV (header row) or JSON (an array of objects, or an object keyed by file name). Column names are
  // matched by meaning: file/filename/path/id/name; date/decision_date/response_date; reference/ref/case_reference;
  // authority/public_agency/public_authority; outcome; title/case_title; url/source_url. Throws TextError.
  static Sidecar load(const std::string& path);

  // The fields for a file: by its name ("1002.pdf"), else by its name without extension ("1002").
  const SidecarFields* find(std::string_view file_name) const;
  size_t size() const { return rows_.size(); }

 private:
  std::map<std::string, SidecarFields, std::less<>> rows_;
};

// Overrides the record's fields with the sidecar's and lists them in record.from_sidecar. Dates are read with
// parse_date (UK day-first) and stored ISO; empty, "NA" and "???" values are ignored.
void apply_sidecar(Record& record, const SidecarFields& fields);

// A stable text of the fields, for the content signature (a changed sidecar row re-indexes its document).
std::string sidecar_signature(const SidecarFields& fields);

}  // namespace foi
