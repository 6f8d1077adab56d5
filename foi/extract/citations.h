// Finding section and regulation citations in text ("Section 31(1)(a)(b)", "Sections 30(3), 31(3) and 40(5)",
// "SOA Sec 15A", "s.127 Communications Act", "regulation 12(5)(b)") and the Act each belongs to. Exemptions and
// offences are both read from these.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "foi/extract/citation.h"

namespace foi {

// Every citation in `text`, in order. Postcodes ("S35 2BA", and in a letter that writes those, a bare "S12" on a
// line that does not speak of FOI) and file names ("FPN S12.docx") are not citations. The Act comes from, in turn:
// an Act named right after ("of the Sexual Offences Act 2003", "of the DPA 2018", "Communications Act", "of the
// Act", "of the 2007 Act", "of that Act"), an abbreviation right before ("SOA Sec 13", "FOISA s35"), another Act's
// instrument named after the number ("section 38 Highways Agreements", "section 21 notices"), or the citation
// just before it in the same list ("Section 15 of the Sexual Offences Act 2003 ... S.9 Sexual activity with a
// child"; for other Acts only a short run in one sentence). A section "of the report" belongs to no Act. "the Act"
// means the FOI Act unless a criminal statute was named in the few lines before or the document defines it
// ('the Data Protection Act 1984 ("the Act")'). In a document that names other Acts but never FOI, a section with
// no Act is another Act's (kOther), not the FOI regime's.
std::vector<Citation> find_citations(std::string_view text);

// "40(5B)(a)(i)" for a provision, as the canonical forms write it.
std::string provision_string(const Provision& p);

}  // namespace foi
