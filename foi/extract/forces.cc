// UK police forces: one table of names, and finding them in hard-wrapped, loosely spelled documents.
#include "foi/extract/forces.h"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace foi {
namespace {

struct Force {
  const char* canonical;
  const char* places;       // '|'-separated; a place followed by any of kSuffixes names the force
  const char* aliases;      // '|'-separated names matched as they are
  const char* short_forms;  // '|'-separated; matched only as written, as whole words
  bool scottish;
};

// Documents swap these freely ("Durham Police" for Durham Constabulary), so each place takes all four.
constexpr std::array<const char*, 4> kSuffixes = {"Police", "Constabulary", "Police Service", "Police Force"};

// Northern Constabulary has no place entry: "Northern Police" would be read into too many sentences.
constexpr Force kForces[] = {
    {"Avon and Somerset Constabulary", "Avon and Somerset", "", "", false},
    {"Bedfordshire Police", "Bedfordshire", "", "", false},
    {"Cambridgeshire Constabulary", "Cambridgeshire", "", "", false},
    {"Cheshire Constabulary", "Cheshire", "", "", false},
    {"City of London Police", "City of London", "", "CoLP", false},
    {"Cleveland Police", "Cleveland", "", "", false},
    {"Cumbria Constabulary", "Cumbria", "", "", false},
    {"Derbyshire Constabulary", "Derbyshire", "", "", false},
    {"Devon and Cornwall Police", "Devon and Cornwall", "", "", false},
    {"Dorset Police", "Dorset", "", "", false},
    {"Durham Constabulary", "Durham", "", "", false},
    {"Dyfed-Powys Police", "Dyfed-Powys", "Heddlu Dyfed-Powys", "", false},
    {"Essex Police", "Essex", "", "", false},
    {"Gloucestershire Constabulary", "Gloucestershire", "", "", false},
    {"Greater Manchester Police", "Greater Manchester", "", "GMP", false},
    {"Gwent Police", "Gwent", "Heddlu Gwent", "", false},
    {"Hampshire and Isle of Wight Constabulary",
     "Hampshire and Isle of Wight|Hampshire and the Isle of Wight|Hampshire", "", "", false},
    {"Hertfordshire Constabulary", "Hertfordshire", "", "", false},
    {"Humberside Police", "Humberside", "", "", false},
    {"Kent Police", "Kent", "", "", false},
    {"Lancashire Constabulary", "Lancashire", "", "", false},
    {"Leicestershire Police", "Leicestershire", "", "", false},
    {"Lincolnshire Police", "Lincolnshire", "", "", false},
    {"Merseyside Police", "Merseyside", "", "", false},
    {"Metropolitan Police Service", "Metropolitan|=Met",
     "the =Met|Scotland Yard|New Scotland Yard|Commissioner of Police of the Metropolis|"
     "Commissioner of the Police for the Metropolis|Commissioner of Police for the Metropolis",
     "MPS", false},
    {"Norfolk Constabulary", "Norfolk", "", "", false},
    {"North Wales Police", "North Wales", "Heddlu Gogledd Cymru", "NWP", false},
    {"North Yorkshire Police", "North Yorkshire", "", "NYP", false},
    {"Northamptonshire Police", "Northamptonshire", "", "", false},
    {"Northumbria Police", "Northumbria", "", "", false},
    {"Nottinghamshire Police", "Nottinghamshire", "", "", false},
    {"South Wales Police", "South Wales", "Heddlu De Cymru", "", false},
    {"South Yorkshire Police", "South Yorkshire", "", "SYP", false},
    {"Staffordshire Police", "Staffordshire", "", "", false},
    {"Suffolk Constabulary", "Suffolk", "", "", false},
    {"Surrey Police", "Surrey", "", "", false},
    {"Sussex Police", "Sussex", "", "", false},
    {"Thames Valley Police", "Thames Valley", "", "TVP", false},
    {"Warwickshire Police", "Warwickshire", "", "", false},
    {"West Mercia Police", "West Mercia", "", "", false},
    {"West Midlands Police", "West Midlands", "", "", false},
    {"West Yorkshire Police", "West Yorkshire", "", "WYP", false},
    {"Wiltshire Police", "Wiltshire", "", "", false},
    {"Police Scotland", "", "Police Service of Scotland", "", true},
    {"Police Service of Northern Ireland", "",
     "Police Service for Northern Ireland|Police Service Northern Ireland", "PSNI", false},
    {"British Transport Police", "British Transport", "", "BTP", false},
    {"Ministry of Defence Police", "Ministry of Defence|MOD", "", "MDP", false},
    {"Civil Nuclear Constabulary", "Civil Nuclear", "", "CNC", false},
    // The eight Scottish forces merged into Police Scotland in 2013; older responses are theirs.
    {"Strathclyde Police", "Strathclyde", "", "", true},
    {"Lothian and Borders Police", "Lothian and Borders", "", "", true},
    {"Grampian Police", "Grampian", "", "", true},
    {"Tayside Police", "Tayside", "", "", true},
    {"Fife Constabulary", "Fife", "", "", true},
    {"Central Scotland Police", "Central Scotland", "", "", true},
    {"Dumfries and Galloway Constabulary", "Dumfries and Galloway", "", "", true},
    {"Northern Constabulary", "", "", "", true},
};

// A short form two forces share: it counts only when the text defines it or names just one of them.
struct SharedShortForm {
  const char* short_form;
  std::array<const char*, 2> forces;
};
constexpr SharedShortForm kSharedShortForms[] = {{"WMP", {"West Midlands Police", "West Mercia Police"}}};

std::vector<std::string_view> split_bars(std::string_view list) {
  std::vector<std::string_view> parts;
  while (!list.empty()) {
    size_t bar = list.find('|');
    parts.push_back(list.substr(0, bar));
    list = bar == std::string_view::npos ? std::string_view() : list.substr(bar + 1);
  }
  return parts;
}

const NameTable& force_names() {
  static const NameTable table = [] {
    NameTable t;
    for (const Force& f : kForces) {
      t.add(f.canonical, f.canonical);
      for (std::string_view place : split_bars(f.places)) {
        for (const char* suffix : kSuffixes) t.add(std::string(place) + " " + suffix, f.canonical);
      }
      for (std::string_view alias : split_bars(f.aliases)) t.add(alias, f.canonical);
    }
    return t;
  }();
  return table;
}

const std::unordered_map<std::string, std::string>& short_forms() {
  static const std::unordered_map<std::string, std::string> map = [] {
    std::unordered_map<std::string, std::string> m;
    for (const Force& f : kForces) {
      for (std::string_view s : split_bars(f.short_forms)) m.emplace(s, f.canonical);
    }
    return m;
  }();
  return map;
}

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_alnum(char c) { return is_ascii_upper(c) || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
char ascii_lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }
std::string upper_case(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), ascii_upper);
  return out;
}
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Bytes of a separator allowed inside a name at text[i] (space, no-break space, hyphen, apostrophe), or 0.
size_t name_gap_length(std::string_view text, size_t i) {
  static constexpr std::string_view kMultiByte[] = {"\xC2\xA0", "\xE2\x80\x98", "\xE2\x80\x99",
                                                    "\xE2\x80\x90", "\xE2\x80\x91"};
  if (is_space(text[i]) || text[i] == '-' || text[i] == '\'') return 1;
  for (std::string_view m : kMultiByte) {
    if (text.substr(i, m.size()) == m) return m.size();
  }
  return 0;
}

bool gap_joins(std::string_view text, size_t from, size_t to) {
  while (from < to) {
    size_t n = name_gap_length(text, from);
    if (n == 0) return false;
    from += n;
  }
  return true;
}

bool is_link(std::string_view chunk) {
  return chunk.find("://") != std::string_view::npos || chunk.find('@') != std::string_view::npos ||
         chunk.find("www.") != std::string_view::npos;
}

// "the Met Office", "Essex Police and Crime Commissioner", "Kent Police Authority": the force's name opens
// the name of another body, which is not a mention of the force.
bool opens_other_body(const std::vector<NameWord>& words, size_t end) {
  auto next = [&](size_t k) -> std::string_view {
    return end + k < words.size() ? std::string_view(words[end + k].lower) : std::string_view();
  };
  if (end >= words.size()) return false;
  if (next(0) == "fire")
    return next(1) == "and" && next(2) == "crime";  // "X Police, Fire and Crime Commissioner"
  if (!words[end].joined) return false;
  if (next(0) == "office") return words[end - 1].lower == "met";
  return next(0) == "authority" || next(0) == "federation" || (next(0) == "and" && next(1) == "crime");
}

struct NameHit {
  size_t first = 0;  // word indices, inclusive
  size_t last = 0;
  std::string canonical;
};

std::vector<NameHit> full_name_hits(const std::vector<NameWord>& words) {
  std::vector<NameHit> hits;
  for (size_t i = 0; i < words.size();) {
    NameTable::Match m = force_names().longest_at(words, i);
    if (m.words == 0) {
      ++i;
      continue;
    }
    if (!opens_other_body(words, i + m.words)) hits.push_back({i, i + m.words - 1, std::string(m.canonical)});
    i += m.words;
  }
  return hits;
}

bool looks_like_short_form(std::string_view w) {
  size_t upper = std::count_if(w.begin(), w.end(), is_ascii_upper);
  return w.size() >= 2 && w.size() <= 6 && is_ascii_upper(w[0]) && upper >= 2;
}

// True when the words before words[j] have initials spelling it: "Computer Numerical Control (CNC)".
bool initials_spell(const std::vector<NameWord>& words, size_t j, std::string_view short_form) {
  std::string initials;
  for (size_t k = j; k > 0 && initials.size() < short_form.size(); --k) {
    const NameWord& w = words[k - 1];
    if (w.lower == "of" || w.lower == "and" || w.lower == "the" || w.lower == "for") continue;
    initials.insert(initials.begin(), ascii_upper(w.written[0]));
  }
  return initials == upper_case(short_form);
}

// True when short_form starts as the name does and its letters occur in the name in order: "CoLP" for "City
// of London Police", not "FOI" for "Essex Police" in "Essex Police (FOI) team".
bool abbreviates(std::string_view short_form, std::string_view name) {
  if (ascii_upper(short_form[0]) != ascii_upper(name[0])) return false;
  size_t at = 0;
  for (char c : short_form) {
    while (at < name.size() && ascii_upper(name[at]) != ascii_upper(c)) ++at;
    if (at++ >= name.size()) return false;
  }
  return true;
}

// Short forms the text defines in brackets. "West Mercia Police (WMP)" makes WMP that force; "Computer
// Numerical Control (CNC)" makes CNC no force at all. A definition in the text outranks the table, for the
// whole text.
struct Definitions {
  std::unordered_map<std::string, std::string> meaning;  // "" = defined as something other than a force
  std::vector<bool> at_word;  // the bracketed word itself (already counted by its name)
};

Definitions defined_short_forms(std::string_view text, const std::vector<NameWord>& words,
                                const std::vector<NameHit>& hits) {
  Definitions defs{{}, std::vector<bool>(words.size(), false)};
  std::unordered_map<size_t, const NameHit*> name_ending_at;
  for (const NameHit& h : hits) name_ending_at[h.last] = &h;
  for (size_t j = 1; j < words.size(); ++j) {
    const NameWord& w = words[j];
    size_t end = w.offset + w.length;
    if (w.in_link || !looks_like_short_form(w.written) || text[w.offset - 1] != '(' || end >= text.size() ||
        text[end] != ')') {
      continue;
    }
    auto name = name_ending_at.find(j - 1);
    if (name != name_ending_at.end()) {
      size_t from = words[name->second->first].offset;
      if (!abbreviates(w.written, text.substr(from, words[j - 1].offset + words[j - 1].length - from)))
        continue;
      defs.meaning.emplace(w.written, name->second->canonical);
      defs.at_word[j] = true;
    } else if (initials_spell(words, j, w.written)) {
      defs.meaning.emplace(w.written, "");
    }
  }
  return defs;
}

// The force a shared short form stands for when the text names exactly one of its forces in full.
std::optional<std::string> resolve_shared(std::string_view written, const std::vector<NameHit>& hits) {
  for (const SharedShortForm& s : kSharedShortForms) {
    auto named = [&](const char* force) {
      return std::any_of(hits.begin(), hits.end(), [&](const NameHit& h) { return h.canonical == force; });
    };
    if (written == s.short_form && named(s.forces[0]) != named(s.forces[1])) {
      return named(s.forces[0]) ? s.forces[0] : s.forces[1];
    }
  }
  return std::nullopt;
}

std::optional<std::string> short_form_meaning(const NameWord& w, const Definitions& defs,
                                              const std::vector<NameHit>& hits) {
  if (auto d = defs.meaning.find(w.written); d != defs.meaning.end()) {
    return d->second.empty() ? std::nullopt : std::optional<std::string>(d->second);
  }
  if (auto s = short_forms().find(w.written); s != short_forms().end()) return s->second;
  return resolve_shared(w.written, hits);
}

}  // namespace

std::vector<NameWord> name_words(std::string_view text) {
  std::vector<NameWord> words;
  words.reserve(text.size() / 5);  // about one word in six bytes of English; growing by copies costs more
  size_t chunk_end = 0;            // end of the current run of non-space bytes, to tell whether it is a link
  bool chunk_is_link = false;
  size_t prev_end = 0;
  for (size_t i = 0; i < text.size();) {
    if (i >= chunk_end && !is_space(text[i])) {
      chunk_end = i;
      while (chunk_end < text.size() && !is_space(text[chunk_end])) ++chunk_end;
      chunk_is_link = is_link(text.substr(i, chunk_end - i));
    }
    size_t end = i;
    while (end < text.size() && is_ascii_alnum(text[end])) ++end;
    if (end == i && text[i] != '&') {
      ++i;
      continue;
    }
    if (end == i) end = i + 1;  // "&"
    NameWord w;
    w.offset = i;
    w.length = end - i;
    w.written = std::string(text.substr(i, end - i));
    w.lower = text[i] == '&' ? "and" : w.written;
    std::transform(w.lower.begin(), w.lower.end(), w.lower.begin(), ascii_lower);
    w.capitalised = is_ascii_upper(text[i]);
    w.joined = !words.empty() && gap_joins(text, prev_end, i);
    w.in_link = chunk_is_link;
    words.push_back(std::move(w));
    prev_end = end;
    i = end;
  }
  return words;
}

void NameTable::add(std::string_view phrase, std::string_view canonical) {
  Phrase p{name_words(phrase), {}, std::string(canonical)};
  if (p.words.empty()) return;
  for (const NameWord& w : p.words) p.exact.push_back(w.offset > 0 && phrase[w.offset - 1] == '=');
  by_first_word_[p.words[0].lower].push_back(phrases_.size());
  phrases_.push_back(std::move(p));
}

NameTable::Match NameTable::longest_at(const std::vector<NameWord>& words, size_t i, bool any_case) const {
  if (i >= words.size() || words[i].in_link) return {};
  auto candidates = by_first_word_.find(words[i].lower);
  if (candidates == by_first_word_.end()) return {};
  Match best;
  for (size_t index : candidates->second) {
    const Phrase& p = phrases_[index];
    size_t n = p.words.size();
    if (n <= best.words || i + n > words.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < n && ok; ++k) {
      const NameWord& w = words[i + k];
      ok = w.lower == p.words[k].lower && (k == 0 || (w.joined && !w.in_link)) &&
           (any_case || !p.exact[k] || w.written == p.words[k].written);
    }
    if (ok) best = {n, p.canonical};
  }
  return best;
}

std::vector<ForceMention> find_forces(std::string_view text) { return find_forces(text, name_words(text)); }

std::vector<ForceMention> find_forces(std::string_view text, const std::vector<NameWord>& words) {
  std::vector<NameHit> hits = full_name_hits(words);
  std::vector<ForceMention> mentions;
  for (const NameHit& h : hits) {
    size_t offset = words[h.first].offset;
    mentions.push_back({h.canonical, offset, words[h.last].offset + words[h.last].length - offset});
  }
  Definitions defs = defined_short_forms(text, words, hits);
  for (size_t j = 0; j < words.size(); ++j) {
    if (words[j].in_link || defs.at_word[j] || !looks_like_short_form(words[j].written)) continue;
    if (auto force = short_form_meaning(words[j], defs, hits)) {
      mentions.push_back({*force, words[j].offset, words[j].length});
    }
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const ForceMention& a, const ForceMention& b) { return a.offset < b.offset; });
  return mentions;
}

// Prominence rule: a force is kept when it is named at least a quarter as often as the most-named force, and
// at least twice unless no force is named more than once. A requester's annotation quoting another force
// twice in a thread that names the responding force thirty times is left out; a short note naming one force
// once keeps it.
std::vector<std::string> extract_forces(std::string_view text) {
  struct Tally {
    std::string canonical;
    size_t count = 0;
  };
  std::vector<Tally> tallies;  // in order of first mention, which breaks ties after the stable sort
  for (const ForceMention& m : find_forces(text)) {
    auto t = std::find_if(tallies.begin(), tallies.end(),
                          [&](const Tally& x) { return x.canonical == m.canonical; });
    if (t == tallies.end()) {
      tallies.push_back({m.canonical, 1});
    } else {
      ++t->count;
    }
  }
  std::stable_sort(tallies.begin(), tallies.end(),
                   [](const Tally& a, const Tally& b) { return a.count > b.count; });
  std::vector<std::string> forces;
  if (tallies.empty()) return forces;
  size_t top = tallies[0].count;
  size_t threshold = top == 1 ? 1 : std::max<size_t>(2, (top + 3) / 4);
  for (const Tally& t : tallies) {
    if (t.count >= threshold) forces.push_back(t.canonical);
  }
  return forces;
}

std::optional<std::string> canonical_force(std::string_view name) {
  std::vector<NameWord> words = name_words(name);
  if (words.empty()) return std::nullopt;
  for (size_t start = 0; start < 2 && start < words.size(); ++start) {
    NameTable::Match m = force_names().longest_at(words, start, /*any_case=*/true);
    if (m.words > 0 && start + m.words == words.size()) return std::string(m.canonical);
    if (words[0].lower != "the") break;  // "the Essex Police" as well as "Essex Police"
  }
  if (words.size() != 1) return std::nullopt;
  std::string upper = upper_case(words[0].written);
  for (const auto& [short_form, canonical] : short_forms()) {
    if (upper_case(short_form) == upper) return canonical;
  }
  return std::nullopt;  // includes WMP: a user's "wmp" cannot say which force
}

std::vector<std::string> all_forces() {
  std::vector<std::string> names;
  for (const Force& f : kForces) names.emplace_back(f.canonical);
  return names;
}

bool is_scottish_force(std::string_view canonical) {
  for (const Force& f : kForces) {
    if (canonical == f.canonical) return f.scottish;
  }
  return false;
}

}  // namespace foi
