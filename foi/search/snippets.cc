// Snippets: query words found in a hit's text, the best window of them chosen, escaped and marked.
#include "foi/search/snippets.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "foi/base/html.h"

namespace foi {
namespace {

// A term of the document's own text: a plain word or its stem. Prefixed terms (title, facets, ids) start with
// capitals, and a stem of a prefixed term is "Z" then a capital.
bool is_text_term(const std::string& t) {
  if (t.empty()) return false;
  size_t at = t[0] == 'Z' ? 1 : 0;
  return at < t.size() && !(t[at] >= 'A' && t[at] <= 'Z');
}

// A text term of the words under `words` ("Pword", "ZPword" for "P") as a plain one ("word", "Zword"); "" for
// any other term (another kind's words, the title's, a field's).
std::string plain_word(const std::string& t, std::string_view words) {
  size_t at = t.size() > 1 && t[0] == 'Z' ? 1 : 0;
  if (t.compare(at, words.size(), words) != 0) return {};
  std::string plain = t.substr(0, at) + t.substr(at + words.size());
  return is_text_term(plain) ? plain : std::string();
}

std::string leaf_term(const Xapian::Query& q) {
  auto it = q.get_terms_begin();
  return it == q.get_terms_end() ? std::string() : *it;
}

// Xapian 1.4 has no accessor for a wildcard's pattern; its description is "Query(WILDCARD <OP> pattern)".
std::string wildcard_pattern(const Xapian::Query& q) {
  std::string d = q.get_description();
  size_t at = d.find("WILDCARD ");
  if (at == std::string::npos) return {};
  at = d.find(' ', at + 9);
  size_t end = d.rfind(')');
  return at == std::string::npos || end == std::string::npos || end <= at ? std::string()
                                                                          : d.substr(at + 1, end - at - 1);
}

void add_unit(std::vector<SnippetQuery::Unit>& units, SnippetQuery::Unit u) {
  for (const SnippetQuery::Unit& have : units)
    if (have.terms == u.terms && have.prefix == u.prefix) return;
  units.push_back(std::move(u));
}

// A phrase place's term: a plain text term, or for the OR of a word's inflections (phrases.h) their shared
// stem as "Z" + stem, so one unit finds whichever form the text uses; "" for anything else.
std::string place_term(const Xapian::Query& q, std::string_view words) {
  if (q.get_type() == Xapian::Query::LEAF_TERM) return plain_word(leaf_term(q), words);
  if (q.get_type() != Xapian::Query::OP_OR || q.get_num_subqueries() == 0) return {};
  Xapian::Stem stemmer("english");
  std::string stem;
  for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
    Xapian::Query form = q.get_subquery(i);
    std::string t = form.get_type() == Xapian::Query::LEAF_TERM ? plain_word(leaf_term(form), words) : "";
    if (t.empty() || t[0] == 'Z') return {};
    std::string s = stemmer(t);
    if (i > 0 && s != stem) return {};
    stem = std::move(s);
  }
  return "Z" + stem;
}

// A phrase's terms in order, if each place is a plain text term or a word's inflections.
std::optional<std::vector<std::string>> phrase_terms(const Xapian::Query& q, std::string_view words) {
  if (q.get_type() != Xapian::Query::OP_PHRASE || q.get_num_subqueries() == 0) return std::nullopt;
  std::vector<std::string> terms;
  for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
    std::string t = place_term(q.get_subquery(i), words);
    if (t.empty()) return std::nullopt;
    terms.push_back(std::move(t));
  }
  return terms;
}

void collect(const Xapian::Query& q, std::string_view words, std::vector<SnippetQuery::Unit>& units) {
  switch (q.get_type()) {
    case Xapian::Query::LEAF_TERM: {
      std::string t = plain_word(leaf_term(q), words);
      if (!t.empty()) add_unit(units, {{t}});
      return;
    }
    case Xapian::Query::OP_WILDCARD: {
      std::string p = wildcard_pattern(q);
      if (p.empty() || p[0] == 'Z') return;
      p = plain_word(p, words);
      if (!p.empty()) add_unit(units, {{p}, true});
      return;
    }
    case Xapian::Query::OP_PHRASE:
      if (std::optional<std::vector<std::string>> terms = phrase_terms(q, words)) {
        add_unit(units, {std::move(*terms)});
        return;
      }
      break;
    case Xapian::Query::OP_AND_NOT:  // the words a hit must not have are not looked for
      if (q.get_num_subqueries() > 0) collect(q.get_subquery(0), words, units);
      return;
    default:
      break;
  }
  for (size_t i = 0; i < q.get_num_subqueries(); ++i) collect(q.get_subquery(i), words, units);
}

// A word of the text: where it is, and where its lower-case form is when it is more than ASCII.
struct Word {
  size_t start, end;  // bytes of the text
  int lower = -1;     // its lower-case form in Words::lower; -1: every byte is ASCII, lowered as it is read
};

// The text's words in order. Only the few words with a byte beyond ASCII keep a string (their lower-case
// form): a letter's words are a few thousand, and a string each was most of a snippet's cost.
struct Words {
  std::vector<Word> list;
  std::vector<std::string> lower;
};

bool joins_word(unsigned ch) { return ch == '\'' || ch == 0x2019; }  // don't, authority’s

// The word starting at byte `from`, read the Unicode way: any character, any script. Returns its end; its
// lower-case form goes to `lower`.
size_t unicode_word(const std::string& text, size_t from, std::string& lower) {
  Xapian::Utf8Iterator it(text.data() + from, text.size() - from), end;
  while (it != end) {
    unsigned ch = *it;
    if (joins_word(ch)) {
      Xapian::Utf8Iterator next = it;
      if (++next == end || !Xapian::Unicode::is_wordchar(*next)) break;
      ch = '\'';
    } else if (!Xapian::Unicode::is_wordchar(ch)) {
      break;
    }
    Xapian::Unicode::append_utf8(lower, Xapian::Unicode::tolower(ch));
    ++it;
  }
  return it == end ? text.size() : text.size() - it.left();
}

// What Xapian::Unicode::is_wordchar says of an ASCII character.
constexpr bool ascii_wordchar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// How the ASCII reading sees a byte, one table look-up a byte.
enum class ByteKind : unsigned char { kOther, kWord, kApostrophe, kBeyondAscii };

constexpr std::array<ByteKind, 256> byte_kinds() {
  std::array<ByteKind, 256> kinds{};
  for (unsigned c = 0; c < 256; ++c)
    kinds[c] = c >= 0x80                                       ? ByteKind::kBeyondAscii
               : ascii_wordchar(static_cast<unsigned char>(c)) ? ByteKind::kWord
               : c == '\''                                     ? ByteKind::kApostrophe
                                                               : ByteKind::kOther;
  return kinds;
}

constexpr std::array<ByteKind, 256> kByteKinds = byte_kinds();

ByteKind kind_of(char c) { return kByteKinds[static_cast<unsigned char>(c)]; }

// The end of an all-ASCII word starting at `from`, or npos when a byte of the word or the one ending it is
// not ASCII (then only the Unicode reading can tell where it ends). An apostrophe joins when a word character
// follows.
size_t ascii_word_end(const std::string& text, size_t from) {
  size_t j = from, n = text.size();
  for (;;) {
    while (j < n && kind_of(text[j]) == ByteKind::kWord) ++j;
    if (j == n) return j;
    ByteKind kind = kind_of(text[j]);
    if (kind == ByteKind::kBeyondAscii) return std::string::npos;
    if (kind != ByteKind::kApostrophe || j + 1 == n) return j;
    ByteKind next = kind_of(text[j + 1]);
    if (next == ByteKind::kBeyondAscii) return std::string::npos;
    if (next != ByteKind::kWord) return j;
    j += 2;
  }
}

// The text's words. ASCII (nearly every byte of an English letter) is read here directly; any other character
// as Xapian's Unicode tables read it, so the words are the same either way.
Words words_of(const std::string& text) {
  Words words;
  words.list.reserve(text.size() / 6);
  size_t i = 0;
  while (i < text.size()) {
    ByteKind kind = kind_of(text[i]);
    if (kind == ByteKind::kOther || kind == ByteKind::kApostrophe) {
      ++i;
      continue;
    }
    size_t end = kind == ByteKind::kWord ? ascii_word_end(text, i) : std::string::npos;
    if (end != std::string::npos) {
      words.list.push_back({i, end});
      i = end;
      continue;
    }
    Xapian::Utf8Iterator it(text.data() + i, text.size() - i);
    if (!Xapian::Unicode::is_wordchar(*it)) {
      i = text.size() - (++it).left();
      continue;
    }
    std::string lower;
    size_t word_end = unicode_word(text, i, lower);
    words.list.push_back({i, word_end, static_cast<int>(words.lower.size())});
    words.lower.push_back(std::move(lower));
    i = word_end;
  }
  return words;
}

struct Hit {
  size_t first, last;  // words
  size_t unit;
};

// A word matches a term when its lower-case form is the term, or for a stem ("Zword") when its stem is. Every
// match needs the word's first lower-case byte to be a term's (a stem's first letter is its word's: words
// that start otherwise are not stemmed at all), so the words that start otherwise are passed over unread.
class Matcher {
 public:
  Matcher(const SnippetQuery& q, const std::string& text, const Words& words, SnippetStems& stems)
      : q_(q), text_(text), words_(words), stems_(stems) {
    for (const SnippetQuery::Unit& unit : q.units)
      for (const std::string& t : unit.terms) {
        if (t.empty()) first_.fill(true);  // never made by snippet_query; no word matches it
        first_[static_cast<unsigned char>(t[0])] = true;
        if (t[0] == 'Z' && t.size() > 1) first_[static_cast<unsigned char>(t[1])] = true;
      }
  }

  std::vector<Hit> hits() {
    std::vector<Hit> out;
    for (size_t k = 0; k < words_.list.size(); ++k) {
      if (!first_[static_cast<unsigned char>(first_lower(k))]) continue;
      std::optional<Hit> h = best_at(k);
      if (!h) continue;
      while (!out.empty() && out.back().last >= h->first) out.pop_back();  // a phrase takes its words' marks
      out.push_back(*h);
    }
    return out;
  }

 private:
  char first_lower(size_t k) const {
    const Word& w = words_.list[k];
    return w.lower < 0 ? ascii_lower(text_[w.start]) : words_.lower[w.lower][0];
  }

  // Whether the word's lower-case form starts with `p` (is `p`, when `whole`), read in place when it is
  // ASCII.
  bool lower_starts(size_t k, std::string_view p, bool whole) const {
    const Word& w = words_.list[k];
    if (w.lower >= 0) {
      std::string_view lw = words_.lower[w.lower];
      return whole ? lw == p : lw.substr(0, p.size()) == p;
    }
    size_t n = w.end - w.start;
    if (whole ? n != p.size() : n < p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i)
      if (ascii_lower(text_[w.start + i]) != p[i]) return false;
    return true;
  }

  // The word's stem.
  const std::string& stem(size_t k) {
    const Word& w = words_.list[k];
    if (w.lower >= 0) return stems_(words_.lower[w.lower]);
    buffer_.assign(text_, w.start, w.end - w.start);
    for (char& ch : buffer_) ch = ascii_lower(ch);
    return stems_(buffer_);
  }

  bool matches(size_t k, const std::string& term) {
    char first = first_lower(k);
    if (first == term[0] && lower_starts(k, term, true)) return true;
    if (term[0] != 'Z' || term.size() < 2 || first != term[1]) return false;
    return std::string_view(stem(k)) == std::string_view(term).substr(1);
  }

  // Phrases first, then single words, then wildcards.
  std::optional<Hit> best_at(size_t k) {
    for (size_t u = 0; u < q_.units.size(); ++u) {
      const SnippetQuery::Unit& unit = q_.units[u];
      size_t n = unit.terms.size();
      if (unit.prefix || n < 2 || k + 1 < n) continue;
      bool all = true;
      for (size_t i = n; i-- > 0 && all;) all = matches(k + 1 - n + i, unit.terms[i]);  // the last word first
      if (all) return Hit{k + 1 - n, k, u};
    }
    for (size_t u = 0; u < q_.units.size(); ++u)
      if (!q_.units[u].prefix && q_.units[u].terms.size() == 1 && matches(k, q_.units[u].terms[0]))
        return Hit{k, k, u};
    for (size_t u = 0; u < q_.units.size(); ++u)
      if (q_.units[u].prefix && lower_starts(k, q_.units[u].terms[0], false)) return Hit{k, k, u};
    return std::nullopt;
  }

  const SnippetQuery& q_;
  const std::string& text_;
  const Words& words_;
  SnippetStems& stems_;
  std::array<bool, 256> first_{};
  std::string buffer_;
};

// Each unit counts once in full, and a tenth again for each repeat; summed in unit order, so the same counts
// give the same score whatever order they were reached in.
double score(const SnippetQuery& q, const std::vector<unsigned>& counts) {
  double s = 0;
  for (size_t u = 0; u < counts.size(); ++u)
    if (counts[u]) s += q.units[u].weight * (1 + 0.1 * (counts[u] - 1));
  return s;
}

struct Span {
  size_t first_hit = 0, end_hit = 0;  // hits [first_hit, end_hit)
};

// The run of hits that fits in `bytes` with the highest score; the earliest among equals.
Span best_span(const SnippetQuery& q, const std::vector<Word>& words, const std::vector<Hit>& hits,
               size_t bytes) {
  Span best;
  double best_score = -1;
  std::vector<unsigned> counts(q.units.size(), 0);
  size_t j = 0;
  for (size_t i = 0; i < hits.size(); ++i) {
    size_t start = words[hits[i].first].start;
    if (j <= i) ++counts[hits[j++].unit];  // a hit alone is a window even when it is longer than `bytes`
    while (j < hits.size() && words[hits[j].last].end - start <= bytes) ++counts[hits[j++].unit];
    double s = score(q, counts);
    if (s > best_score) best_score = s, best = {i, j};
    --counts[hits[i].unit];
  }
  return best;
}

bool sentence_start(const std::string& text, size_t p) {
  if (p == 0 || text[p - 1] == '\n') return true;
  return p >= 2 && text[p - 1] == ' ' && (text[p - 2] == '.' || text[p - 2] == '?' || text[p - 2] == '!');
}

// Where the shown text starts: the start of the sentence holding the first hit when it fits, else a few words
// before the hit.
size_t window_start(const std::string& text, const std::vector<Word>& words, size_t first_word,
                    size_t slack) {
  size_t s = words[first_word].start;
  size_t k = first_word;
  while (k > 0 && s - words[k - 1].start <= slack) {
    --k;
    if (sentence_start(text, words[k].start)) return words[k].start;
  }
  if (sentence_start(text, s)) return s;
  size_t back = std::min<size_t>(slack / 3, 60);
  k = first_word;
  while (k > 0 && s - words[k - 1].start <= back) --k;
  return words[k].start;
}

void append_marked(std::string& out, const std::string& text, size_t from, size_t to,
                   const std::vector<Word>& words, const std::vector<Hit>& hits) {
  size_t at = from;
  for (const Hit& h : hits) {
    size_t a = words[h.first].start, b = words[h.last].end;
    if (a < from || b > to) continue;
    out += html_escape(std::string_view(text).substr(at, a - at));
    out += "<mark>" + html_escape(std::string_view(text).substr(a, b - a)) + "</mark>";
    at = b;
  }
  out += html_escape(std::string_view(text).substr(at, to - at));
}

// The end of the last word that starts at `start` or after and ends within `bytes` of it; `start` when none
// does. Words are in order, so they are found from the first at or after `start` on.
size_t last_word_end(const std::vector<Word>& words, size_t start, size_t bytes) {
  auto it = std::lower_bound(words.begin(), words.end(), start,
                             [](const Word& w, size_t at) { return w.start < at; });
  size_t end = start;
  for (; it != words.end() && it->end - start <= bytes; ++it) end = it->end;
  return end;
}

}  // namespace

SnippetQuery snippet_query(const Xapian::Query& query,
                           const std::function<Xapian::doccount(const std::string&)>& termfreq,
                           Xapian::doccount doccount, std::string_view words) {
  SnippetQuery out;
  collect(query, words, out.units);
  double heaviest = 1;
  for (SnippetQuery::Unit& u : out.units) {
    if (u.prefix) continue;
    u.weight = 0;
    for (const std::string& t : u.terms) u.weight += 1 + std::log((doccount + 1.0) / (termfreq(t) + 1.0));
    heaviest = std::max(heaviest, u.weight);
  }
  for (SnippetQuery::Unit& u : out.units)
    if (u.prefix)
      u.weight = heaviest;  // a wildcard stands for several words: weighed as the query's heaviest
  return out;
}

const std::string& SnippetStems::operator()(const std::string& word) {
  auto it = stems_.find(word);
  if (it == stems_.end()) it = stems_.emplace(word, stemmer_(word)).first;
  return it->second;
}

std::string make_snippet(const SnippetQuery& query, const std::string& text, const SnippetOptions& options,
                         SnippetStems* stems) {
  std::optional<SnippetStems> own;
  if (!stems) stems = &own.emplace();
  Words words = words_of(text);
  std::vector<Hit> hits = Matcher(query, text, words, *stems).hits();
  size_t start = 0, end = text.size();
  if (!hits.empty()) {
    Span span = best_span(query, words.list, hits, options.bytes);
    size_t s = words.list[hits[span.first_hit].first].start, e = words.list[hits[span.end_hit - 1].last].end;
    // from the top when the hits fit there, else from a sentence start before them
    if (e > options.bytes)
      start = window_start(text, words.list, hits[span.first_hit].first,
                           options.bytes - std::min(options.bytes, e - s));
  }
  while (start < text.size() && (text[start] == ' ' || text[start] == '\n' || text[start] == '\t')) ++start;
  if (end - start > options.bytes) {
    end = last_word_end(words.list, start, options.bytes);
    if (end == start) end = start + utf8_truncate(std::string_view(text).substr(start), options.bytes).size();
  }
  size_t shown_end = end;
  while (shown_end > start && (text[shown_end - 1] == ' ' || text[shown_end - 1] == '\n')) --shown_end;
  std::string out = start > 0 ? options.ellipsis : "";
  append_marked(out, text, start, shown_end, words.list, hits);
  if (text.find_first_not_of(" \n\t\r", end) != std::string::npos) out += options.ellipsis;
  return out;
}

}  // namespace foi
