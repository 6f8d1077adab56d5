// The table of refusal-ground names and kinds. Absolute grounds are those FOIA s2(3) and FOISA s2(2) list;
// the EIR's exceptions are all qualified (reg 12(1)(b)), but for personal data whose disclosure would breach
// the data protection principles (reg 13, and the EISR's reg 11).
#include "foi/extract/exemption_names.h"

#include <map>

#include "foi/extract/exemptions.h"

namespace foi {
namespace {

constexpr ExemptionKind A = ExemptionKind::kAbsolute, Q = ExemptionKind::kQualified,
                        P = ExemptionKind::kPartlyAbsolute, R = ExemptionKind::kProcedural;

constexpr std::string_view kPersonalDataNote =
    "absolute where disclosure would breach the data protection principles (the first condition)";

const std::map<std::string_view, ExemptionName, std::less<>>& table() {
  static const std::map<std::string_view, ExemptionName, std::less<>> t = {
      // FOIA 2000
      {"s12", {"Cost of compliance exceeds the limit", R, ""}},
      {"s14", {"Vexatious or repeated request", R, ""}},
      {"s14(1)", {"Vexatious request", R, ""}},
      {"s14(2)", {"Repeated request", R, ""}},
      {"s21", {"Reasonably accessible by other means", A, ""}},
      {"s22", {"Intended for future publication", Q, ""}},
      {"s22A", {"Research intended for future publication", Q, ""}},
      {"s23", {"Security bodies", A, ""}},
      {"s24", {"National security", Q, ""}},
      {"s26", {"Defence", Q, ""}},
      {"s27", {"International relations", Q, ""}},
      {"s28", {"Relations within the UK", Q, ""}},
      {"s29", {"The economy", Q, ""}},
      {"s30", {"Investigations and proceedings", Q, ""}},
      {"s31", {"Law enforcement", Q, ""}},
      {"s31(1)(a)", {"Law enforcement: prevention or detection of crime", Q, ""}},
      {"s31(1)(b)", {"Law enforcement: apprehension or prosecution of offenders", Q, ""}},
      {"s31(1)(c)", {"Law enforcement: administration of justice", Q, ""}},
      {"s31(1)(d)", {"Law enforcement: assessment or collection of tax", Q, ""}},
      {"s31(1)(e)", {"Law enforcement: immigration controls", Q, ""}},
      {"s31(1)(f)", {"Law enforcement: security and good order in prisons", Q, ""}},
      {"s31(1)(g)", {"Law enforcement: functions for the purposes in s31(2)", Q, ""}},
      {"s32", {"Court records", A, ""}},
      {"s33", {"Audit functions", Q, ""}},
      {"s34", {"Parliamentary privilege", A, ""}},
      {"s35", {"Formulation of government policy", Q, ""}},
      {"s36",
       {"Prejudice to effective conduct of public affairs", P,
        "absolute for information held by the House of Commons or the House of Lords"}},
      {"s37",
       {"Communications with the Sovereign; honours", P,
        "absolute for communications with the Sovereign, the heir and the second in line (s37(1)(a) to "
        "(ab))"}},
      {"s37(1)(a)", {"Communications with the Sovereign", A, ""}},
      {"s37(1)(aa)", {"Communications with the heir to the Throne", A, ""}},
      {"s37(1)(ab)", {"Communications with the second in line to the Throne", A, ""}},
      {"s37(1)(b)", {"Honours and dignities", Q, ""}},
      {"s38", {"Health and safety", Q, ""}},
      {"s39", {"Environmental information (to the EIR)", Q, ""}},
      {"s40",
       {"Personal information", P,
        "absolute for the requester's own data (s40(1)) and for others' data "
        "whose disclosure would breach the data protection principles"}},
      {"s40(1)", {"Personal information: the requester's own", A, ""}},
      {"s40(2)", {"Personal information: other people's", P, kPersonalDataNote}},
      {"s40(3A)", {"Personal information: would breach the data protection principles", A, ""}},
      {"s41", {"Information provided in confidence", A, ""}},
      {"s42", {"Legal professional privilege", Q, ""}},
      {"s43", {"Commercial interests", Q, ""}},
      {"s43(1)", {"Trade secrets", Q, ""}},
      {"s43(2)", {"Prejudice to commercial interests", Q, ""}},
      {"s44", {"Prohibitions on disclosure", A, ""}},
      // FOISA 2002
      {"FOISA s12", {"Excessive cost of compliance", R, ""}},
      {"FOISA s14", {"Vexatious or repeated request", R, ""}},
      {"FOISA s18", {"Neither confirm nor deny", R, ""}},
      {"FOISA s25", {"Otherwise accessible", A, ""}},
      {"FOISA s26", {"Prohibitions on disclosure", A, ""}},
      {"FOISA s27", {"Intended for future publication", Q, ""}},
      {"FOISA s28", {"Relations within the UK", Q, ""}},
      {"FOISA s29", {"Formulation of Scottish Administration policy", Q, ""}},
      {"FOISA s30", {"Prejudice to effective conduct of public affairs", Q, ""}},
      {"FOISA s31", {"National security and defence", Q, ""}},
      {"FOISA s32", {"International relations", Q, ""}},
      {"FOISA s33", {"Commercial interests and the economy", Q, ""}},
      {"FOISA s34", {"Investigations and proceedings", Q, ""}},
      {"FOISA s35", {"Law enforcement", Q, ""}},
      {"FOISA s36",
       {"Confidentiality", P,
        "absolute for information whose disclosure would be an actionable "
        "breach of confidence (s36(2))"}},
      {"FOISA s36(1)", {"Confidentiality in legal proceedings", Q, ""}},
      {"FOISA s36(2)", {"Actionable breach of confidence", A, ""}},
      {"FOISA s37", {"Court records", A, ""}},
      {"FOISA s38",
       {"Personal information", P,
        "absolute for s38(1)(a), (c) and (d), and for s38(1)(b) where "
        "disclosure would breach the data protection principles"}},
      {"FOISA s38(1)(a)", {"Personal information: the requester's own", A, ""}},
      {"FOISA s38(1)(b)", {"Personal information: other people's", P, kPersonalDataNote}},
      {"FOISA s38(1)(c)", {"Personal census information", A, ""}},
      {"FOISA s38(1)(d)", {"Health record of a person who has died", A, ""}},
      {"FOISA s39", {"Health, safety and the environment", Q, ""}},
      {"FOISA s40", {"Audit functions", Q, ""}},
      {"FOISA s41", {"Communications with the Sovereign; honours", Q, ""}},
      // EIR 2004
      {"EIR r12", {"Exceptions", Q, ""}},
      {"EIR r12(4)", {"Not held, unreasonable, too general or unfinished", Q, ""}},
      {"EIR r12(4)(a)", {"Information not held", Q, ""}},
      {"EIR r12(4)(b)", {"Manifestly unreasonable request", Q, ""}},
      {"EIR r12(4)(c)", {"Request too general", Q, ""}},
      {"EIR r12(4)(d)", {"Unfinished material", Q, ""}},
      {"EIR r12(4)(e)", {"Internal communications", Q, ""}},
      {"EIR r12(5)", {"Adverse effect on interests", Q, ""}},
      {"EIR r12(5)(a)", {"International relations, defence, national security or public safety", Q, ""}},
      {"EIR r12(5)(b)", {"Course of justice", Q, ""}},
      {"EIR r12(5)(c)", {"Intellectual property rights", Q, ""}},
      {"EIR r12(5)(d)", {"Confidentiality of proceedings", Q, ""}},
      {"EIR r12(5)(e)", {"Commercial confidentiality", Q, ""}},
      {"EIR r12(5)(f)", {"Interests of the person who supplied it", Q, ""}},
      {"EIR r12(5)(g)", {"Protection of the environment", Q, ""}},
      {"EIR r12(6)", {"Neither confirm nor deny", Q, ""}},
      {"EIR r13", {"Personal data", P, kPersonalDataNote}},
      // Scotland's EIR 2004: the same exceptions, numbered 10(4), 10(5) and 11
      {"EISR r10", {"Exceptions", Q, ""}},
      {"EISR r10(4)", {"Not held, unreasonable, too general or unfinished", Q, ""}},
      {"EISR r10(4)(a)", {"Information not held", Q, ""}},
      {"EISR r10(4)(b)", {"Manifestly unreasonable request", Q, ""}},
      {"EISR r10(4)(c)", {"Request too general", Q, ""}},
      {"EISR r10(4)(d)", {"Unfinished material", Q, ""}},
      {"EISR r10(4)(e)", {"Internal communications", Q, ""}},
      {"EISR r10(5)", {"Substantial prejudice to interests", Q, ""}},
      {"EISR r10(5)(a)", {"International relations, defence, national security or public safety", Q, ""}},
      {"EISR r10(5)(b)", {"Course of justice", Q, ""}},
      {"EISR r10(5)(c)", {"Intellectual property rights", Q, ""}},
      {"EISR r10(5)(d)", {"Confidentiality of proceedings", Q, ""}},
      {"EISR r10(5)(e)", {"Commercial confidentiality", Q, ""}},
      {"EISR r10(5)(f)", {"Interests of the person who supplied it", Q, ""}},
      {"EISR r10(5)(g)", {"Protection of the environment", Q, ""}},
      {"EISR r11", {"Personal data", P, kPersonalDataNote}},
  };
  return t;
}

}  // namespace

ExemptionName exemption_name(std::string_view canonical) {
  const auto& t = table();
  if (auto it = t.find(canonical); it != t.end()) return it->second;
  for (const std::string& a : exemption_ancestors(canonical))
    if (auto it = t.find(a); it != t.end()) return it->second;
  return {"", ExemptionKind::kQualified, ""};
}

std::string_view kind_word(ExemptionKind kind) {
  switch (kind) {
    case ExemptionKind::kAbsolute:
      return "absolute";
    case ExemptionKind::kQualified:
      return "qualified";
    case ExemptionKind::kPartlyAbsolute:
      return "partly absolute";
    case ExemptionKind::kProcedural:
      return "procedural";
  }
  return "qualified";
}

std::string exemption_parent(std::string_view canonical) {
  std::vector<std::string> up = exemption_ancestors(canonical);
  return up.empty() ? "" : up.front();
}

}  // namespace foi
