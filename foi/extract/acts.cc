// The table of Acts and finding Act names in text.
#include "foi/extract/acts.h"

#include <algorithm>
#include <array>
#include <utility>

#include "foi/base/scan.h"

namespace foi {
namespace {

using K = ActKind;

// One row per Act. short_name is the offence facet's form; abbreviations are written without a year.
const std::vector<Act>& table() {
  static const std::vector<Act> acts = {
      // The FOI regimes.
      {"Freedom of Information Act", 2000, "FOIA 2000", K::kFoia, {"FOIA", "FOI Act", "FoIA"}, true},
      {"Freedom of Information (Scotland) Act", 2002, "FOISA 2002", K::kFoisa, {"FOISA", "FOI(S)A", "FoISA"}, true},
      {"Environmental Information Regulations", 2004, "EIR 2004", K::kEir, {"EIR", "EIRs"}, true},
      {"Environmental Information (Scotland) Regulations", 2004, "EISR 2004", K::kEisr, {"EISR", "EI(S)R"}, true},
      // Criminal statutes: their sections are offences.
      {"Sexual Offences Act", 2003, "SOA 2003", K::kCriminal, {"SOA"}, true},
      {"Sexual Offences Act", 1956, "SOA 1956", K::kCriminal, {}, false},
      {"Communications Act", 2003, "CA 2003", K::kCriminal, {}, true},
      {"Malicious Communications Act", 1988, "MCA 1988", K::kCriminal, {"MCA"}, true},
      {"Protection of Children Act", 1978, "PCA 1978", K::kCriminal, {"PCA"}, true},
      {"Criminal Justice Act", 1988, "CJA 1988", K::kCriminal, {}, true},
      {"Criminal Justice Act", 2003, "CJA 2003", K::kCriminal, {}, false},
      {"Serious Crime Act", 2015, "SCA 2015", K::kCriminal, {"SCA"}, true},
      {"Serious Crime Act", 2007, "SCA 2007", K::kCriminal, {}, false},
      {"Protection from Harassment Act", 1997, "PHA 1997", K::kCriminal, {"PHA"}, true},
      {"Coroners and Justice Act", 2009, "CJA 2009", K::kCriminal, {}, true},
      {"Criminal Justice and Courts Act", 2015, "CJCA 2015", K::kCriminal, {"CJCA"}, true},
      {"Computer Misuse Act", 1990, "CMA 1990", K::kCriminal, {"CMA"}, true},
      {"Misuse of Drugs Act", 1971, "MDA 1971", K::kCriminal, {"MDA"}, true},
      {"Public Order Act", 1986, "POA 1986", K::kCriminal, {"POA"}, true},
      {"Offences against the Person Act", 1861, "OAPA 1861", K::kCriminal, {"OAPA"}, true},
      {"Theft Act", 1968, "TA 1968", K::kCriminal, {}, true},
      {"Theft Act", 1978, "TA 1978", K::kCriminal, {}, false},
      {"Road Traffic Act", 1988, "RTA 1988", K::kCriminal, {"RTA"}, true},
      {"Fraud Act", 2006, "FA 2006", K::kCriminal, {}, true},
      {"Terrorism Act", 2000, "TA 2000", K::kCriminal, {}, true},
      {"Terrorism Act", 2006, "TA 2006", K::kCriminal, {}, false},
      {"Firearms Act", 1968, "FA 1968", K::kCriminal, {}, true},
      {"Criminal Damage Act", 1971, "CDA 1971", K::kCriminal, {}, true},
      {"Crime and Disorder Act", 1998, "CDA 1998", K::kCriminal, {}, true},
      {"Modern Slavery Act", 2015, "MSA 2015", K::kCriminal, {"MSA"}, true},
      {"Proceeds of Crime Act", 2002, "POCA 2002", K::kCriminal, {"POCA"}, true},
      {"Bribery Act", 2010, "BA 2010", K::kCriminal, {}, true},
      {"Obscene Publications Act", 1959, "OPA 1959", K::kCriminal, {"OPA"}, true},
      {"Voyeurism (Offences) Act", 2019, "VOA 2019", K::kCriminal, {}, true},
      {"Domestic Abuse Act", 2021, "DAA 2021", K::kCriminal, {}, true},
      {"Psychoactive Substances Act", 2016, "PSA 2016", K::kCriminal, {}, true},
      {"Prevention of Crime Act", 1953, "PCA 1953", K::kCriminal, {}, true},
      {"Criminal Law Act", 1977, "CLA 1977", K::kCriminal, {}, true},
      {"Dangerous Dogs Act", 1991, "DDA 1991", K::kCriminal, {}, true},
      {"Offensive Weapons Act", 2019, "OWA 2019", K::kCriminal, {}, true},
      {"Immigration Act", 1971, "IA 1971", K::kCriminal, {}, true},
      {"Anti-social Behaviour, Crime and Policing Act", 2014, "ASBCPA 2014", K::kCriminal, {"ASBCPA"}, true},
      {"Criminal Justice and Public Order Act", 1994, "CJPOA 1994", K::kCriminal, {"CJPOA"}, true},
      {"Sexual Offences (Scotland) Act", 2009, "SOSA 2009", K::kCriminal, {}, true},
      {"Criminal Justice and Licensing (Scotland) Act", 2010, "CJLSA 2010", K::kCriminal, {}, true},
      {"Abusive Behaviour and Sexual Harm (Scotland) Act", 2016, "ABSHSA 2016", K::kCriminal, {}, true},
      {"Domestic Abuse (Scotland) Act", 2018, "DASA 2018", K::kCriminal, {}, true},
      {"Civic Government (Scotland) Act", 1982, "CGSA 1982", K::kCriminal, {}, true},
      // Procedural statutes: documents cite their sections, but they define no offence in these contexts
      // (a product decision: they stay out of the offence facet).
      {"Police and Criminal Evidence Act", 1984, "PACE 1984", K::kOther, {"PACE"}, true},
      {"Regulation of Investigatory Powers Act", 2000, "RIPA 2000", K::kOther, {"RIPA"}, true},
      {"Regulation of Investigatory Powers (Scotland) Act", 2000, "RIPSA 2000", K::kOther, {"RIPSA"}, true},
      {"Investigatory Powers Act", 2016, "IPA 2016", K::kOther, {"IPA"}, true},
      {"Data Protection Act", 2018, "DPA 2018", K::kOther, {"DPA"}, true},
      {"Data Protection Act", 1998, "DPA 1998", K::kOther, {}, false},
      {"Human Rights Act", 1998, "HRA 1998", K::kOther, {"HRA"}, true},
      {"Criminal Procedure and Investigations Act", 1996, "CPIA 1996", K::kOther, {"CPIA"}, true},
      {"Criminal Procedure (Scotland) Act", 1995, "CPSA 1995", K::kOther, {}, true},
      {"Police Act", 1996, "PA 1996", K::kOther, {}, true},
      {"Police Act", 1997, "PA 1997", K::kOther, {}, false},
      {"Police Reform Act", 2002, "PRA 2002", K::kOther, {}, true},
      {"Police Reform and Social Responsibility Act", 2011, "PRSRA 2011", K::kOther, {}, true},
      {"Police and Fire Reform (Scotland) Act", 2012, "PFRSA 2012", K::kOther, {}, true},
      {"Children Act", 1989, "ChA 1989", K::kOther, {}, true},
      {"Bail Act", 1976, "BA 1976", K::kOther, {}, true},
      {"Equality Act", 2010, "EA 2010", K::kOther, {}, true},
      {"Local Government Act", 1972, "LGA 1972", K::kOther, {}, true},
      {"Copyright, Designs and Patents Act", 1988, "CDPA 1988", K::kOther, {"CDPA"}, true},
  };
  return acts;
}

using scan::is_alpha;
using scan::is_digit;
using scan::is_upper;
using scan::match_words;
using scan::skip_blanks;
using scan::skip_spaces;
constexpr size_t npos = std::string_view::npos;

// " 2003" after a name (", 1984" in older drafting): returns the year and moves `end`, or 0.
int read_year(std::string_view t, size_t& end) {
  size_t i = skip_blanks(t, end);
  if (i == end && i < t.size() && t[i] == ',') i = skip_blanks(t, i + 1);
  if (i < t.size() && t[i] == '\n') i = skip_spaces(t, i);  // a year wrapped onto the next line
  size_t e = scan::match_digits(t, i, 4, 4);
  if (e == npos || !scan::word_end(t, e)) return 0;
  int y = std::stoi(std::string(t.substr(i, 4)));
  if (y < 1800 || y > 2099) return 0;
  end = e;
  return y;
}

const Act* by_short_name(std::string_view abbr, int year) {
  std::string want = std::string(abbr) + " " + std::to_string(year);
  for (const Act& a : table())
    if (a.short_name == want) return &a;
  return nullptr;
}

const Act* by_name(std::string_view name, int year) {
  const Act* fallback = nullptr;
  for (const Act& a : table()) {
    if (a.name != name) continue;
    if (year != 0 && a.year == year) return &a;
    if (year == 0 && a.default_for_name) return &a;
    if (a.kind != K::kCriminal) fallback = &a;  // a procedural Act named with a wrong year is still procedural
  }
  return year == 0 ? nullptr : fallback;
}

// An upper-case token (letters, and "(S)"-style parts) starting at pos: its end, or npos.
size_t upper_token_end(std::string_view t, size_t pos) {
  if (!scan::word_start(t, pos) || pos >= t.size() || !is_upper(t[pos])) return npos;
  size_t i = pos;
  while (i < t.size() && (is_alpha(t[i]) || t[i] == '(' || t[i] == ')')) ++i;
  // Brackets belong to the token only when they pair up inside it ("FOI(S)A"), not "(SCA)" around it.
  auto opens = [&] { return std::count(t.begin() + pos, t.begin() + i, '('); };
  auto closes = [&] { return std::count(t.begin() + pos, t.begin() + i, ')'); };
  while (i > pos && (t[i - 1] == '(' || (t[i - 1] == ')' && closes() > opens()))) --i;
  return i > pos && scan::word_end(t, i) ? i : npos;
}

const Act* lookup_abbreviation(std::string_view abbr, const ActIndex& index) {
  if (auto it = index.local_abbreviations.find(abbr); it != index.local_abbreviations.end()) return it->second;
  for (const Act& a : table())
    for (std::string_view ab : a.abbreviations)
      if (ab == abbr) return &a;
  return nullptr;
}

// The table's multi-word abbreviations ("FOI Act") with their Acts, in table order: matching is tried at
// every word, so the table is not walked each time.
const std::vector<std::pair<std::string_view, const Act*>>& multi_word_abbreviations() {
  static const auto forms = [] {
    std::vector<std::pair<std::string_view, const Act*>> out;
    for (const Act& a : table())
      for (std::string_view ab : a.abbreviations)
        if (ab.find(' ') != npos) out.emplace_back(ab, &a);
    return out;
  }();
  return forms;
}

// The table's Acts whose names start with c's letter (either case), in table order.
const std::vector<const Act*>& acts_starting_with(char c) {
  static const auto by_letter = [] {
    std::array<std::vector<const Act*>, 256> out;
    for (const Act& a : table()) out[static_cast<unsigned char>(scan::lower(a.name[0]))].push_back(&a);
    return out;
  }();
  return by_letter[static_cast<unsigned char>(scan::lower(c))];
}

std::optional<ActMention> match_abbreviation(std::string_view t, size_t pos, const ActIndex& index) {
  for (const auto& [ab, act] : multi_word_abbreviations())
    if (t.substr(pos, ab.size()) == ab && scan::word_end(t, pos + ab.size()))
      return ActMention{act, pos, ab.size()};
  size_t end = upper_token_end(t, pos);
  if (end == npos || end - pos < 2) return std::nullopt;
  std::string_view abbr = t.substr(pos, end - pos);
  size_t after = end;
  if (int year = read_year(t, after)) {
    if (const Act* a = by_short_name(abbr, year)) return ActMention{a, pos, after - pos};
  }
  if (const Act* a = lookup_abbreviation(abbr, index)) return ActMention{a, pos, end - pos};
  return std::nullopt;
}

std::optional<ActMention> match_table_name(std::string_view t, size_t pos) {
  for (const Act* a : acts_starting_with(t[pos])) {
    size_t end = match_words(t, pos, a->name);
    if (end == npos) continue;
    int year = read_year(t, end);
    if (const Act* found = by_name(a->name, year)) return ActMention{found, pos, end - pos};
    return ActMention{&unknown_act(), pos, end - pos};  // a criminal Act of a year we do not list
  }
  return std::nullopt;
}

bool is_connector(std::string_view w) {
  return w == "and" || w == "of" || w == "the" || w == "for" || w == "to" || w == "in" || w == "on" ||
         w == "against" || w == "&";
}

// A bracketed part of a title at pos ("(Scotland)", "(No. 2)", "(Miscellaneous Amendments No.)"): its end or npos.
size_t bracket_end(std::string_view t, size_t pos) {
  size_t close = t.find(')', pos);
  if (close == npos || close - pos > 60 || t.substr(pos, close - pos).find("\n\n") != npos) return npos;
  return close + 1;
}

// "Some Capitalised Words (Scotland) Act 1999" or "... (No. 2) Regulations 2010" that the table does not know.
std::optional<ActMention> match_generic(std::string_view t, size_t pos) {
  if (!is_upper(t[pos])) return std::nullopt;
  size_t i = pos;
  for (int words = 0; words < 10 && i < t.size(); ++words) {
    size_t e = t[i] == '(' ? bracket_end(t, i) : i;
    if (e == npos) return std::nullopt;
    while (e < t.size() && (is_alpha(t[e]) || t[e] == '-' || t[e] == ',' || t[e] == '&' || t[e] == '\'')) ++e;
    std::string_view w = t.substr(i, e - i);
    if (w.empty()) return std::nullopt;
    if (w == "Act," || w == "Regulations,") {  // "the Asylum and Immigration Act, 2004"
      w.remove_suffix(1);
      --e;
    }
    if ((w == "Act" || w == "Regulations") && i > pos) {
      size_t end = e;
      read_year(t, end);
      return ActMention{&unknown_act(), pos, end - pos};
    }
    if (!is_upper(w[0]) && w[0] != '(' && !is_connector(w)) return std::nullopt;
    i = skip_blanks(t, e);
    if (i < t.size() && t[i] == '\n') {  // a name wraps onto the next line, but a heading above is not part of it
      size_t next = skip_blanks(t, i + 1);
      if (next >= t.size() || t[next] == '\n' || t[next] == '\r') return std::nullopt;
      i = next;
    }
  }
  return std::nullopt;
}

// Records `abbr` as the document's name for `act`. An Act the table does not know never takes over one of the
// table's abbreviations ("EIR - Environmental Information Regulation 2004", misspelt, stays the EIR).
void define(ActIndex& index, std::string_view abbr, const Act* act) {
  auto upper = std::count_if(abbr.begin(), abbr.end(), is_upper);
  auto lower = std::count_if(abbr.begin(), abbr.end(), scan::is_lower);
  if (upper < 2 || lower > upper) return;  // "FOIA (Recommendations...)" defines nothing; "FoIA" and "EIRs" do
  if (act == &unknown_act() && lookup_abbreviation(abbr, ActIndex{}) != nullptr) return;
  index.local_abbreviations[std::string(abbr)] = act;
}

void add_local_definitions(std::string_view t, const ActMention& m, ActIndex& index) {
  // "Serious Crime Act 2015 (SCA)" / ("SCA") / (“the CRA”) / ("the Act")
  size_t i = skip_spaces(t, m.offset + m.length);
  if (i < t.size() && t[i] == '(') {
    size_t open = i++;
    while (i < t.size() && !is_alpha(t[i]) && i < open + 8) ++i;  // quotes of any kind
    if (size_t e = match_words(t, i, "the"); e != npos) i = skip_spaces(t, e);
    if (match_words(t, i, "Act") != npos && t[i] == 'A') {
      if (index.the_act_defined == nullptr) index.the_act_defined = m.act;
    } else if (size_t e = upper_token_end(t, i); e != npos) {
      define(index, t.substr(i, e - i), m.act);
    }
  }
  // "SOA – Sexual Offences Act 2003" / "SOA - ..." / "SOA: ..." / "SOA = ..."
  size_t j = m.offset;
  while (j > 0 && scan::is_space(t[j - 1])) --j;
  size_t dash = j;
  if (j >= 3 && (t.substr(j - 3, 3) == "\xE2\x80\x93" || t.substr(j - 3, 3) == "\xE2\x80\x94")) dash = j - 3;
  else if (j >= 1 && (t[j - 1] == '-' || t[j - 1] == ':' || t[j - 1] == '=')) dash = j - 1;
  if (dash == j) return;
  while (dash > 0 && scan::is_space(t[dash - 1])) --dash;
  size_t start = dash;
  while (start > 0 && is_upper(t[start - 1])) --start;
  if (dash - start >= 2 && scan::word_start(t, start)) define(index, t.substr(start, dash - start), m.act);
}

// "the 2007 Act": the Act of that year the document names (the last before pos, else the first after), else an
// Act the table does not know. `after` is just past "the".
std::optional<ActMention> match_year_act(std::string_view t, size_t start, size_t after, const ActIndex& index) {
  size_t e = scan::match_digits(t, after, 4, 4);
  if (e == npos || !scan::word_end(t, e)) return std::nullopt;
  size_t name = skip_spaces(t, e);
  size_t end = match_words(t, name, "Act");
  if (end == npos) end = match_words(t, name, "Regulations");
  if (end == npos || !is_upper(t[name])) return std::nullopt;
  int year = std::stoi(std::string(t.substr(after, 4)));
  const Act* found = nullptr;
  for (const ActMention& m : index.mentions) {
    if (m.act->year != year) continue;
    if (m.offset < start || found == nullptr) found = m.act;
    if (m.offset >= start) break;
  }
  return ActMention{found ? found : &unknown_act(), start, end - start};
}

// "that Act", "the said Act", "the same Act": the Act named last before pos.
std::optional<ActMention> match_that_act(std::string_view t, size_t pos, const ActIndex& index) {
  size_t e = npos;
  for (std::string_view p : {"that Act", "the said Act", "the same Act"})
    if (e == npos) e = match_words(t, pos, p);
  if (e == npos || t[e - 3] != 'A') return std::nullopt;
  const Act* last = nullptr;
  for (const ActMention& m : index.mentions) {
    if (m.offset >= pos) break;
    if (m.act != &the_act()) last = m.act;
  }
  if (last == nullptr) return std::nullopt;
  return ActMention{last, pos, e - pos};
}

}  // namespace

bool is_foi_kind(ActKind k) { return k == K::kFoia || k == K::kFoisa || k == K::kEir || k == K::kEisr; }

const std::vector<Act>& all_acts() { return table(); }

const Act& unknown_act() {
  static const Act a{"(another Act)", 0, "", K::kOther, {}, false};
  return a;
}

const Act& the_act() {
  static const Act a{"the Act", 0, "", K::kTheAct, {}, false};
  return a;
}

std::optional<ActMention> match_act_at(std::string_view t, size_t pos, const ActIndex& index) {
  if (pos >= t.size() || !is_alpha(t[pos]) || !scan::word_start(t, pos)) return std::nullopt;
  if (std::optional<ActMention> m = match_that_act(t, pos, index)) return m;
  size_t start = pos;
  if (size_t e = match_words(t, pos, "the"); e != npos) {
    size_t after = skip_spaces(t, e);
    size_t act_end = match_words(t, after, "Act");
    if (act_end != npos && t[after] == 'A') {
      size_t y = act_end;
      if (read_year(t, y) == 0) return ActMention{&the_act(), start, act_end - start};
    }
    if (std::optional<ActMention> y = match_year_act(t, start, after, index)) return y;
    pos = after;
    if (pos >= t.size() || !is_alpha(t[pos])) return std::nullopt;
  }
  std::optional<ActMention> m = match_table_name(t, pos);
  if (!m) m = match_abbreviation(t, pos, index);
  if (!m) m = match_generic(t, pos);
  if (m) {
    m->length += m->offset - start;
    m->offset = start;
  }
  return m;
}

const Act* abbreviation_before(std::string_view t, size_t pos, const ActIndex& index) {
  size_t i = pos;
  while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t')) --i;
  int year = 0;
  if (i >= 4 && scan::match_digits(t, i - 4, 4, 4) == i && scan::word_start(t, i - 4)) {
    year = std::stoi(std::string(t.substr(i - 4, 4)));
    i -= 4;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t')) --i;
  }
  size_t start = i;
  while (start > 0 && (is_alpha(t[start - 1]) || t[start - 1] == '(' || t[start - 1] == ')')) --start;
  if (start == i || !is_upper(t[start]) || upper_token_end(t, start) != i) return nullptr;
  std::string_view abbr = t.substr(start, i - start);
  if (year != 0) return by_short_name(abbr, year);
  return lookup_abbreviation(abbr, index);
}

bool names_document_at(std::string_view t, size_t pos) {
  static const std::string_view determiners[] = {"the", "this", "that", "its", "his", "her", "our", "your", "their"};
  static const std::string_view nouns[] = {
      "report",   "guidance",  "guide",    "scheme",    "annex",     "appendix",  "policy",   "contract",
      "agreement", "code",     "document", "letter",    "decision",  "opinion",   "judgment", "judgement",
      "constitution", "manual", "handbook", "plan",     "strategy",  "minutes",   "protocol", "procedure",
      "form",     "response",  "request",  "submission", "statement", "specification", "tender", "framework",
      "standard", "bundle",    "review",   "notice",    "template",  "paper",     "website",  "terms"};
  size_t i = npos;
  for (std::string_view d : determiners)
    if (size_t e = match_words(t, pos, d); e != npos) i = skip_spaces(t, e);
  for (int words = 0; words < 3 && i < t.size() && is_alpha(t[i]); ++words) {
    size_t e = i;
    while (e < t.size() && is_alpha(t[e])) ++e;
    std::string word(t.substr(i, e - i));
    std::transform(word.begin(), word.end(), word.begin(), scan::lower);
    std::string singular = word.size() > 1 && word.back() == 's' ? word.substr(0, word.size() - 1) : word;
    for (std::string_view n : nouns)
      if (word == n || singular == n) return true;
    if (word == "act" || singular == "regulation") return false;
    if (t.substr(e, 2) == "'s") e += 2;  // possessives: "the ICO's guidance"
    else if (t.substr(e, 4) == "\xE2\x80\x99s") e += 4;
    i = skip_spaces(t, e);
  }
  return false;
}

ActIndex index_acts(std::string_view t) {
  ActIndex index;
  for (size_t pos = 0; pos < t.size(); ++pos) {
    if (!is_alpha(t[pos]) || !scan::word_start(t, pos)) continue;
    std::optional<ActMention> m = match_act_at(t, pos, index);
    if (!m) continue;
    index.mentions.push_back(*m);
    if (m->act != &the_act()) add_local_definitions(t, *m, index);
    pos = m->offset + m->length - 1;
  }
  return index;
}

}  // namespace foi
