// The index schema: every term prefix and value slot foisearch uses, declared once. ARCHITECTURE.md has the same table.
#pragma once

#include <cstddef>
#include <string_view>

namespace foi::schema {

// Term prefixes. Xapian's convention: "Q" for the unique id, "X..." for our own boolean fields. Boolean field
// values are written after a ':' so a value that starts with a capital letter cannot be read as a longer prefix.
inline constexpr std::string_view kIdPrefix = "Q";              // Q<id>: the document's unique id
inline constexpr std::string_view kTitlePrefix = "S";           // free text of the title (title: in queries)
inline constexpr std::string_view kForcePrefix = "XF:";         // canonical force name
inline constexpr std::string_view kExemptionPrefix = "XE:";     // exemption and each of its ancestors (s40 for s40(2))
inline constexpr std::string_view kOffencePrefix = "XO:";       // offence, and its Act alone ("SOA 2003")
inline constexpr std::string_view kAuthorityPrefix = "XA:";     // canonical authority
inline constexpr std::string_view kYearPrefix = "XY:";          // year of the response date, "2021"
inline constexpr std::string_view kMonthPrefix = "XM:";         // year and month of the response date, "2021-01"
inline constexpr std::string_view kDocTypePrefix = "XT:";       // doc_type (extract/doc_types.h kDocTypes)
inline constexpr std::string_view kReferencePrefix = "XR:";     // the authority's reference, lower-cased
inline constexpr std::string_view kCitesPrefix = "XC:";         // a reference it cites, lower-cased
inline constexpr std::string_view kDecidesPrefix = "XCI:";      // a reference a notice decides, lower-cased
inline constexpr std::string_view kAppealsPrefix = "XCT:";      // a reference a tribunal decision appeals
inline constexpr std::string_view kAllowedPrefix = "XCW:";      // ...in an appeal allowed in full or in part
inline constexpr std::string_view kRootPrefix = "XK:";          // the root the document was indexed from (scopes removal)
inline constexpr std::string_view kFilePrefix = "XP:";          // the file (its id) the document was read from
inline constexpr std::string_view kOutcomePrefix = "XU:";       // outcome ("disclosed in part", a tribunal's "Dismissed")
inline constexpr std::string_view kKindPrefix = "XD:";          // what an entry is: kDocumentKind or kPassageKind
inline constexpr std::string_view kParentPrefix = "XQ:";        // a passage's document id (replaced and removed with it)
inline constexpr std::string_view kRolePrefix = "XL:";          // a passage's role ("harm", "ncnd"...)
inline constexpr std::string_view kNcndPrefix = "XN:";          // "yes"/"no": neither confirms nor denies (kinds that can)
inline constexpr std::string_view kPassageTextPrefix = "P";     // a passage's words ("Pword", stems "ZPword")

// Documents and their passages live in one database, told apart by the kind term. Their words are apart: a
// document's are unprefixed ("word", "Zword"), a passage's carry kPassageTextPrefix, so a document search
// never walks a passage's postings, nor a passage search a document's (bench/results/passages-apart.md).
inline constexpr std::string_view kDocumentKind = "document";
inline constexpr std::string_view kPassageKind = "passage";
// Database metadata: "cluster:<id>" holds a cluster's summary as JSON (cluster_index.h).
inline constexpr std::string_view kClusterMetadataPrefix = "cluster:";
// Database metadata: "1" from a batch's commit until the regrouping's, written in those same commits, so a run
// killed before or during its regrouping is finished by the next run even when no file changed (cluster_index.h).
inline constexpr std::string_view kRegroupDueKey = "regroup_due";

// Value slots.
enum Slot : unsigned {
  kDateSlot = 0,        // response date as YYYYMMDD (sorting, date ranges); empty when unknown
  kForcesSlot = 1,      // forces, sorted, joined by kFacetSeparator (exact multi-valued facet counts)
  kExemptionsSlot = 2,  // exemptions, as above
  kOffencesSlot = 3,    // offences, as above
  kAuthoritySlot = 4,   // authority (single value)
  kYearSlot = 5,        // year of the response date, "2021"
  kSignatureSlot = 6,   // content signature: hash of the file's bytes and the extraction version
  kIdSlot = 7,          // the document's id (read back when removing documents whose files are gone)
  kDocTypeSlot = 8,     // doc_type
  kOldestSlot = 9,      // sort key for "oldest first": YYYYMMDD (or "99999999": undated last), separator, id
  kMonthSlot = 10,      // year and month of the response date, "2021-01" (the date histogram)
  kOutcomeSlot = 11,    // outcome (single value)
  kRoleSlot = 12,       // a passage's role
  kClusterSlot = 13,    // a passage's cluster id (every passage has one; a singleton's is its own); a value, not
                        // a term, so regrouping changes no term list
  kFingerprintSlot = 14,  // a passage's wording fingerprint (minhash.h encode_fingerprint)
  kParentSlot = 15,     // a passage's document id
  kNewestSlot = 16,     // sort key for "newest first": YYYYMMDD (or "": undated last), separator, id
  kNcndSlot = 17,       // "yes" or "no" (extract/ncnd.h); empty for kinds that cannot neither confirm nor deny
};
// The sort keys end with the id, and relevance ties are broken by the id too, so an order never depends on
// document numbers: one database and the same documents in several shards list them alike.

// The facets: the name used in the API, the boolean-term prefix filters use, the value slot counts come from,
// and whether a document can hold several values (joined by kFacetSeparator in the slot). `nested`: the slot
// holds the most specific values only (s40(2)); counts add each value's ancestors (s40), once a document.
// `kinds` says whether /api/search (documents), /api/passages (passages) or both count it.
enum Kinds : unsigned { kDocuments = 1, kPassages = 2, kBoth = 3 };
struct Facet {
  std::string_view name;
  std::string_view prefix;
  Slot slot;
  bool multi;
  Kinds kinds;
  bool nested = false;
};
inline constexpr Facet kFacets[] = {
    {"force", kForcePrefix, kForcesSlot, true, kBoth},
    {"exemption", kExemptionPrefix, kExemptionsSlot, true, kBoth, true},
    {"offence", kOffencePrefix, kOffencesSlot, true, kDocuments},
    {"authority", kAuthorityPrefix, kAuthoritySlot, false, kBoth},
    {"outcome", kOutcomePrefix, kOutcomeSlot, false, kDocuments},
    {"doc_type", kDocTypePrefix, kDocTypeSlot, false, kBoth},
    {"ncnd", kNcndPrefix, kNcndSlot, false, kDocuments},
    {"role", kRolePrefix, kRoleSlot, false, kPassages},
    {"year", kYearPrefix, kYearSlot, false, kBoth},
    {"month", kMonthPrefix, kMonthSlot, false, kBoth},
};

// Joins the values of a multi-valued facet in one slot; never occurs in a value.
inline constexpr char kFacetSeparator = '\x1f';

// Xapian refuses terms longer than this many bytes (and one such term discards the whole uncommitted batch).
inline constexpr size_t kMaxTermBytes = 245;

// Bump when extraction changes, so the next run re-extracts every document.
inline constexpr std::string_view kExtractionVersion =
    "16";  // 16: EIR exceptions by description; a notice's listed provisions

}  // namespace foi::schema
