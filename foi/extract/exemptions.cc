// The refusal-ground tables of FOIA, FOISA and the EIR, and canonical exemption strings.
#include "foi/extract/exemptions.h"

#include <algorithm>
#include <set>

#include "foi/base/scan.h"

namespace foi {
namespace {

enum class Regime { kFoia, kFoisa, kEir, kEisr };

// A section (or regulation) that is a refusal ground, and the subsections it has. `letters_first`: the section's
// next level is paragraphs, not subsections (FOISA s30(a)). An empty list with !letters_first accepts any.
// `definitions`: subsections that only define terms or set conditions (s36(1), the information the section
// covers; s36(5), who is a "qualified person"; FOISA s35(2)'s purposes and s38(2)'s conditions for personal
// data); citing one is citing the section, not a ground of its own.
struct Ground {
  std::string_view section;
  std::vector<std::string_view> subsections;
  bool letters_first = false;
  std::vector<std::string_view> definitions = {};
};

const std::vector<Ground>& foia_grounds() {
  static const std::vector<Ground> g = {
      {"12", {"1", "2", "3", "4", "5"}},  {"14", {"1", "2"}},
      {"21", {"1", "2", "3"}},            {"22", {"1", "2"}},
      {"22A", {"1", "2", "3"}},           {"23", {"1", "2", "3", "4", "5"}},
      {"24", {"1", "2", "3", "4"}},       {"26", {"1", "2", "3"}},
      {"27", {"1", "2", "3", "4", "5"}},  {"28", {"1", "2", "3"}},
      {"29", {"1", "2"}},                 {"30", {"1", "2", "3", "4", "5"}},
      {"31", {"1", "2", "3"}},            {"32", {"1", "2", "3", "4"}},
      {"33", {"1", "2", "3"}},            {"34", {"1", "2", "3", "4"}},
      {"35", {"1", "2", "3", "4", "5"}, false, {"5"}},
      {"36", {"1", "2", "3", "4", "5", "6", "7"}, false, {"1", "5"}},
      {"37", {"1", "1A", "2"}},           {"38", {"1", "2"}},
      {"39", {"1", "1A", "2", "3"}},
      {"40", {"1", "2", "3", "3A", "3B", "4", "4A", "5", "5A", "5B", "6", "7"}, false, {"7"}},
      {"41", {"1", "2"}},                 {"42", {"1", "2"}},
      {"43", {"1", "2", "3"}},            {"44", {"1", "2", "3"}},
  };
  return g;
}

const std::vector<Ground>& foisa_grounds() {
  static const std::vector<Ground> g = {
      {"12", {"1", "2", "3", "4", "5", "6"}}, {"14", {"1", "2"}},
      {"18", {"1", "2"}},                     {"25", {"1", "2", "3"}},
      {"26", {}, true},                       {"27", {"1", "2"}},
      {"28", {"1", "2"}},                     {"29", {"1", "2", "3", "4"}},
      {"30", {}, true},                       {"31", {"1", "2", "3", "4", "5", "6", "7"}},
      {"32", {"1", "2", "3"}},                {"33", {"1", "2"}},
      {"34", {"1", "2", "3", "4"}},           {"35", {"1", "2", "3"}, false, {"2"}},
      {"36", {"1", "2"}},                     {"37", {"1", "2", "3"}},
      {"38", {"1", "2", "2A", "2B", "3", "3A", "4", "5"}, false, {"2", "2A", "2B", "3", "3A", "4", "5"}},
      {"39", {"1", "2", "3"}},                {"40", {}, true},
      {"41", {}, true},
  };
  return g;
}

const std::vector<Ground>& eir_grounds() {
  static const std::vector<Ground> g = {
      {"12", {"4", "5", "6"}},
      {"13", {"1", "2", "2A", "2B", "3", "3A", "4", "5", "5A", "5B"}},
  };
  return g;
}

const std::vector<Ground>& eisr_grounds() {
  static const std::vector<Ground> g = {
      {"10", {"4", "5"}},
      {"11", {"1", "2", "3", "3A", "4", "4A", "5", "6"}},
  };
  return g;
}

const std::vector<Ground>& grounds(Regime r) {
  switch (r) {
    case Regime::kFoia: return foia_grounds();
    case Regime::kFoisa: return foisa_grounds();
    case Regime::kEir: return eir_grounds();
    case Regime::kEisr: return eisr_grounds();
  }
  return foia_grounds();
}

std::string_view prefix(Regime r) {
  switch (r) {
    case Regime::kFoia: return "s";
    case Regime::kFoisa: return "FOISA s";
    case Regime::kEir: return "EIR r";
    case Regime::kEisr: return "EISR r";
  }
  return "s";
}

// The provision as a refusal ground of the regime, or nullopt. Paths are cut at the first level the Act does not
// have ("s31(a)" -> "s31"); a subsection number the section lacks rejects the citation outright.
std::optional<Provision> as_ground(Regime r, const Provision& p) {
  const auto& table = grounds(r);
  auto g = std::find_if(table.begin(), table.end(), [&](const Ground& x) { return x.section == p[0]; });
  if (g == table.end()) return std::nullopt;
  if (p.size() == 1) return p;
  bool digit = scan::is_digit(p[1][0]);
  if (g->letters_first) return digit ? std::nullopt : std::optional<Provision>(p);
  if (g->subsections.empty()) return p;
  if (!digit) return Provision{p[0]};
  bool known = std::find(g->subsections.begin(), g->subsections.end(), p[1]) != g->subsections.end();
  if (!known) return std::nullopt;
  if (std::find(g->definitions.begin(), g->definitions.end(), p[1]) != g->definitions.end()) return Provision{p[0]};
  return p;
}

std::optional<Regime> regime_of(const Citation& c, bool scottish) {
  if (c.act == nullptr) {
    if (c.regulation) return scottish ? Regime::kEisr : Regime::kEir;
    return scottish ? Regime::kFoisa : Regime::kFoia;
  }
  switch (c.act->kind) {
    case ActKind::kFoia: return c.regulation ? std::nullopt : std::optional(Regime::kFoia);
    case ActKind::kFoisa: return c.regulation ? std::nullopt : std::optional(Regime::kFoisa);
    case ActKind::kEir: return c.regulation ? std::optional(Regime::kEir) : std::nullopt;
    case ActKind::kEisr: return c.regulation ? std::optional(Regime::kEisr) : std::nullopt;
    default: return std::nullopt;
  }
}

bool is_ancestor(std::string_view a, std::string_view b) {
  return b.size() > a.size() && b.substr(0, a.size()) == a && b[a.size()] == '(';
}

int regime_rank(std::string_view s) {
  if (s.rfind("FOISA ", 0) == 0) return 1;
  if (s.rfind("EIR ", 0) == 0) return 2;
  if (s.rfind("EISR ", 0) == 0) return 3;
  return 0;
}

// "s40(5B)(a)" -> 40, "5B)(a)"-style tail for ordering.
std::pair<int, std::string_view> section_key(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && !scan::is_digit(s[i])) ++i;
  size_t j = i;
  while (j < s.size() && scan::is_digit(s[j])) ++j;
  int n = j > i ? std::stoi(std::string(s.substr(i, j - i))) : 0;
  return {n, s.substr(j)};
}

}  // namespace

bool exemption_less(std::string_view a, std::string_view b) {
  int ra = regime_rank(a), rb = regime_rank(b);
  if (ra != rb) return ra < rb;
  auto ka = section_key(a), kb = section_key(b);
  if (ka.first != kb.first) return ka.first < kb.first;
  return ka.second < kb.second;
}

std::vector<std::string> exemptions_from(const std::vector<Citation>& citations, bool scottish) {
  std::set<std::string> found;
  for (const Citation& c : citations) {
    if (c.hedged) continue;
    std::optional<Regime> r = regime_of(c, scottish);
    if (!r) continue;
    for (const Provision& p : c.provisions)
      if (std::optional<Provision> g = as_ground(*r, p)) found.insert(std::string(prefix(*r)) + provision_string(*g));
  }
  std::vector<std::string> out;
  for (const std::string& e : found) {
    bool implied = std::any_of(found.begin(), found.end(), [&](const std::string& o) { return is_ancestor(e, o); });
    if (!implied) out.push_back(e);
  }
  std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return exemption_less(a, b); });
  return out;
}

std::vector<std::string> extract_exemptions(std::string_view text, bool scottish) {
  return exemptions_from(find_citations(text), scottish);
}

std::vector<std::string> exemption_ancestors(std::string_view canonical) {
  std::vector<std::string> out;
  std::string s(canonical);
  while (!s.empty() && s.back() == ')') {
    size_t open = s.rfind('(');
    if (open == std::string::npos) break;
    s.erase(open);
    out.push_back(s);
  }
  return out;
}

std::optional<std::string> canonical_exemption(std::string_view typed) {
  std::string text(typed);
  bool scottish = false;
  std::string lead;
  for (std::string_view regime : {"FOISA", "EISR", "EIR", "FOIA"}) {
    if (scan::match_words(text, 0, regime) != std::string_view::npos) {
      scottish = regime == "FOISA" || regime == "EISR";
      lead = std::string(regime);
      text = text.substr(regime.size());
      break;
    }
  }
  size_t i = scan::skip_spaces(text, 0);
  bool has_keyword = i < text.size() && scan::is_alpha(text[i]);
  bool regulation = lead == "EIR" || lead == "EISR";
  std::string body = text.substr(i);
  if (!has_keyword) body = std::string(regulation ? "regulation " : "section ") + body;
  std::vector<Citation> cs = find_citations(body);
  if (cs.size() != 1 || cs[0].provisions.size() != 1 || scan::skip_spaces(body, cs[0].end) != body.size())
    return std::nullopt;
  if (!lead.empty() && regulation != cs[0].regulation) return std::nullopt;  // "EIR s40", "FOIA reg 13"
  cs[0].act = nullptr;
  std::vector<std::string> e = exemptions_from(cs, scottish);
  if (e.size() != 1) return std::nullopt;
  return e[0];
}

std::optional<std::string> cost_limit_ground(std::string_view authority_words,
                                             const std::vector<std::string>& grounds, bool scottish) {
  for (const std::string& g : grounds)
    if ((g.rfind("s12", 0) == 0 && g != "s12") || (g.rfind("FOISA s12", 0) == 0 && g != "FOISA s12") ||
        g.rfind("EIR ", 0) == 0 || g.rfind("EISR ", 0) == 0)
      return std::nullopt;
  bool exceeds = false;  // "would exceed the appropriate limit", not "would not exceed" it
  for (std::string_view p :
       {"exceed the cost limit", "exceeds the cost limit", "exceed the upper cost limit",
        "exceeds the upper cost limit", "exceed the appropriate limit", "exceeds the appropriate limit",
        "exceeded the appropriate limit", "exceeded the cost limit", "in excess of the cost limit",
        "in excess of the appropriate limit", "above the appropriate limit", "above the cost limit",
        "citing the costs exemption", "applied the costs exemption", "applying the costs exemption",
        "citing the cost exemption", "applied the cost exemption", "applying the cost exemption"})
    for (size_t at = authority_words.find(p); at != std::string_view::npos && !exceeds;
         at = authority_words.find(p, at + 1))
      exceeds = at < 4 || authority_words.substr(at - 4, 4) != "not ";
  if (!exceeds) return std::nullopt;
  return scottish ? "FOISA s12(1)" : "s12(1)";
}

}  // namespace foi
