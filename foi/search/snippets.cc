// Snippets: query words found in a hit's text, the best window of them chosen, escaped and marked.
#include "foi/search/snippets.h"

#include <algorithm>
#include <cmath>
#include <optional>
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

struct Word {
  size_t start, end;  // bytes of the text
  std::string lower;
};

bool joins_word(unsigned ch) { return ch == '\'' || ch == 0x2019; }  // don't, authority’s

// The word starting at byte `from`, read the Unicode way: any character, any script.
Word unicode_word(const std::string& text, size_t from) {
  Xapian::Utf8Iterator it(text.data() + from, text.size() - from), end;
  auto offset = [&](const Xapian::Utf8Iterator& i) { return text.size() - i.left(); };
  Word w{from, 0, {}};
  while (it != end) {
    unsigned ch = *it;
    if (joins_word(ch)) {
      Xapian::Utf8Iterator next = it;
      if (++next == end || !Xapian::Unicode::is_wordchar(*next)) break;
      ch = '\'';
    } else if (!Xapian::Unicode::is_wordchar(ch)) {
      break;
    }
    Xapian::Unicode::append_utf8(w.lower, Xapian::Unicode::tolower(ch));
    ++it;
  }
  w.end = it == end ? text.size() : offset(it);
  return w;
}

// What Xapian::Unicode::is_wordchar says of an ASCII character.
bool ascii_wordchar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The end of an all-ASCII word starting at `from`, or npos when a byte of the word or the one ending it is
// not ASCII (then only the Unicode reading can tell where it ends).
size_t ascii_word_end(const std::string& text, size_t from) {
  size_t j = from;
  while (j < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[j]);
    if (c >= 0x80) return std::string::npos;
    if (ascii_wordchar(c)) {
      ++j;
    } else if (c == '\'' && j + 1 < text.size()) {  // joins when a word character follows
      unsigned char next = static_cast<unsigned char>(text[j + 1]);
      if (next >= 0x80) return std::string::npos;
      if (!ascii_wordchar(next)) break;
      ++j;
    } else {
      break;
    }
  }
  return j;
}

// The text's words with their lower-case forms. ASCII (nearly every byte of an English letter) is read here
// directly; any other character as Xapian's Unicode tables read it, so the words are the same either way.
std::vector<Word> words_of(const std::string& text) {
  std::vector<Word> words;
  words.reserve(text.size() / 6);
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80 && !ascii_wordchar(c)) {
      ++i;
      continue;
    }
    size_t end = c < 0x80 ? ascii_word_end(text, i) : std::string::npos;
    if (end != std::string::npos) {
      Word w{i, end, text.substr(i, end - i)};
      for (char& ch : w.lower)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      words.push_back(std::move(w));
      i = end;
      continue;
    }
    Xapian::Utf8Iterator it(text.data() + i, text.size() - i);
    if (!Xapian::Unicode::is_wordchar(*it)) {
      i = text.size() - (++it).left();
      continue;
    }
    words.push_back(unicode_word(text, i));
    i = words.back().end;
  }
  return words;
}

struct Hit {
  size_t first, last;  // words
  size_t unit;
};

class Matcher {
 public:
  Matcher(const SnippetQuery& q, const std::vector<Word>& words) : q_(q), words_(words) {}

  std::vector<Hit> hits() {
    std::vector<Hit> out;
    for (size_t k = 0; k < words_.size(); ++k) {
      std::optional<Hit> h = best_at(k);
      if (!h) continue;
      while (!out.empty() && out.back().last >= h->first) out.pop_back();  // a phrase takes its words' marks
      out.push_back(*h);
    }
    return out;
  }

 private:
  bool matches(size_t k, const std::string& term) {
    const std::string& lw = words_[k].lower;
    if (term == lw) return true;
    // English stems keep a word's first letter: a word that starts otherwise is not stemmed at all
    if (term[0] != 'Z' || term.size() < 2 || lw.empty() || lw[0] != term[1]) return false;
    auto it = stems_.find(lw);
    if (it == stems_.end()) it = stems_.emplace(lw, "Z" + stemmer_(lw)).first;
    return it->second == term;
  }

  // Phrases first, then single words, then wildcards.
  std::optional<Hit> best_at(size_t k) {
    for (size_t u = 0; u < q_.units.size(); ++u) {
      const SnippetQuery::Unit& unit = q_.units[u];
      size_t n = unit.terms.size();
      if (unit.prefix || n < 2 || k + 1 < n) continue;
      bool all = true;
      for (size_t i = 0; i < n && all; ++i) all = matches(k + 1 - n + i, unit.terms[i]);
      if (all) return Hit{k + 1 - n, k, u};
    }
    for (size_t u = 0; u < q_.units.size(); ++u)
      if (!q_.units[u].prefix && q_.units[u].terms.size() == 1 && matches(k, q_.units[u].terms[0]))
        return Hit{k, k, u};
    for (size_t u = 0; u < q_.units.size(); ++u)
      if (q_.units[u].prefix &&
          words_[k].lower.compare(0, q_.units[u].terms[0].size(), q_.units[u].terms[0]) == 0)
        return Hit{k, k, u};
    return std::nullopt;
  }

  const SnippetQuery& q_;
  const std::vector<Word>& words_;
  Xapian::Stem stemmer_{"english"};
  std::unordered_map<std::string, std::string> stems_;
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

std::string make_snippet(const SnippetQuery& query, const std::string& text, const SnippetOptions& options) {
  std::vector<Word> words = words_of(text);
  std::vector<Hit> hits = Matcher(query, words).hits();
  size_t start = 0, end = text.size();
  if (!hits.empty()) {
    Span span = best_span(query, words, hits, options.bytes);
    size_t s = words[hits[span.first_hit].first].start, e = words[hits[span.end_hit - 1].last].end;
    // from the top when the hits fit there, else from a sentence start before them
    if (e > options.bytes)
      start = window_start(text, words, hits[span.first_hit].first,
                           options.bytes - std::min(options.bytes, e - s));
  }
  while (start < text.size() && (text[start] == ' ' || text[start] == '\n' || text[start] == '\t')) ++start;
  if (end - start > options.bytes) {
    end = start;
    for (const Word& w : words)
      if (w.start >= start && w.end - start <= options.bytes) end = w.end;
    if (end == start) end = start + utf8_truncate(std::string_view(text).substr(start), options.bytes).size();
  }
  size_t shown_end = end;
  while (shown_end > start && (text[shown_end - 1] == ' ' || text[shown_end - 1] == '\n')) --shown_end;
  std::string out = start > 0 ? options.ellipsis : "";
  append_marked(out, text, start, shown_end, words, hits);
  if (text.find_first_not_of(" \n\t\r", end) != std::string::npos) out += options.ellipsis;
  return out;
}

}  // namespace foi
