// Section and regulation citations: keywords, provision lists, and the Act each belongs to.
#include "foi/extract/citations.h"

#include <algorithm>
#include <optional>

#include "foi/extract/citation_context.h"
#include "foi/base/scan.h"

namespace foi {
namespace {

using scan::is_alnum;
using scan::is_alpha;
using scan::is_digit;
using scan::is_upper;
using context::about_foi;
using context::contains_ci;
using context::ends_sentence;
using context::file_extension_at;
using context::is_anticipated;
using context::is_hedged;
using context::is_postcode;
using context::names_instrument_after;
using context::sentence_around;
using context::writes_s_postcodes;
constexpr size_t npos = std::string_view::npos;

// How far back a citation looks for the citation before it in the same list, and for a criminal statute that
// "the Act" may mean. Both are a few lines of a hard-wrapped letter.
constexpr size_t kChainGap = 160;
constexpr size_t kShortGap = 80;  // "section 22 of the Landlord and Tenant Act 1985 and section 12"
constexpr size_t kTheActWindow = 300;

struct Keyword {
  size_t end = 0;
  bool regulation = false;
  bool plural = false;
  bool bare_s = false;  // "S12": a capital S glued to the number, which a Sheffield postcode district also is
  // "exemption at 43(2)": a ground named by its kind cites only with a bracketed subsection ("exemption at 14
  // days" does not).
  bool named_ground = false;
};

bool after_apostrophe(std::string_view t, size_t pos) {
  if (pos >= 1 && t[pos - 1] == '\'') return true;
  return pos >= 3 && t.substr(pos - 3, 3) == "\xE2\x80\x99";
}

// A keyword at pos followed (after ".", spaces, at most one line break) by a digit.
std::optional<Keyword> keyword_at(std::string_view t, size_t pos) {
  if (!scan::word_start(t, pos)) return std::nullopt;
  struct Form {
    std::string_view word;
    bool regulation, plural, needs_dot_or_digit, named_ground = false;
  };
  static const Form forms[] = {
      {"sections", false, true, false},
      {"section", false, false, false},
      {"secs", false, true, false},
      {"sec", false, false, false},
      {"ss", false, true, true},
      {"s", false, false, true},
      {"regulations", true, true, false},
      {"regulation", true, false, false},
      {"regs", true, true, false},
      {"reg", true, false, false},
      {"r", true, false, true},
      // A ground named by its kind with no "section": "the exemptions in 30(b)(i) and (ii)", "exempt under
      // 40(2)", "applying exception 12(4)(a)".
      {"exemptions in", false, true, false, true},
      {"exemptions at", false, true, false, true},
      {"exemptions under", false, true, false, true},
      {"exemption in", false, false, false, true},
      {"exemption at", false, false, false, true},
      {"exemption under", false, false, false, true},
      {"exempt under", false, false, false, true},
      {"exceptions in", true, true, false, true},
      {"exceptions at", true, true, false, true},
      {"exceptions under", true, true, false, true},
      {"exception in", true, false, false, true},
      {"exception at", true, false, false, true},
      {"exception under", true, false, false, true},
      {"exceptions", true, true, false, true},
      {"exception", true, false, false, true},
      {"exemptions", false, true, false, true},
      {"exemption", false, false, false, true},
  };
  for (const Form& f : forms) {
    size_t e = scan::match_phrase(t, pos, f.word);
    if (e == npos || (e < t.size() && is_alpha(t[e]))) continue;
    if (f.word == "s" && after_apostrophe(t, pos)) return std::nullopt;
    if (f.word == "r" && t[pos] == 'R') return std::nullopt;  // "R 12" is rarely a regulation; "r.12" and "r12" are
    bool dot = e < t.size() && t[e] == '.';
    if (dot) ++e;
    if (f.plural && !dot && e < t.size() && t[e] == ':')
      ++e;  // a list's heading: "FOISA sections: 1(1) (...)"
    size_t spaces_start = e;
    e = scan::skip_blanks(t, e);
    if (e < t.size() && t[e] == '\n') e = scan::skip_blanks(t, e + 1);
    if (f.needs_dot_or_digit && !dot && e - spaces_start > 1) return std::nullopt;
    if (e >= t.size() || !is_digit(t[e])) continue;
    return Keyword{e, f.regulation, f.plural, f.word == "s" && t[pos] == 'S' && !dot && e == spaces_start,
                   f.named_ground};
  }
  return std::nullopt;
}

// "15A", "40", "22A": digits and up to two capital letters, not part of a larger number ("12,227", "1.5").
size_t number_end(std::string_view t, size_t pos) {
  size_t e = scan::match_digits(t, pos, 1, 3);
  if (e == npos) return npos;
  size_t letters = e;
  while (letters < t.size() && is_upper(t[letters]) && letters - e < 2) ++letters;
  if (letters > e && letters < t.size() && is_alpha(t[letters])) letters = e;  // "31The": not a suffix
  e = letters;
  if (e < t.size() && is_alnum(t[e])) return npos;
  if (e + 1 < t.size() && (t[e] == ',' || t[e] == '.') && is_digit(t[e + 1])) return npos;
  return file_extension_at(t, e) ? npos : e;
}

bool is_roman(std::string_view s) {
  return !s.empty() && s.size() <= 4 && std::all_of(s.begin(), s.end(), [](char c) {
    return c == 'i' || c == 'v' || c == 'x';
  });
}

// The nesting level of a bracketed group: 1 subsection "(5B)", 2 paragraph "(a)", 3 sub-paragraph "(i)".
int group_level(std::string_view g, const std::string& previous, int previous_level) {
  if (is_digit(g[0])) return 1;
  bool roman = is_roman(g);
  bool follows_letter = previous_level == 2 && previous.size() == 1 && g.size() == 1 && g[0] == previous[0] + 1;
  if (roman && previous_level >= 2 && !follows_letter) return 3;
  return 2;
}

// One bracketed token "(a)" at pos (blanks allowed before it); returns its end or npos.
size_t group_at(std::string_view t, size_t pos, std::string& token) {
  size_t i = scan::skip_blanks(t, pos);
  if (i - pos > 2 || i >= t.size() || t[i] != '(') return npos;
  size_t j = i + 1;
  while (j < t.size() && is_alnum(t[j]) && j - i <= 4) ++j;
  if (j == i + 1 || j >= t.size() || t[j] != ')') return npos;
  token = std::string(t.substr(i + 1, j - i - 1));
  if (is_alpha(token[0])) std::transform(token.begin(), token.end(), token.begin(), scan::lower);
  if (is_alpha(token[0]) && token.size() > 1 && !is_roman(token)) return npos;  // "(see)", "(the)": words
  if (is_digit(token[0])) {  // "5b" -> "5B"
    for (char& c : token) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return j + 1;
}

// "section 33 1(b)": a subsection without its brackets before a bracketed paragraph (a template's slip): the
// end of its digits, or npos. "section 33 1" (a count) and "33 1 (b)" are not.
size_t spaced_subsection_end(std::string_view t, size_t e) {
  if (e + 1 >= t.size() || t[e] != ' ' || !is_digit(t[e + 1])) return npos;
  size_t d = scan::match_digits(t, e + 1, 1, 2);
  std::string token;
  if (d == npos || d >= t.size() || t[d] != '(' || group_at(t, d, token) == npos || !is_alpha(token[0]))
    return npos;
  return d;
}

// A range "(a)-(c)" / "(a) to (c)" continuing from a group that ended at pos.
size_t range_end_at(std::string_view t, size_t pos, std::string& last) {
  size_t i = scan::skip_blanks(t, pos);
  if (t.substr(i, 1) == "-") ++i;
  else if (t.substr(i, 3) == "\xE2\x80\x93") i += 3;
  else if (scan::match_words(t, i, "to") != npos) i += 2;
  else return npos;
  return group_at(t, i, last);
}

void push_letter_range(std::vector<std::string>& out, const std::string& from, const std::string& to) {
  if (from.size() == 1 && to.size() == 1 && is_alpha(from[0]) && to[0] > from[0] && to[0] - from[0] < 10)
    for (char c = static_cast<char>(from[0] + 1); c <= to[0]; ++c) out.push_back(std::string(1, c));
}

// Reads the bracketed groups after a section number and splits them into provisions.
size_t parse_groups(std::string_view t, size_t pos, Provision path, std::vector<Provision>& out) {
  std::vector<int> levels(path.size(), 0);  // level of each component after the section (0 = the section)
  std::string token;
  size_t e = pos;
  while (true) {
    size_t g = group_at(t, e, token);
    if (g == npos) break;
    std::vector<std::string> tokens{token};
    std::string last;
    if (size_t r = range_end_at(t, g, last); r != npos) {
      push_letter_range(tokens, token, last);
      g = r;
    }
    for (const std::string& tok : tokens) {
      int prev_level = levels.back();
      int level = group_level(tok, path.back(), prev_level);
      if (level <= prev_level && prev_level > 0) {  // a sibling or an uncle: the path so far is one provision
        out.push_back(path);
        while (levels.back() >= level && levels.size() > 1) {
          levels.pop_back();
          path.pop_back();
        }
      }
      path.push_back(tok);
      levels.push_back(level);
    }
    e = g;
  }
  out.push_back(path);
  return e;
}

// Where a bracketed continuation hangs: "(5B)" starts a new subsection of the section; "(c)" after "...(b)" is a
// sibling paragraph; "(ii)" after "...(b)(i)" a sibling sub-paragraph.
Provision continuation_base(std::string_view t, size_t pos, const std::string& section, const Provision& last) {
  std::string token;
  if (group_at(t, pos, token) == npos || is_digit(token[0]) || last.size() < 2) return {section};
  Provision base = last;
  const std::string& tail = base.back();
  bool tail_roman = is_roman(tail) && base.size() >= 3;
  if (is_roman(token) && tail_roman) base.pop_back();
  else if (!is_roman(token) && tail_roman) base.resize(base.size() - 2);
  else if (!is_digit(tail[0])) base.pop_back();
  return base;
}

// Past the white space after a connector, or npos at a blank line (a list ends with its paragraph).
size_t after_connector(std::string_view t, size_t e) {
  size_t i = scan::skip_spaces(t, e);
  size_t newlines = std::count(t.begin() + static_cast<std::ptrdiff_t>(e),
                               t.begin() + static_cast<std::ptrdiff_t>(i), '\n');
  return newlines >= 2 ? npos : i;
}

// A connector between items of a list: ",", "&", "and", "or", "and/or", "/". Returns the position after it
// (and after spaces), or npos; `strong` is set for and/or/&.
size_t connector_at(std::string_view t, size_t pos, bool& strong) {
  size_t i = scan::skip_blanks(t, pos);
  if (i < t.size() && t[i] == '\n') i = scan::skip_blanks(t, i + 1);
  strong = true;
  if (size_t e = scan::match_words(t, i, "and/or"); e != npos) return after_connector(t, e);
  if (size_t e = scan::match_words(t, i, "and"); e != npos) return after_connector(t, e);
  if (size_t e = scan::match_words(t, i, "or"); e != npos) return after_connector(t, e);
  if (i < t.size() && (t[i] == '&' || t[i] == '/')) return after_connector(t, i + 1);
  strong = false;
  if (i < t.size() && t[i] == ',') return after_connector(t, i + 1);
  return npos;
}

// "(General entitlement); 2(1)(b)": the title a statute gives a provision, in brackets after it (a note may
// come first), then ";", "," or "and" before the next item, as the Scottish Information Commissioner's lists
// write them; also a name in lower case, "40(5)(personal information) and 30(3)". The next item's position.
size_t after_titled_item(std::string_view t, size_t pos) {
  size_t i = scan::skip_blanks(t, pos);
  if (i + 1 >= t.size() || t[i] != '(' || !is_alpha(t[i + 1])) return npos;
  size_t close = t.find(')', i);
  if (close == npos || close - i > 160) return npos;
  std::string_view title = t.substr(i + 1, close - i - 1);
  if (title.find_first_of("(;") != npos || std::none_of(title.begin(), title.end(), scan::is_lower)) return npos;
  if (!is_upper(title[0]) && title.find(' ') == npos) return npos;  // "(a)", "(iv)", "(see)": not a name
  i = scan::skip_blanks(t, close + 1);
  if (i + 1 < t.size() && t[i] == '(' && is_alpha(t[i + 1])) return after_titled_item(t, i);
  bool joined = false;
  if (i < t.size() && (t[i] == ';' || t[i] == ',')) {
    i = scan::skip_spaces(t, i + 1);
    joined = true;
  }
  if (size_t e = scan::match_words(t, i, "and"); e != npos) {
    i = scan::skip_spaces(t, e);
    joined = true;
  }
  return joined ? i : npos;
}

// "9 to 13", "1-4", "s5–s8": a range of whole sections after a bare number.
size_t section_range(std::string_view t, size_t pos, int from, std::vector<Provision>& out) {
  size_t i = scan::skip_blanks(t, pos);
  if (t.substr(i, 1) == "-") ++i;
  else if (t.substr(i, 3) == "\xE2\x80\x93") i += 3;
  else if (size_t e = scan::match_words(t, i, "to"); e != npos) i = e;
  else return npos;
  i = scan::skip_blanks(t, i);
  if (i < t.size() && (t[i] == 's' || t[i] == 'S')) i = scan::skip_blanks(t, i + 1 + (t[i + 1] == '.'));
  size_t e = number_end(t, i);
  if (e == npos || e == i) return npos;
  int to = std::stoi(std::string(t.substr(i, e - i)));
  if (to <= from || to - from > 20) return npos;
  for (int n = from + 1; n <= to; ++n) out.push_back({std::to_string(n)});
  return e;
}

// The list after a keyword: "31(1)(a)(b)", "30(3), 31(3) and 40(5)", "40(5A)&(5B)(a)(i)", "23 & 40", "9 to 13",
// and after a plural one, items with their titles: "sections 18(1) (Further provision); 35 (Law enforcement)".
size_t parse_list(std::string_view t, size_t pos, const Keyword& kw, std::vector<Provision>& out) {
  size_t e = number_end(t, pos);
  if (e == npos) return npos;
  std::string section(t.substr(pos, e - pos));
  size_t before = out.size();
  Provision path{section};
  if (size_t s = spaced_subsection_end(t, e); s != npos) {
    path.push_back(std::string(t.substr(e + 1, s - e - 1)));
    e = s;
  }
  e = parse_groups(t, e, path, out);
  if (out.size() == before + 1 && out.back().size() == 1) {
    if (size_t r = section_range(t, e, std::stoi(section), out); r != npos) e = r;
  }
  while (true) {
    bool strong = false;
    size_t i = connector_at(t, e, strong);
    if (i == npos && kw.plural) strong = (i = after_titled_item(t, e)) != npos;
    if (i == npos) break;
    if (i < t.size() && t[i] == '(') {  // "&(5B)(a)(i)", "(b)(i) and (ii)": more of the same section
      e = parse_groups(t, i, continuation_base(t, i, section, out.back()), out);
      continue;
    }
    bool explicit_keyword = false;
    if (std::optional<Keyword> k = keyword_at(t, i); k && !k->regulation == !kw.regulation) {
      i = k->end;
      explicit_keyword = true;
    }
    size_t ne = number_end(t, i);
    if (ne == npos || ne == i) break;
    size_t groups_start = ne;
    std::vector<Provision> next;
    size_t ge = parse_groups(t, ne, {std::string(t.substr(i, ne - i))}, next);
    bool has_groups = ge != groups_start;
    // "Section 31(3), 12 forces" is not a list: a bare number after a comma joins only a plural or explicit list.
    if (!has_groups && !strong && !kw.plural && !explicit_keyword) break;
    section = std::string(t.substr(i, ne - i));
    out.insert(out.end(), next.begin(), next.end());
    e = ge;
  }
  return e;
}


// What a citation belongs to, from what follows it: "of the Sexual Offences Act 2003", "under the DPA",
// "Communications Act". A section "of the report" or "of the ICO's guidance" is a document's, not an Act's.
// `next_line` is set when the Act starts the next line with no "of" to join them, which may be the next item of
// a list ("Communications Act 2003: s.127\nProtection of Children Act 1978 section 1").
const Act* act_after(std::string_view t, size_t end, const ActIndex& index, bool& next_line) {
  size_t i = scan::skip_spaces(t, end);
  if (i < t.size() && t[i] == ',') i = scan::skip_spaces(t, i + 1);
  next_line = t.substr(end, i - end).find('\n') != npos;
  bool of = false;
  for (std::string_view w : {"of", "under", "in", "within"}) {
    if (size_t e = scan::match_words(t, i, w); e != npos) {
      i = scan::skip_spaces(t, e);
      of = w == "of";
      next_line = false;
      break;
    }
  }
  if (std::optional<ActMention> m = match_act_at(t, i, index)) return m->act;
  if (of && names_document_at(t, i)) return &unknown_act();
  return nullptr;
}

// The Act named just before a citation, on its line or as the heading of the line above: "Communications Act 2003:
// s.127", "Protection of Children Act 1978 section 1", "Sexual Offences Act 2003\nSection 9 - Sexual activity".
const Act* act_before(std::string_view t, size_t offset, const ActIndex& index) {
  auto after = std::lower_bound(index.mentions.begin(), index.mentions.end(), offset,
                                [](const ActMention& m, size_t o) { return m.offset + m.length <= o; });
  if (after == index.mentions.begin()) return nullptr;
  const ActMention& m = *std::prev(after);
  std::string_view gap = t.substr(m.offset + m.length, offset - m.offset - m.length);
  if (gap.size() > 8 || m.act == &the_act() || std::count(gap.begin(), gap.end(), '\n') > 1) return nullptr;
  for (char ch : gap)
    if (!scan::is_space(ch) && ch != ':' && ch != '-' && ch != '\xE2' && ch != '\x80' && ch != '\x93' &&
        ch != '\x94')
      return nullptr;  // only spaces and a colon or dash ("–" is E2 80 93, "—" E2 80 94)
  return m.act;
}

// "the Act" is the FOI Act of the response, unless a criminal statute was named in the lines just before or the
// document says what it calls "the Act".
const Act* resolve_the_act(size_t offset, const ActIndex& index) {
  const Act* found = nullptr;
  for (const ActMention& m : index.mentions) {
    if (m.offset >= offset) break;
    if (m.offset + kTheActWindow < offset) continue;
    if (m.act->kind == ActKind::kCriminal) found = m.act;
    else if (is_foi_kind(m.act->kind)) found = nullptr;
  }
  return found ? found : index.the_act_defined;
}

// The citation before belongs to the same list when it ended a few lines earlier and nothing about FOI came between.
// Only an offence list runs on for lines and past the end of a sentence ("Section 15 of the Sexual Offences Act
// 2003.\n\nS.9 Sexual activity with a child"); other Acts' lists are short runs within a sentence, so "section 22
// of the Landlord and Tenant Act 1985. ... cited section 12" and "section 348 of the FSMA did constitute an
// enactment which prohibited disclosure within the meaning of section 44" end with FOIA.
bool continues_list(std::string_view t, const Citation& prev, const Citation& cur) {
  if (prev.act == nullptr || cur.offset < prev.end || cur.offset - prev.end > kChainGap) return false;
  std::string_view gap = t.substr(prev.end, cur.offset - prev.end);
  if (prev.act->kind != ActKind::kCriminal && (gap.size() > kShortGap || ends_sentence(gap))) return false;
  for (std::string_view w : {"exempt", "freedom of information", "foi", "refus", "withh"})
    if (contains_ci(gap, w)) return false;
  return true;
}

void resolve_act(std::string_view t, Citation& c, const Citation* prev, const ActIndex& index) {
  bool next_line = false;
  const Act* after = act_after(t, c.end, index, next_line);
  if (after == &the_act()) {
    c.act = resolve_the_act(c.offset, index);
    return;
  }
  const Act* act = next_line ? nullptr : after;
  if (act == nullptr) act = abbreviation_before(t, c.offset, index);
  if (act == nullptr) act = act_before(t, c.offset, index);
  if (act == nullptr && names_instrument_after(t, c.end)) act = &unknown_act();
  if (act == nullptr && prev != nullptr && continues_list(t, *prev, c)) act = prev->act;
  c.act = act ? act : after;
}

}  // namespace

std::vector<Citation> find_citations(std::string_view t) {
  ActIndex index = index_acts(t);
  const bool foi = about_foi(t, index), s_postcodes = writes_s_postcodes(t);
  std::vector<Citation> out;
  for (size_t pos = 0; pos < t.size(); ++pos) {
    if (!is_alpha(t[pos]) || !scan::word_start(t, pos)) continue;
    std::optional<Keyword> kw = keyword_at(t, pos);
    if (!kw) continue;
    Citation c;
    c.offset = pos;
    c.regulation = kw->regulation;
    size_t end = parse_list(t, kw->end, *kw, c.provisions);
    if (end == npos || c.provisions.empty()) continue;
    if (kw->named_ground && c.provisions.front().size() < 2) continue;
    c.end = end;
    resolve_act(t, c, out.empty() ? nullptr : &out.back(), index);
    if (kw->bare_s && is_postcode(t, kw->end, c, s_postcodes)) continue;
    if (c.act == nullptr && !foi) c.act = &unknown_act();
    c.hedged = is_hedged(t, c) || is_anticipated(sentence_around(t, c.offset, c.end));
    out.push_back(std::move(c));
    pos = end - 1;
  }
  return out;
}

std::string provision_string(const Provision& p) {
  std::string s = p.empty() ? "" : p[0];
  for (size_t i = 1; i < p.size(); ++i) s += "(" + p[i] + ")";
  return s;
}

}  // namespace foi
