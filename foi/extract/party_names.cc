// Reading a decision's party names: cleaning what surrounds them, and telling bodies from people.
#include "foi/extract/party_names.h"

#include <algorithm>
#include <vector>

#include "foi/base/scan.h"
#include "foi/extract/authorities.h"

namespace foi {
namespace {

constexpr size_t kMaxNameBytes = 100;

// A word of one of these makes an unknown name an organisation rather than a person.
constexpr std::string_view kOrgWords[] = {
    "council",       "authority", "agency",      "office",       "department",    "ministry",    "commission",
    "service",       "services",  "trust",       "university",   "college",       "school",      "academy",
    "board",         "ombudsman", "police",      "government",   "archives",      "corporation", "executive",
    "inspectorate",  "institute", "museum",      "library",      "parliament",    "assembly",    "treasury",
    "nhs",           "committee", "association", "foundation",   "hospital",      "registry",    "society",
    "forestry",      "group",     "bank",        "fund",         "limited",       "ltd",         "plc",
    "llp",           "partners",  "company",     "constabulary", "commissioners", "regulator",   "corporate",
    "parliamentary", "surgery",   "schools",     "consortium",   "partnership"};
constexpr std::string_view kCompanyWords[] = {"limited", "ltd", "plc", "llp", "partners", "company"};
// Values of role lines that are no party: "Appellant: In person", "Respondent: did not appear".
constexpr std::string_view kNotNames[] = {"in person", "did not appear", "not represented", "counsel",
                                          "solicitor", "submissions",    "no attendance",   "not attend"};
// Prefixes a party's name carries before the body itself.
constexpr std::string_view kPrefixes[] = {"before ",
                                          "and ",
                                          "the ",
                                          "chief constable of ",
                                          "commissioner of ",
                                          "governing body of ",
                                          "headteacher of ",
                                          "board of governors of ",
                                          "governors of ",
                                          "trustees of ",
                                          "corporate officer of "};
// Capitalised short forms kept in capitals by title_case_capitals.
constexpr std::string_view kShortForms[] = {"NHS", "BBC", "HM",   "UK",  "HMRC", "DVLA", "CPS", "GLA",
                                            "FOS", "TNA", "PSNI", "MOD", "PLC",  "LLP",  "CIC"};

template <size_t N>
bool among(const std::string_view (&list)[N], std::string_view word) {
  return std::find(list, list + N, word) != list + N;
}

std::vector<std::string> lower_words(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  for (char c : std::string(name) + " ") {
    if (scan::is_alnum(c)) {
      word += scan::lower(c);
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  return words;
}

bool quote_at(std::string_view s, size_t i) {
  return s[i] == '"' || s[i] == '\'' || (s.substr(i, 2) == "\xE2\x80" && i + 2 < s.size());
}

// Trims spaces, quotes and stray punctuation from both ends.
std::string_view trim_name(std::string_view s) {
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    if (scan::is_space(s.front()) || s.front() == '"' || s.front() == '\'' || s.front() == ':') {
      s.remove_prefix(1), changed = true;
    } else if (s.starts_with("\xE2\x80\x9C") || s.starts_with("\xE2\x80\x98")) {
      s.remove_prefix(3), changed = true;
    }
    if (s.empty()) break;
    if (scan::is_space(s.back()) || std::string_view("\"':,;.-").find(s.back()) != std::string_view::npos) {
      s.remove_suffix(1), changed = true;
    } else if (s.ends_with("\xE2\x80\x9D") || s.ends_with("\xE2\x80\x99")) {
      s.remove_suffix(3), changed = true;
    }
  }
  return s;
}

// The name without its layout column, numbering, a defining parenthesis and its prefixes.
std::string clean_name(std::string_view s) {
  s = trim_name(s);
  s = s.substr(0, s.find("  "));  // a second column ("Second", a reference) follows two spaces
  if (s.size() > 3 && s[0] == '(' && scan::is_digit(s[1]) && s[2] == ')') s = trim_name(s.substr(3));
  std::string out(s);
  for (size_t open = out.find('('); open != std::string::npos; open = out.find('(', open)) {
    size_t close = out.find(')', open);
    std::string_view inner = std::string_view(out).substr(
        open + 1, close == std::string::npos ? std::string::npos : close - open - 1);
    // "(BERR)" closing the name is its initials; "(UK)" inside "Widget Phones (UK) Limited" is part of it.
    bool abbreviation = close != std::string::npos && close + 1 == out.size() && inner.size() >= 3 &&
                        inner.size() <= 8 &&
                        std::all_of(inner.begin(), inner.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    bool defining = !inner.empty() &&
                    (quote_at(inner, 0) || scan::starts_with_phrase(inner, "the ") || abbreviation ||
                     scan::starts_with_phrase(inner, "an ") || scan::starts_with_phrase(inner, "formerly "));
    if (!defining && close != std::string::npos) {
      open = close;
      continue;
    }
    out.erase(open, close == std::string::npos ? std::string::npos : close + 1 - open);
  }
  s = trim_name(out);
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view p : kPrefixes) {
      if (s.size() > p.size() && scan::starts_with_phrase(s, p))
        s = trim_name(s.substr(p.size())), cut = true;
    }
  }
  return std::string(s);
}

bool after_apostrophe(std::string_view s, size_t i) {
  return (i >= 1 && s[i - 1] == '\'') || (i >= 3 && s.substr(i - 3, 3) == "\xE2\x80\x99");
}

}  // namespace

std::string title_case_capitals(std::string_view name) {
  if (std::any_of(name.begin(), name.end(), scan::is_lower)) return std::string(name);
  static constexpr std::string_view kSmall[] = {"OF", "AND", "THE", "FOR", "IN", "ON", "UPON"};
  std::string out;
  for (size_t i = 0; i < name.size();) {
    if (!scan::is_alnum(name[i])) {
      out += name[i++];
      continue;
    }
    size_t end = i;
    while (end < name.size() && scan::is_alnum(name[end])) ++end;
    std::string_view word = name.substr(i, end - i);
    bool keep = among(kShortForms, word) || std::any_of(word.begin(), word.end(), scan::is_digit);
    bool small = (i > 0 && among(kSmall, word)) || after_apostrophe(name, i);
    for (size_t k = 0; k < word.size(); ++k)
      out += keep ? word[k] : (k == 0 && !small) ? word[k] : scan::lower(word[k]);
    i = end;
  }
  return out;
}

std::optional<PartyName> read_party(std::string_view written, bool named_as_authority) {
  std::string name = title_case_capitals(clean_name(written));
  if (name.empty() || name.size() > kMaxNameBytes || name.find(':') != std::string::npos) return std::nullopt;
  std::string lower;
  for (char c : name) lower += scan::lower(c);
  if (lower.find("information commis") != std::string::npos || lower == "ico" || lower == "ic")
    return std::nullopt;
  for (std::string_view no : kNotNames)
    if (lower.find(no) != std::string::npos) return std::nullopt;
  std::vector<std::string> words = lower_words(name);
  if (std::find(words.begin(), words.end(), "obo") != words.end())
    return std::nullopt;  // a requester's agent
  bool company = std::any_of(words.begin(), words.end(), [](auto& w) { return among(kCompanyWords, w); });
  std::optional<std::string> canonical = canonical_authority(name);
  for (std::string_view cut :
       {" (", ", an ", ", a "}) {  // "Department X (DX) and Mr Y", ", an executive agency"
    if (size_t at = name.find(cut); !canonical && at != std::string::npos)
      canonical = canonical_authority(name.substr(0, at));
  }
  // "Secretary of State for Defence (Ministry of Defence)": the office holder's department, named in
  // brackets.
  if (size_t open = name.find(" ("), close = name.rfind(')');
      !canonical && open != std::string::npos && close == name.size() - 1 && close > open + 2)
    canonical = canonical_authority(name.substr(open + 2, close - open - 2));
  if (canonical) {
    if (is_appeal_route(*canonical)) return std::nullopt;
    return PartyName{*canonical, true, company};
  }
  bool org = std::any_of(words.begin(), words.end(), [](auto& w) { return among(kOrgWords, w); });
  if (!org && !named_as_authority) return std::nullopt;
  return PartyName{name, false, company};
}

}  // namespace foi
