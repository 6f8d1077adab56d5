// Exemptions: the FOIA, FOISA and EIR grounds an authority cites to refuse or withhold, in one canonical form.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "foi/extract/citations.h"

namespace foi {

// The refusal grounds cited, canonical, sorted, de-duplicated, and without a ground that a more specific one
// in the same list already implies (s30 and s30(1) go when s30(1)(a) is there). FOIA as "s31(3)", FOISA as
// "FOISA s35(1)(a)", EIR as "EIR r12(5)(b)", Scotland's EIR as "EISR r10(5)(b)". Refusal grounds only: FOIA s12,
// s14, s21-s24, s26-s44; FOISA s12, s14, s18 (its neither-confirm-nor-deny section), s25-s41; EIR regs 12(4),
// 12(5), 12(6), 13. A subsection the Act does not have (a "s37(7)" of bail law) means the citation is of
// another Act, and is dropped. `scottish`: the document is a Scottish authority's, so bare sections are FOISA.
std::vector<std::string> exemptions_from(const std::vector<Citation>& citations, bool scottish);

// A reply that refuses on cost without citing the section: the cost limit's ground, "s12(1)" (FOIA) or
// "FOISA s12(1)" (`scottish`), when the authority's words say the request exceeds it ("would exceed the
// appropriate limit", "exceeds the cost limit of 18 hours or £450", "the upper cost limit of £600"); nullopt
// otherwise, and where `grounds` (exemptions_from's) already hold s12 with a subsection or are the EIR's,
// which have no cost limit. A bare "section 12" refusing on cost is this ground too, so the caller puts it in
// the bare one's place.
std::optional<std::string> cost_limit_ground(std::string_view authority_words,
                                             const std::vector<std::string>& grounds, bool scottish);

// find_citations + exemptions_from.
std::vector<std::string> extract_exemptions(std::string_view text, bool scottish = false);

// The grounds above a canonical exemption, nearest first: "s40(5B)(a)(i)" -> s40(5B)(a), s40(5B), s40.
std::vector<std::string> exemption_ancestors(std::string_view canonical);

// The canonical form of an exemption a user typed: "s40(2)", "section 40(2)", "S.31(1)(a)", "FOISA 35(1)(a)",
// "EIR 12(5)(b)", "reg 13". nullopt when it is not a refusal ground.
std::optional<std::string> canonical_exemption(std::string_view typed);

// Orders canonical exemptions as a reader expects: FOIA, FOISA, EIR, EISR; sections by number (s2 before s12).
bool exemption_less(std::string_view a, std::string_view b);

}  // namespace foi
