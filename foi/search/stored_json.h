// Reading a stored record's JSON without parsing its text through a JSON document: the "text" member (nearly
// all of a record's bytes) is found by a scan and decoded here, and only the rest goes to nlohmann's parser,
// which spends several times as long per byte. Profiled on a rare word's page at 10,000 letters
// (bench/results/query-floor.md): parsing the stored records was a third of the page.
#pragma once

#include <optional>
#include <string>

namespace foi {

struct SplitRecord {
  std::string text;  // the top-level "text" member's value, decoded
  std::string rest;  // the JSON with that value emptied ("text":"")
};

// nullopt when the JSON has no top-level "text" string laid out as dump_json writes it ("text":"…", no
// blanks) or the string holds an escape this does not decode (a lone surrogate): then parse the whole JSON
// instead.
std::optional<SplitRecord> split_text_member(const std::string& json);

}  // namespace foi
