// What each refusal ground is called and whether it is absolute or qualified: the exemption facet's labels.
#pragma once

#include <string>
#include <string_view>

namespace foi {

// Absolute: no public interest test. Qualified: withheld only where the public interest in withholding
// outweighs disclosure's. Partly absolute: absolute for some of its subsections or uses (`note` says which).
// Procedural: a refusal that is no exemption (FOIA s12 cost and s14 vexatious requests, FOISA s12, s14 and
// its neither-confirm-nor-deny s18).
enum class ExemptionKind { kAbsolute, kQualified, kPartlyAbsolute, kProcedural };

struct ExemptionName {
  std::string_view
      name;  // short: "Personal information", "Law enforcement: prevention or detection of crime"
  ExemptionKind kind = ExemptionKind::kQualified;
  std::string_view note;  // for a partly absolute ground: where it is absolute
};

// The name and kind of a canonical exemption (exemptions.h): its own entry, else its nearest ancestor's
// ("s40(5B)(a)(i)" is named as s40). Every refusal ground exemptions_from gives has at least its section's
// entry.
ExemptionName exemption_name(std::string_view canonical);

// "absolute", "qualified", "partly absolute", "procedural".
std::string_view kind_word(ExemptionKind kind);

// The ground directly above a canonical exemption ("s40(3)(a)" for "s40(3)(a)(i)"); "" for a section.
std::string exemption_parent(std::string_view canonical);

}  // namespace foi
