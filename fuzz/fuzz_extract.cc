// Fuzzes extraction: arbitrary text (cleaned as the readers clean it) -> every extractor (citations, exemptions,
// offences, forces, authority, date, reference, outcome, messages, passages) and the parsers of typed values.
#include <cstddef>
#include <cstdint>
#include <string>

#include "foi/extract/authorities.h"
#include "foi/extract/dates.h"
#include "foi/extract/exemptions.h"
#include "foi/index/extract_record.h"
#include "foi/extract/forces.h"
#include "foi/extract/offences.h"
#include "foi/extract/outcomes.h"
#include "foi/extract/references.h"
#include "foi/base/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  std::string text = foi::clean_utf8(raw);  // the extractors' contract: clean UTF-8, as every reader returns
  foi::ExtractInput in{text, "fuzz.txt", "fuzz.txt", nullptr};
  foi::Extracted e = foi::extract_document(in);
  for (const std::string& ex : e.record.exemptions) foi::exemption_ancestors(ex);
  for (const std::string& off : e.record.offences) foi::offence_act(off);
  foi::extract_outcome(text, !e.record.exemptions.empty());
  foi::extract_reference(text);
  foi::extract_date(text);
  // The same text as a value a user typed into a filter, or a date field of a sidecar.
  if (text.size() <= 200) {
    foi::parse_date(text);
    foi::canonical_exemption(text);
    foi::canonical_force(text);
    foi::canonical_authority(text);
    foi::outcome_from_status(text);
    foi::fold_case(text);
  }
  return 0;
}
