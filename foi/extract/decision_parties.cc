// The public authority of a decision: its notice lines, its parties, its title, the request it recounts.
#include "foi/extract/decision_parties.h"

#include <algorithm>
#include <vector>

#include "foi/base/scan.h"
#include "foi/extract/authorities.h"
#include "foi/extract/dates.h"
#include "foi/extract/decision_narrative.h"
#include "foi/extract/notice_verdicts.h"
#include "foi/extract/party_names.h"

namespace foi {
namespace {

// The parties open a decision; a substituted notice ("Public authority: ...") may follow pages of reasons.
constexpr size_t kPartiesHead = 6000;
constexpr size_t kNoticeHead = 30000;
constexpr size_t kTitleLines = 15;

std::string_view trim(std::string_view s) {
  while (!s.empty() && scan::is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && scan::is_space(s.back())) s.remove_suffix(1);
  return s;
}

// The lines of text[0, limit), trimmed, empty ones kept (they end a wrapped name).
std::vector<std::string_view> lines_of(std::string_view text, size_t limit) {
  std::vector<std::string_view> lines;
  text = text.substr(0, std::min(limit, text.size()));
  for (size_t start = 0; start < text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(trim(text.substr(start, end - start)));
    start = end + 1;
  }
  return lines;
}

// A copy that ran a notice's heading lines into one: "... Date: 2 March 2010 Public Authority: X Address: 1
// High Street ...", or with the labels first, "Public Authority: Address: X Town Hall ...". The name runs to
// the "Address" label, or when the address follows it, to the word that ends an organisation's name.
std::optional<std::string_view> run_together_authority(std::string_view line) {
  size_t at = 0;
  while (at < line.size() && scan::match_phrase(line, at, "public authority:") == std::string_view::npos)
    ++at;
  if (at == 0 || at >= line.size()) return std::nullopt;
  std::string_view v = trim(line.substr(at + 17));
  if (scan::starts_with_phrase(v, "address:")) {
    v = trim(v.substr(8));
    for (std::string_view end : {" Council", " Police", " Constabulary", " Service", " Office", " Department",
                                 " Trust", " Authority", " Commission", " University"})
      if (size_t e = v.find(end); e != std::string_view::npos && e + end.size() <= 80) {
        e += end.size();
        if (scan::starts_with_phrase(v.substr(e), " Service")) e += 8;  // "Metropolitan Police Service"
        return v.substr(0, e);
      }
    return std::nullopt;
  }
  return v.substr(0, std::min(v.find(" Address"), size_t{80}));
}

// Whether a name goes on onto the next line: "THE DEPARTMENT FOR BUSINESS, ENTERPRISE" / "AND REGULATORY
// REFORM".
bool wraps_onto(std::string_view name, std::string_view next) {
  if (name.empty() || next.empty() || next.find(':') != std::string_view::npos) return false;
  return name.back() == ',' || scan::starts_with_phrase(next, "and ") ||
         scan::starts_with_phrase(next, "of ") || name.ends_with(" of") || name.ends_with(" OF") ||
         name.ends_with(" for") || name.ends_with(" FOR");
}

// A line that is one short label and its colon ("Address:", "Date:").
bool is_label_only(std::string_view line) {
  return line.size() >= 2 && line.size() <= 24 && line.back() == ':' && line.find(':') == line.size() - 1 &&
         scan::is_alpha(line.front());
}

// "Public authority: X", "Public Authority:" with X on a following line, a Scottish notice's "Authority: X".

std::optional<DecisionAuthority> notice_line(std::string_view text) {
  std::vector<std::string_view> lines = lines_of(text, kNoticeHead);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (std::optional<std::string_view> v = run_together_authority(line))
      if (auto party = read_party(*v, /*named_as_authority=*/true))
        return DecisionAuthority{party->name,
                                 "the notice's 'Public Authority:' label, its lines run together"};
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) colon = line.find("   ");  // "Public Authority      X", a column
    if (colon == std::string_view::npos) continue;
    std::string_view label = trim(line.substr(0, colon));
    bool pa = label.size() == 16 && scan::starts_with_phrase(label, "public authority");
    if (!pa && label != "Authority") continue;
    std::string_view value = trim(line.substr(colon + 1));
    value = trim(value.substr(0, value.find(" Address:")));  // "Public Authority: X Address: Town Hall"
    size_t at = i;                                           // the line the name starts on
    // The value under the label; under a run of labels ("Public Authority:\nAddress:\nHome Office\n2 Marsham
    // Street"), the first line after the run, the values stacked as their labels are.
    for (size_t k = i + 1, labels = 0; value.empty() && k < lines.size() && k <= i + 3 + labels; ++k) {
      if (is_label_only(lines[k])) {
        ++labels;
        continue;
      }
      if (lines[k].find(':') != std::string_view::npos) break;
      value = lines[k], at = k;
    }
    std::string name(value);
    if (at + 1 < lines.size() && wraps_onto(value, lines[at + 1])) name += " " + std::string(lines[at + 1]);
    if (auto party = read_party(name, /*named_as_authority=*/true))
      return DecisionAuthority{
          party->name, pa ? "the decision's 'Public authority:' line" : "the notice's 'Authority:' line"};
  }
  return std::nullopt;
}

// The role a parties block gives at the start of `s` ("Appellant", "Second Respondent", "Additional Party"),
// whole words followed by the end, a colon or a column gap; `end` is set past it.
enum class Role { kNone, kAppellant, kOther };
Role role_at(std::string_view s, size_t& end) {
  static constexpr std::string_view kOrdinals[] = {"first ", "second ", "third ", "1st ", "2nd ", "3rd "};
  size_t at = 0;
  for (std::string_view o : kOrdinals)
    if (scan::starts_with_phrase(s, o)) at = scan::match_phrase(s, 0, o);
  Role role = Role::kNone;
  for (std::string_view r : {"appellants", "appellant", "respondents", "respondent", "additional parties",
                             "additional party", "interested party"}) {
    if ((end = scan::match_words(s, at, r)) == std::string_view::npos) continue;
    role = r[0] == 'a' && r[1] == 'p' ? Role::kAppellant : Role::kOther;
    break;
  }
  if (role == Role::kNone) return role;
  if (end < s.size() && s[end] == ':') return ++end, role;
  return end == s.size() || s.substr(end, 2) == "  " ? role : Role::kNone;
}

struct Candidate {
  PartyName party;
  Role role;
  bool loose = false;  // a respondent kept only for being named as a body (joined_name)
};

// A name of capitalised words joined by "of", "for", "and" or "&", as a body's is and a person's is not
// ("Homes for Haringey").
bool joined_name(std::string_view name) {
  for (std::string_view title : {"Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Mx ", "Professor ", "Prof ", "Sir ",
                                 "Lord ", "Lady ", "Dame ", "Councillor ", "Cllr "})
    if (scan::trim(name, "").starts_with(title)) return false;  // "Dr Ian Grey of Barchester"
  bool joined = false;
  size_t words = 0;
  for (size_t i = scan::skip_spaces(name, 0); i < name.size(); i = scan::skip_spaces(name, i)) {
    size_t end = i;
    while (end < name.size() && !scan::is_space(name[end])) ++end;
    std::string_view word = name.substr(i, end - i);
    ++words;
    if (word == "of" || word == "for" || word == "and" || word == "&")
      joined = words > 1;
    else if (!scan::is_upper(word.front()))
      return false;
    i = end;
  }
  return joined && words >= 3;
}

// Each name in a role's value: "(1) The Information Commissioner (2) Natural England" holds two.
void add_names(std::string_view value, Role role, std::vector<Candidate>& out) {
  for (size_t mark = value.find(" ("); mark != std::string_view::npos; mark = value.find(" (", mark + 1)) {
    if (mark + 4 <= value.size() && scan::is_digit(value[mark + 2]) && value[mark + 3] == ')') {
      add_names(value.substr(0, mark), role, out);
      return add_names(value.substr(mark + 1), role, out);
    }
  }
  std::optional<PartyName> p = read_party(value, false);
  // Beside the Commissioner, a respondent the tables do not know may be the authority when named as a body
  // is; the last choice (loose_respondent).
  const bool loose = !p && role == Role::kOther && joined_name(value);
  if (loose) p = read_party(value, true);
  if (p) out.push_back({std::move(*p), role, loose});
}

// Where a role may follow a name on its line: a column gap ("X    Appellant"), or the last space after a
// name in capitals ("FLADBURY PARISH COUNCIL Respondents", as a law report flattens the table).
size_t role_gap(std::string_view line) {
  if (size_t gap = line.rfind("  "); gap != std::string_view::npos) return gap;
  size_t space = line.rfind(' ');
  if (space == std::string_view::npos) return space;
  for (std::string_view ordinal : {" First", " Second", " Third"})  // "X COUNCIL Second Respondent"
    if (line.substr(0, space).ends_with(ordinal)) space -= ordinal.size();
  std::string_view name = line.substr(0, space);
  bool capitals = std::count_if(name.begin(), name.end(), scan::is_upper) >= 2 &&
                  std::none_of(name.begin(), name.end(), scan::is_lower);
  return capitals ? space : std::string_view::npos;
}

// The parties: "Appellant: X", "X    Appellant", or X on the lines before a line "Second Respondent".
std::vector<Candidate> parties(std::string_view head) {
  std::vector<Candidate> found;
  std::vector<std::string_view> pending;  // name lines since the last role, "and" or "Between"
  for (std::string_view line : lines_of(head, head.size())) {
    size_t end = 0;
    if (line.empty()) continue;
    if (scan::starts_with_phrase(line, "for ")) {
      pending.clear();
    } else if (Role role = role_at(line, end); role != Role::kNone) {
      std::string_view value = trim(line.substr(end));
      // Two name lines are one wrapped name, unless one of them alone is a known body ("HOGAN / X COUNCIL").
      bool one_known = std::any_of(pending.begin(), pending.end(), [](std::string_view n) {
        std::optional<PartyName> p = read_party(n, false);
        return p && p->known;
      });
      size_t before = found.size();
      if (value.empty() && pending.size() == 2 && !one_known)
        add_names(std::string(pending[0]) + " " + std::string(pending[1]), role, found);
      for (std::string_view name : value.empty() ? pending : std::vector<std::string_view>{value})
        if (found.size() == before) add_names(name, role, found);
      pending.clear();
    } else if (size_t gap = role_gap(line); gap != std::string_view::npos &&
                                            role_at(trim(line.substr(gap)), end) != Role::kNone &&
                                            end == trim(line.substr(gap)).size()) {
      add_names(line.substr(0, gap), role_at(trim(line.substr(gap)), end), found);
      pending.clear();
    } else if (line == "and" || line == "-and-" || line == "- and -" || line == "v" ||
               scan::starts_with_phrase(line, "between")) {
      pending.clear();
    } else {
      pending.push_back(line);
      if (pending.size() > 2) pending.erase(pending.begin());
    }
  }
  return found;
}

// The authority among the parties: a known body before an unknown organisation, a respondent's side before
// the appellant's; an unknown company is a requester when it appeals, and a third party (last) otherwise.
std::optional<DecisionAuthority> authority_among_parties(std::string_view head) {
  struct Tier {
    bool known, company;
    Role side;
  };
  static constexpr Tier kTiers[] = {{true, false, Role::kOther},     {true, true, Role::kOther},
                                    {true, false, Role::kAppellant}, {true, true, Role::kAppellant},
                                    {false, false, Role::kOther},    {false, false, Role::kAppellant},
                                    {false, true, Role::kOther}};
  std::vector<Candidate> found = parties(head);
  for (const Tier& t : kTiers) {
    for (const Candidate& c : found) {
      if (c.loose || c.party.known != t.known || c.party.company != t.company || c.role != t.side) continue;
      return DecisionAuthority{c.party.name, t.side == Role::kAppellant
                                                 ? "the appellant, a public body"
                                                 : "the parties: a respondent or added party"};
    }
  }
  return std::nullopt;
}

// A respondent named as a body is named ("Homes for Haringey") that nothing else names as the authority.
std::optional<DecisionAuthority> loose_respondent(std::string_view head) {
  for (const Candidate& c : parties(head))
    if (c.loose) return DecisionAuthority{c.party.name, "the parties: a respondent named as a body"};
  return std::nullopt;
}

// A Scottish notice's title, "Mr X and the Scottish Ministers", among the first lines: a known body after
// "and", with a person before it.
// "Decision 167/2014:" opening a line, as the Scottish Information Commissioner titles decisions.
bool scottish_title(std::string_view line) {
  size_t at = scan::match_words(line, 0, "decision");
  if (at == std::string_view::npos) return false;
  size_t d = scan::match_digits(line, scan::skip_spaces(line, at), 1, 4);
  return d != std::string_view::npos && d < line.size() && line[d] == '/' &&
         scan::match_digits(line, d + 1, 4, 4) != std::string_view::npos;
}

std::optional<DecisionAuthority> title_line(std::string_view text) {
  static constexpr std::string_view kPersonTitles[] = {"Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Mx "};
  size_t seen = 0;
  for (std::string_view line : lines_of(text, kPartiesHead)) {
    if (line.empty()) continue;
    if (++seen > kTitleLines) break;
    if (line.find(" v ") != std::string_view::npos) continue;  // a case name, perhaps a cited one
    for (size_t at = line.find(" and "); at != std::string_view::npos; at = line.find(" and ", at + 1)) {
      std::string_view person = line.substr(0, at);
      bool titled = std::any_of(std::begin(kPersonTitles), std::end(kPersonTitles), [&](std::string_view t) {
        size_t k = person.find(t);
        return k != std::string_view::npos && (k == 0 || person[k - 1] == ' ');
      });
      if (!titled && !scan::starts_with_phrase(line, "Decision "))
        continue;  // "Decision 122/2017: A Name and"
      // A Scottish decision's title names the authority even when the table does not know it ("Decision
      // 167/2014: Mr A and the Scottish Environment Protection Agency").
      if (auto p = read_party(line.substr(at + 5), false); p && (p->known || scottish_title(line)))
        return DecisionAuthority{p->name, "the notice's title '" + std::string(line) + "'"};
    }
  }
  return std::nullopt;
}

// A name the notice line writes short ("Borough of Waltham Forest") is the known body the decision names in
// full ("London Borough of Waltham Forest"): a body whose name ends with the written one, word for word.
DecisionAuthority in_full(std::string_view text, DecisionAuthority read) {
  if (canonical_authority(read.authority)) return read;
  for (const AuthorityMention& m : find_authorities(text.substr(0, std::min(kNoticeHead, text.size())))) {
    std::string_view full = m.canonical;
    if (full.size() > read.authority.size() + 1 && full.ends_with(read.authority) &&
        full[full.size() - read.authority.size() - 1] == ' ')
      return DecisionAuthority{m.canonical, read.reason + ", named in full in the text"};
  }
  return read;
}

}  // namespace

// An ICO decision page (notice_verdicts.h) opens with the authority's name on a line of its own, then "Date
// ...".
std::optional<DecisionAuthority> page_name_line(std::string_view text) {
  if (std::vector<ListedVerdict> listed = listed_verdicts(text); listed.empty() || !listed.front().labelled)
    return std::nullopt;
  std::vector<std::string_view> lines = lines_of(text, kNoticeHead);
  // A copy may leave one blank line under the name; the name must then say it is a body ("... Council").
  const bool gap = lines.size() > 2 && lines[1].empty();
  if (gap) lines.erase(lines.begin() + 1);
  std::string_view date_line = lines.size() < 2 ? std::string_view() : bulleted(lines[1]);
  if (!scan::starts_with_phrase(date_line, "date ") ||
      !read_date_at(date_line, scan::skip_spaces(date_line, 4)))
    return std::nullopt;
  std::optional<PartyName> party = read_party(lines[0], /*named_as_authority=*/!gap);
  if (!party) return std::nullopt;
  return DecisionAuthority{party->name, "the name over the decision page's 'Date' line"};
}

std::optional<DecisionAuthority> decision_authority(std::string_view text) {
  if (auto a = page_name_line(text)) return a;
  if (auto a = notice_line(text)) return in_full(text, std::move(*a));
  if (auto a = authority_among_parties(text.substr(0, std::min(kPartiesHead, text.size())))) return a;
  if (auto a = title_line(text)) return a;
  if (auto a = request_narrative(text)) return a;
  if (auto a = defined_body(text)) return a;
  if (auto a = answering_body(text)) return a;
  if (auto a = written_body(text)) return a;
  return loose_respondent(text.substr(0, std::min(kPartiesHead, text.size())));
}

}  // namespace foi
