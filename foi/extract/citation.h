// A citation found in text: the value find_citations (citations.h) returns and the context rules
// (citation_context.h) read.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "foi/extract/acts.h"

namespace foi {

// One cited provision: the section (or regulation) and the path below it, e.g. {"40", "5B", "a", "i"}.
using Provision = std::vector<std::string>;

struct Citation {
  size_t offset = 0;                 // where the citation starts ("Section ...")
  size_t end = 0;                    // just after its last provision
  bool regulation = false;           // "regulation 12(5)(b)" rather than "section ..."
  std::vector<Provision> provisions; // a combined citation split: "31(1)(a)(b)" -> 31(1)(a) and 31(1)(b)
  const Act* act = nullptr;          // the Act it belongs to; nullptr when nothing says (the document's FOI regime)
  bool hedged = false;  // not reliance: "Section 14 may be engaged if...", or a requester's "if section 12
                        // applies, please provide..."
};

}  // namespace foi
