// The authority that wrote a response: a force, a body from the table, a PCC or a council found by pattern.
#include "foi/extract/authorities.h"

#include <algorithm>
#include <vector>

#include "foi/extract/bodies.h"
#include "foi/extract/forces.h"

namespace foi {
namespace {

// The 32 Scottish council areas, as they appear before "Council" (with "City", "Islands", "The" set aside).
constexpr std::string_view kScottishCouncilAreas =
    "Aberdeen|Aberdeenshire|Angus|Argyll and Bute|Clackmannanshire|Dumfries and Galloway|Dundee|"
    "East Ayrshire|East Dunbartonshire|East Lothian|East Renfrewshire|Edinburgh|Falkirk|Fife|Glasgow|"
    "Highland|Inverclyde|Midlothian|Moray|Eilean Siar|Western Isles|Na h-Eileanan Siar|North Ayrshire|"
    "North Lanarkshire|Orkney|Perth and Kinross|Renfrewshire|Scottish Borders|Shetland|South Ayrshire|"
    "South Lanarkshire|Stirling|West Dunbartonshire|West Lothian";

// Scotland's universities, as the pattern names them ("University of X", "X University"): FOISA applies.
constexpr std::string_view kScottishUniversities =
    "University of Aberdeen|Abertay University|University of Dundee|University of Edinburgh|Edinburgh Napier "
    "University|University of Glasgow|Glasgow Caledonian University|Heriot-Watt University|University of the "
    "Highlands and Islands|Queen Margaret University|Robert Gordon University|University of St Andrews|"
    "University of Stirling|University of Strathclyde|University of the West of Scotland";

// Capitalised words that open sentences and salutations rather than names ("Unfortunately Thurrock Council").
// clang-format off
constexpr std::string_view kLeadWords[] = {
    "dear", "the", "to", "from", "for", "by", "and", "of", "at", "in", "on", "with", "re", "fao", "attn", "cc",
    "our", "your", "this", "that", "contact", "mr", "thank", "please", "a", "an", "while", "whilst", "however",
    "therefore", "although", "also", "if", "when", "as", "but", "unfortunately", "consequently",
    "additionally", "accordingly", "similarly", "regrettably", "currently", "finally", "subsequently",
    "alternatively", "initially", "previously", "ultimately", "furthermore", "moreover", "nevertheless"};
// clang-format on

// "X Council" with no City/County/Borough/District is read as a council only if X has none of these words.
constexpr std::string_view kNotPlaces[] = {
    "national", "police",   "chiefs",    "chief",        "security",  "sentencing", "arts",    "research",
    "privy",    "advisory", "executive", "european",     "standards", "medical",    "nursing", "health",
    "care",     "science",  "sport",     "sports",       "funding",   "business",   "student", "youth",
    "legal",    "british",  "general",   "professional", "safety",    "services"};

constexpr std::string_view kCouncilKinds[] = {"city", "county", "borough", "district", "town", "parish"};

// A hard-wrapped line is long; a short line ending before a name is a separate line (address, signature).
constexpr size_t kWrappedLineLength = 50;

template <size_t N>
bool among(const std::string_view (&list)[N], std::string_view word) {
  return std::find(list, list + N, word) != list + N;
}

std::vector<std::string_view> split_bars(std::string_view list) {
  std::vector<std::string_view> parts;
  for (size_t bar = 0; !list.empty(); list = bar == std::string_view::npos ? "" : list.substr(bar + 1)) {
    bar = list.find('|');
    parts.push_back(list.substr(0, bar));
  }
  return parts;
}

const NameTable& body_names() {
  static const NameTable table = [] {
    NameTable t;
    for (const Body& b : known_bodies()) {
      t.add(b.canonical, b.canonical);
      for (std::string_view alias : split_bars(b.aliases)) t.add(alias, b.canonical);
    }
    return t;
  }();
  return table;
}

const Body* find_body(std::string_view canonical) {
  for (const Body& b : known_bodies()) {
    if (canonical == b.canonical) return &b;
  }
  return nullptr;
}

using Mention = AuthorityMention;

// True when words[a] and words[b] (adjacent) may belong to one name: joined, and not across the end of a
// short line.
bool same_name(std::string_view text, const std::vector<NameWord>& words, size_t a, size_t b) {
  if (!words[b].joined) return false;
  size_t end = words[a].offset + words[a].length;
  if (text.substr(end, words[b].offset - end).find('\n') == std::string_view::npos) return true;
  size_t line_start = text.rfind('\n', words[a].offset);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  return end - line_start >= kWrappedLineLength;
}

bool connector(const NameWord& w) {
  return !w.capitalised && (w.lower == "and" || w.lower == "of" || w.lower == "upon" || w.lower == "on" ||
                            w.lower == "in" || w.lower == "the");
}

// First word of the capitalised place ending just before words[end]: "Sheffield City" in "Dear Sheffield City
// Council". Stops at `floor` (words taken by other mentions), connectors only between capitalised words.
size_t place_start(std::string_view text, const std::vector<NameWord>& words, size_t end, size_t floor) {
  size_t start = end;
  while (start > floor && same_name(text, words, start - 1, start)) {
    const NameWord& w = words[start - 1];
    bool capital = w.capitalised && !among(kLeadWords, w.lower);
    if (!capital && !(connector(w) && start < end)) break;
    --start;
  }
  while (start < end && !words[start].capitalised) ++start;
  return start;
}

// One past the last word of the capitalised place starting at words[begin]: "Avon and Somerset" after "for".
size_t place_end(std::string_view text, const std::vector<NameWord>& words, size_t begin) {
  size_t end = begin;
  while (end < words.size() && (end == begin || same_name(text, words, end - 1, end)) &&
         ((words[end].capitalised && !words[end].in_link) || (end > begin && connector(words[end])))) {
    ++end;
  }
  while (end > begin && !words[end - 1].capitalised) --end;
  return end;
}

// The name as written over words[first, last): single spaces, "&" as "and", hyphens and apostrophes kept.
std::string written_name(std::string_view text, const std::vector<NameWord>& words, size_t first,
                         size_t last) {
  std::string name;
  for (size_t k = first; k < last; ++k) {
    if (k > first) {
      size_t gap_start = words[k - 1].offset + words[k - 1].length;
      std::string_view gap = text.substr(gap_start, words[k].offset - gap_start);
      bool spaced = gap.empty() || gap.find_first_of(" \t\r\n\f\v") != std::string_view::npos ||
                    gap.find("\xC2\xA0") != std::string_view::npos || words[k].written == "&" ||
                    words[k - 1].written == "&";
      name += spaced ? std::string(" ") : std::string(gap);
    }
    name += words[k].written == "&" ? "and" : words[k].written;
  }
  return name;
}

Mention mention_over(const std::vector<NameWord>& words, size_t first, size_t last, std::string canonical) {
  size_t offset = words[first].offset;
  return {std::move(canonical), offset, words[last - 1].offset + words[last - 1].length - offset};
}

using Titles = std::vector<std::vector<std::string_view>>;

// Number of words of the first of `titles` written at words[i] (lower case, no link inside); 0 for none. With
// `capitals`, each word but "and" must be capitalised, as in a name.
size_t title_length(const std::vector<NameWord>& words, size_t i, const Titles& titles, bool capitals) {
  for (const auto& title : titles) {
    if (i + title.size() > words.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < title.size() && ok; ++k)
      ok = words[i + k].lower == title[k] && !words[i + k].in_link &&
           (!capitals || title[k] == "and" || words[i + k].capitalised);
    if (ok) return title.size();
  }
  return 0;
}

// Number of words in "Police and Crime Commissioner" or "Police, Fire and Crime Commissioner" at words[i].
size_t pcc_title_length(const std::vector<NameWord>& words, size_t i) {
  static const Titles kTitles = {{"police", "and", "crime", "commissioner"},
                                 {"police", "fire", "and", "crime", "commissioner"}};
  return title_length(words, i, kTitles, false);
}

// A body named by its place and the kind of body it is: "Shropshire Fire and Rescue Service", "Nottingham
// University Hospitals NHS Trust", "Ayrshire and Arran Health Board". The name as written.
std::optional<Mention> kind_named_at(std::string_view text, const std::vector<NameWord>& words, size_t i,
                                     size_t floor, size_t& next) {
  static const Titles kKinds = {{"fire", "and", "rescue", "service"},
                                {"fire", "and", "rescue", "authority"},
                                {"fire", "service"},
                                {"nhs", "foundation", "trust"},
                                {"nhs", "trust"},
                                {"health", "board"},
                                {"integrated", "care", "board"},
                                {"university"}};
  size_t kind = title_length(words, i, kKinds, true);
  if (kind == 0) return std::nullopt;
  static const Titles kHospitals = {{"hospital"}, {"hospitals"}, {"health"}, {"nhs"}};
  if (words[i].lower == "university" && i + 1 < words.size() && same_name(text, words, i, i + 1) &&
      title_length(words, i + 1, kHospitals, true) > 0) {
    return std::nullopt;  // "Anytown University Hospitals NHS Trust": the trust, found at its kind
  }
  size_t start = place_start(text, words, i, floor);
  if (start == i) return std::nullopt;
  for (size_t k = start; k < i + kind; ++k)
    if (k > start && !same_name(text, words, k - 1, k)) return std::nullopt;
  next = i + kind;
  return mention_over(words, start, next, written_name(text, words, start, next));
}

// "Essex Police and Crime Commissioner", "(Office of the) Police, Fire and Crime Commissioner for Essex": one
// canonical name for the office, "Police and Crime Commissioner for Essex". Sets `next` past the words used.
std::optional<Mention> pcc_at(std::string_view text, const std::vector<NameWord>& words, size_t i,
                              size_t floor, size_t& next) {
  size_t title = pcc_title_length(words, i);
  if (title == 0) return std::nullopt;
  size_t start = place_start(text, words, i, floor);
  if (start < i) {
    next = i + title;
    return mention_over(words, start, next,
                        "Police and Crime Commissioner for " + written_name(text, words, start, i));
  }
  size_t after = i + title;
  if (after + 1 < words.size() && words[after].lower == "for" && same_name(text, words, after - 1, after) &&
      same_name(text, words, after, after + 1)) {
    size_t end = place_end(text, words, after + 1);
    bool office = i >= 3 && words[i - 3].lower == "office" && words[i - 2].lower == "of" &&
                  words[i - 1].lower == "the" && words[i - 3].capitalised && i - 3 >= floor;
    if (end > after + 1) {
      next = end;
      return mention_over(words, office ? i - 3 : i, end,
                          "Police and Crime Commissioner for " + written_name(text, words, after + 1, end));
    }
  }
  return std::nullopt;
}

// "London Borough of Camden", "Royal Borough of Kensington and Chelsea", "University of the West of
// Scotland".
std::optional<Mention> borough_of_at(std::string_view text, const std::vector<NameWord>& words, size_t i,
                                     size_t& next) {
  static const Titles kTitles = {
      {"london", "borough", "of"}, {"royal", "borough", "of"}, {"university", "of"}};
  size_t title = title_length(words, i, kTitles, false);
  if (title > 0 && i + title + 1 < words.size() && words[i + title].lower == "the") ++title;
  if (title == 0 || i + title >= words.size() || !words[i].capitalised ||
      among(kLeadWords, words[i + title].lower)) {
    return std::nullopt;
  }
  for (size_t k = i; k < i + title; ++k)
    if (!same_name(text, words, k, k + 1)) return std::nullopt;
  size_t end = place_end(text, words, i + title);
  if (end == i + title) return std::nullopt;
  next = end;
  return mention_over(words, i, end, written_name(text, words, i, end));
}

// "Sheffield City Council", "Essex County Council", "Fife Council": the name as written, up to "Council".
std::optional<Mention> council_at(std::string_view text, const std::vector<NameWord>& words, size_t i,
                                  size_t floor) {
  if (words[i].lower != "council" || !words[i].capitalised || words[i].in_link) return std::nullopt;
  size_t start = place_start(text, words, i, floor);
  for (size_t k = start; k < i; ++k)
    if (words[k].lower == "the" && !words[k].capitalised) start = k + 1;  // "Consequently the City Council"
  if (start == i) return std::nullopt;
  bool has_kind = among(kCouncilKinds, words[i - 1].lower);
  if (has_kind && start == i - 1) return std::nullopt;  // "City Council" alone names no council
  if (!has_kind) {
    if (i - start > 5) return std::nullopt;
    for (size_t k = start; k < i; ++k) {
      if (among(kNotPlaces, words[k].lower)) return std::nullopt;
    }
  }
  return mention_over(words, start, i + 1, written_name(text, words, start, i + 1));
}

}  // namespace

std::vector<AuthorityMention> find_authorities(std::string_view text) {
  std::vector<Mention> mentions;
  std::vector<NameWord> words = name_words(text);
  std::vector<bool> taken(words.size(), false);  // words inside force names, so no council absorbs them
  size_t w = 0;
  for (const ForceMention& f : find_forces(text, words)) {
    mentions.push_back({f.canonical, f.offset, f.length});
    while (w < words.size() && words[w].offset < f.offset) ++w;
    for (size_t k = w; k < words.size() && words[k].offset < f.offset + f.length; ++k) taken[k] = true;
  }
  size_t floor = 0;
  for (size_t i = 0; i < words.size();) {
    if (taken[i]) {
      floor = ++i;
      continue;
    }
    size_t next = i + 1;
    std::optional<Mention> m;
    if (NameTable::Match body = body_names().longest_at(words, i); body.words > 0) {
      next = i + body.words;
      m = mention_over(words, i, next, std::string(body.canonical));
    } else if (!(m = pcc_at(text, words, i, floor, next)) && !(m = borough_of_at(text, words, i, next)) &&
               !(m = kind_named_at(text, words, i, floor, next))) {
      m = council_at(text, words, i, floor);
    }
    if (m) {
      mentions.push_back(std::move(*m));
      floor = next;
    }
    i = next;
  }
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.offset < b.offset; });
  return mentions;
}

bool is_appeal_route(std::string_view canonical) {
  const Body* b = find_body(canonical);
  return b != nullptr && b->appeal_route;
}

namespace {

std::string title_case(std::string_view name) {
  std::string out(name);
  bool word_start = true;
  for (char& c : out) {
    if (word_start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    word_start = c == ' ' || c == '-';
  }
  for (std::string_view small : {" And ", " Of ", " Upon ", " On ", " In ", " The ", " For "}) {
    for (size_t at = out.find(small); at != std::string::npos; at = out.find(small, at + 1)) {
      out[at + 1] = static_cast<char>(out[at + 1] - 'A' + 'a');
    }
  }
  return out;
}

}  // namespace

std::optional<AuthorityMention> whole_authority(std::string_view name) {
  size_t first = name.find_first_not_of(" \t\r\n");
  size_t last = name.find_last_not_of(" \t\r\n.;");
  if (first == std::string_view::npos) return std::nullopt;
  if (name.substr(first, 4) == "The " || name.substr(first, 4) == "the ")
    first += 4;  // "The Highland Council"
  if (first > last) return std::nullopt;
  std::vector<Mention> found = find_authorities(name.substr(first, last + 1 - first));
  if (found.size() != 1 || found[0].offset != 0 || found[0].length != last + 1 - first) return std::nullopt;
  return found[0];
}

std::optional<std::string> canonical_authority(std::string_view name) {
  if (auto force = canonical_force(name)) return force;
  std::vector<NameWord> words = name_words(name);
  if (NameTable::Match m = body_names().longest_at(words, 0, /*any_case=*/true);
      m.words == words.size() && m.words) {
    return std::string(m.canonical);
  }
  if (auto body = whole_authority(name)) return body->canonical;
  if (auto body = whole_authority(title_case(name))) return body->canonical;  // "sheffield city council"
  return std::nullopt;
}

bool is_scottish_authority(std::string_view canonical) {
  static const std::vector<std::string_view> universities = split_bars(kScottishUniversities);
  if (is_scottish_force(canonical)) return true;
  if (const Body* b = find_body(canonical)) return b->scottish;
  if (std::find(universities.begin(), universities.end(), canonical) != universities.end()) return true;
  std::string_view place = canonical;
  if (place.substr(0, 4) == "The ") place.remove_prefix(4);
  if (place.substr(0, 8) == "City of ") place.remove_prefix(8);
  if (place.size() < 8 || place.substr(place.size() - 8) != " Council") return false;
  place.remove_suffix(8);
  for (std::string_view suffix : {" City", " Islands"}) {
    if (place.size() > suffix.size() && place.substr(place.size() - suffix.size()) == suffix) {
      place.remove_suffix(suffix.size());
    }
  }
  std::vector<std::string_view> areas = split_bars(kScottishCouncilAreas);
  return std::find(areas.begin(), areas.end(), place) != areas.end();
}

}  // namespace foi
