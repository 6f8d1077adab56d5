// Offences: sections of criminal statutes a document discusses, as "<Act short name> <year> s<section>".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "foi/extract/citations.h"

namespace foi {

// "SOA 2003 s15A", "CA 2003 s127": one per cited section of an Act the table marks criminal (acts.cc), sorted by
// Act then section number, de-duplicated. Subsections are dropped: the offence is the section.
std::vector<std::string> offences_from(const std::vector<Citation>& citations);

// find_citations + offences_from.
std::vector<std::string> extract_offences(std::string_view text);

// "SOA 2003" for "SOA 2003 s15A": the Act alone, for filtering by Act.
std::string offence_act(std::string_view offence);

}  // namespace foi
