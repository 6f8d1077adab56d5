// The Acts foisearch recognises: the FOI regimes, criminal statutes (with the offence facet's short names) and
// procedural statutes, and finding where a document names one. The only table of Acts.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace foi {

enum class ActKind {
  kFoia,      // Freedom of Information Act 2000
  kFoisa,     // Freedom of Information (Scotland) Act 2002
  kEir,       // Environmental Information Regulations 2004
  kEisr,      // Environmental Information (Scotland) Regulations 2004
  kCriminal,  // defines offences: its sections enter the offence facet
  kOther,     // any other Act or Regulations (PACE, RIPA, DPA...): its sections are neither exemptions nor offences
  kTheAct,    // "the Act": resolved by context
};

struct Act {
  std::string_view name;        // "Sexual Offences Act"
  int year = 0;                 // 2003
  std::string_view short_name;  // "SOA 2003": the offence facet's form
  ActKind kind = ActKind::kOther;
  std::vector<std::string_view> abbreviations;  // upper-case forms documents use without a year ("SOA")
  bool default_for_name = false;  // the year meant when a document names the Act without one
};

bool is_foi_kind(ActKind k);

// Every Act in the table.
const std::vector<Act>& all_acts();

// A generic Act the table does not know ("the Copyright, Designs and Patents Act 1988"): kind kOther.
const Act& unknown_act();
// "the Act".
const Act& the_act();

struct ActMention {
  const Act* act = nullptr;
  size_t offset = 0;
  size_t length = 0;
};

// What a document names: every Act mention in order, and the abbreviations it defines for itself
// ("SOA – Sexual Offences Act 2003", "Serious Crime Act 2015 (SCA)"), which take precedence over the table's.
struct ActIndex {
  std::vector<ActMention> mentions;
  std::map<std::string, const Act*, std::less<>> local_abbreviations;
  const Act* the_act_defined = nullptr;  // 'the Data Protection Act 1984 ("the Act")': what "the Act" means here
};

ActIndex index_acts(std::string_view text);

// The Act named at `pos` (after an optional "the"), if any: a full name with or without its year, an
// abbreviation ("SOA 2003", "FOIA", "DPA"), "the Act", an unknown "X Act YYYY", or "the 2007 Act" (the Act of
// that year the document names, else an unknown Act).
std::optional<ActMention> match_act_at(std::string_view text, size_t pos, const ActIndex& index);

// An upper-case abbreviation (and optional year) that ends just before `pos` ("SOA Sec 15A", "FOISA s35").
const Act* abbreviation_before(std::string_view text, size_t pos, const ActIndex& index);

// True when `pos` (after "the", "this", "its", "the ICO's"...) names a document rather than a statute: "the
// report", "the ICO's guidance", "the Code of Practice". A section of one is not a section of an Act.
bool names_document_at(std::string_view text, size_t pos);

}  // namespace foi
