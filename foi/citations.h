// Finding section and regulation citations in text ("Section 31(1)(a)(b)", "Sections 30(3), 31(3) and 40(5)",
// "SOA Sec 15A", "s.127 Communications Act", "regulation 12(5)(b)") and the Act each belongs to. Exemptions and
// offences are both read from these.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "foi/acts.h"

namespace foi {

// One cited provision: the section (or regulation) and the path below it, e.g. {"40", "5B", "a", "i"}.
using Provision = std::vector<std::string>;

struct Citation {
  size_t offset = 0;                 // where the citation starts ("Section ...")
  size_t end = 0;                    // just after its last provision
  bool regulation = false;           // "regulation 12(5)(b)" rather than "section ..."
  std::vector<Provision> provisions; // a combined citation split: "31(1)(a)(b)" -> 31(1)(a) and 31(1)(b)
  const Act* act = nullptr;          // the Act it belongs to; nullptr when nothing says (the document's FOI regime)
  bool hedged = false;               // in a sentence that only says an exemption "may be engaged"/"may apply"
};

// Every citation in `text`, in order. The Act comes from, in turn: an Act named right after ("of the Sexual
// Offences Act 2003", "of the DPA 2018", "Communications Act", "of the Act"), an abbreviation right before
// ("SOA Sec 13", "FOISA s35"), or the citation just before it in the same list ("Section 15 of the Sexual
// Offences Act 2003 ... S.9 Sexual activity with a child"). "the Act" means the FOI Act unless a criminal statute
// was named in the few lines before.
std::vector<Citation> find_citations(std::string_view text);

// "40(5B)(a)(i)" for a provision, as the canonical forms write it.
std::string provision_string(const Provision& p);

}  // namespace foi
