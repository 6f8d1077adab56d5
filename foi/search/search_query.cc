// QueryParser set-up: prefixes, field processors, range processor, limits.
#include "foi/search/search_query.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>

#include "foi/base/text.h"
#include "foi/extract/authorities.h"
#include "foi/extract/dates.h"
#include "foi/extract/doc_types.h"
#include "foi/extract/exemptions.h"
#include "foi/extract/forces.h"
#include "foi/extract/outcomes.h"
#include "foi/index/index_writer.h"
#include "foi/index/schema.h"
#include "foi/precedents/passages.h"
#include "foi/search/phrases.h"
#include "foi/search/word_terms.h"

namespace foi {
namespace {

std::string canonical_value(const std::string& facet, const std::string& typed) {
  if (facet == "force") return canonical_force(typed).value_or(typed);
  if (facet == "authority") return canonical_authority(typed).value_or(typed);
  if (facet == "exemption") {
    std::optional<std::string> e = canonical_exemption(typed);
    if (!e) throw RequestError("bad_exemption", "not an FOIA, FOISA or EIR refusal ground: " + typed);
    return *e;
  }
  if (facet == "outcome") {
    std::optional<std::string> o = normalise_outcome(typed);
    if (o && *o != "unknown") return *o;
    if (o && fold_case(typed) == "unknown") return *o;
    throw RequestError("bad_outcome", "not an outcome: " + typed + " (API.md lists them)");
  }
  if (facet == "doc_type") {
    if (is_doc_type(typed)) return typed;
    std::string all;
    for (std::string_view t : kDocTypes) all += (all.empty() ? "" : ", ") + std::string(t);
    throw RequestError("bad_doc_type", "not a document kind: " + typed + " (one of " + all + ")");
  }
  if (facet == "ncnd") {
    std::string v = fold_case(typed);
    if (v == "yes" || v == "true") return "yes";
    if (v == "no" || v == "false") return "no";
    throw RequestError("bad_ncnd", "ncnd must be yes or no: " + typed);
  }
  if (facet == "role") {
    for (std::string_view role : kPassageRoles)
      if (role == typed) return typed;
    throw RequestError("bad_role", "not a passage role: " + typed);
  }
  return typed;  // offence values are matched as written in the facet ("SOA 2003 s15A" or the Act "SOA 2003")
}

std::string_view prefix_of(const std::string& facet) {
  for (const schema::Facet& f : schema::kFacets)
    if (f.name == facet) return f.prefix;
  throw RequestError("unknown_parameter", "unknown facet: " + facet);
}

// The first error a field processor met while the parser ran. Xapian's QueryParser is not written to let an
// exception pass through it (a throw from a FieldProcessor under '-' or '+' corrupted its heap), so
// processors record the error and return an empty Query, and parse_user_query throws it once the parser has
// returned.
using FieldError = std::shared_ptr<std::optional<RequestError>>;

// "force:gmp" -> the boolean term for Greater Manchester Police. Runs in the client's QueryParser, so the
// Query it makes runs anywhere (remote shards included). Never throws.
class FacetFieldProcessor : public Xapian::FieldProcessor {
 public:
  FacetFieldProcessor(std::string facet, FieldError error)
      : facet_(std::move(facet)), error_(std::move(error)) {}
  Xapian::Query operator()(const std::string& value) override {
    try {
      return Xapian::Query(bounded_term(prefix_of(facet_), canonical_value(facet_, value)));
    } catch (const RequestError& e) {
      if (!*error_) *error_ = e;
    } catch (const std::exception&) {
      if (!*error_) *error_ = RequestError("bad_query", "cannot read the value of " + facet_ + ":");
    }
    return Xapian::Query();
  }

 private:
  std::string facet_;
  FieldError error_;
};

// Xapian's parser quietly reads an unclosed bracket or quote some other way; a user is better told.
void check_balanced(const std::string& q) {
  int depth = 0;
  bool quoted = false;
  for (char c : q) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '(') ++depth;
    if (c == ')' && --depth < 0) throw RequestError("bad_query", "a closing bracket has no opening one");
  }
  if (quoted) throw RequestError("bad_query", "a quotation mark is not closed");
  if (depth > 0) throw RequestError("bad_query", "a bracket is not closed");
}

// NEAR/n and ADJ/n join the words either side. Straight after AND, OR, NOT or XOR there is no word before,
// and Xapian 1.4.22's parser leaks the operator's token on that syntax error (96 bytes a request; a fuzz
// finding), so such a query is refused here before it reaches the parser.
void check_proximity(const std::string& q) {
  std::string_view
      prev;  // the word before: letters and digits; anything else parts words, as in Xapian's parser
  bool quoted = false;
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (size_t i = 0; i < q.size();) {
    if (q[i] == '"') quoted = !quoted, prev = "\"";
    if (q[i] == '"' || quoted || !word(q[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < q.size() && word(q[end])) ++end;
    std::string_view w = std::string_view(q).substr(i, end - i);
    bool proximity = (w == "NEAR" || w == "ADJ") && end + 1 < q.size() && q[end] == '/' &&
                     std::isdigit(static_cast<unsigned char>(q[end + 1]));
    if (proximity && (prev == "AND" || prev == "OR" || prev == "NOT" || prev == "XOR"))
      throw RequestError("bad_query", std::string(w) + "/ needs a word on each side, as: harm " +
                                          std::string(w) + "/5 prejudice");
    prev = w;
    i = end;
  }
}

// exact: must be followed by a word or a quoted phrase with a word in it; Xapian would read a bare "exact:"
// as the word "exact".
void check_exact(const std::string& q) {
  constexpr std::string_view kExact = "exact:";
  bool quoted = false;
  for (size_t i = 0; i < q.size(); ++i) {
    if (q[i] == '"') quoted = !quoted;
    if (quoted || q.compare(i, kExact.size(), kExact) != 0 ||
        (i > 0 && std::isalnum(static_cast<unsigned char>(q[i - 1]))))
      continue;
    size_t v = i + kExact.size();
    size_t end = v < q.size() && q[v] == '"' ? q.find('"', v + 1) : q.find_first_of(" \t\r\n()", v);
    if (end == std::string::npos) end = q.size();
    std::string value = q.substr(v, end - v);
    if (std::none_of(value.begin(), value.end(),
                     [](unsigned char c) { return std::isalnum(c) || c >= 0x80; }))
      throw RequestError("bad_query",
                         "exact: needs a word or a quoted phrase after it, as exact:\"confirms\"");
  }
}

// Xapian ends an unquoted prefix value at a bracket, so exemption:s31(1)(a) would arrive as "s31(1". Quote
// such values first: the value runs to white space, brackets inside it included, stopping at a ')' that
// closes a group opened before the prefix.
std::string quote_field_values(const std::string& q) {
  std::string out;
  bool quoted = false;
  for (size_t i = 0; i < q.size();) {
    if (q[i] == '"') quoted = !quoted;
    size_t colon = std::string::npos;
    if (!quoted && (i == 0 || !std::isalnum(static_cast<unsigned char>(q[i - 1]))))
      for (const char* f :
           {"force:", "exemption:", "offence:", "authority:", "outcome:", "doc_type:", "ncnd:", "exact:"})
        if (q.compare(i, std::strlen(f), f) == 0) colon = i + std::strlen(f);
    if (colon == std::string::npos || colon >= q.size() || q[colon] == '"' || std::isspace(q[colon])) {
      out += q[i++];
      continue;
    }
    size_t end = colon;
    int depth = 0;
    for (; end < q.size() && !std::isspace(static_cast<unsigned char>(q[end])); ++end) {
      if (q[end] == '(') ++depth;
      if (q[end] == ')' && --depth < 0) break;
      if (q[end] == '"') break;
    }
    out += q.substr(i, colon - i) + "\"" + q.substr(colon, end - colon) + "\"";
    i = end;
  }
  return out;
}

// Top-level words of q, split at white space outside quotes and brackets.
std::vector<std::string> top_level_words(const std::string& q) {
  std::vector<std::string> words;
  std::string cur;
  bool quoted = false;
  int depth = 0;
  for (char c : q) {
    if (c == '"') quoted = !quoted;
    if (!quoted && c == '(') ++depth;
    if (!quoted && c == ')') --depth;
    if (!quoted && depth == 0 && std::isspace(static_cast<unsigned char>(c))) {
      if (!cur.empty()) words.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

// Xapian 1.4's parser reads a query of '-' words alone as if the signs were not there: "-exemption:s40" found
// the documents that cite s40, "-decoy" those that say decoy. A user means "everything but": such a query is
// rewritten with NOT, which FLAG_PURE_NOT reads as all documents but those. A '-' beside a positive word
// keeps Xapian's meaning.
std::string negations_as_not(const std::string& q) {
  std::vector<std::string> words = top_level_words(q);
  if (words.empty()) return q;
  for (const std::string& w : words)
    if (w.size() < 2 || w[0] != '-' || w[1] == '-') return q;
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "NOT " : " NOT ") + w.substr(1);
  return out;
}

unsigned count_terms(const Xapian::Query& q) {
  unsigned n = 0;
  for (auto t = q.get_unique_terms_begin(); t != q.get_unique_terms_end(); ++t) ++n;
  return n;
}

}  // namespace

// A Query of its own: Xapian::Query::MatchAll is one static object whose reference count is not atomic, so
// copies of it made on several threads at once corrupt it (a crash under load in Enquire::set_query).
Xapian::Query match_all() { return Xapian::Query(std::string()); }

Xapian::Query without_commentary() {
  std::vector<std::string> kinds(std::begin(kCommentaryDocTypes), std::end(kCommentaryDocTypes));
  return Xapian::Query(Xapian::Query::OP_AND_NOT, match_all(), facet_filter("doc_type", kinds));
}

// Every other role, named: a positive filter keeps collapsed counts exact (an AND_NOT under collapse did
// not).
Xapian::Query without_hidden_roles() {
  std::vector<std::string> roles;
  for (std::string_view r : kPassageRoles)
    if (std::find(std::begin(kHiddenRoles), std::end(kHiddenRoles), r) == std::end(kHiddenRoles))
      roles.emplace_back(r);
  return facet_filter("role", roles);
}

Xapian::Query facet_filter(const std::string& facet, const std::vector<std::string>& values, bool all) {
  std::vector<Xapian::Query> terms;
  for (const std::string& v : values)
    terms.emplace_back(bounded_term(prefix_of(facet), canonical_value(facet, v)));
  return Xapian::Query(all ? Xapian::Query::OP_AND : Xapian::Query::OP_OR, terms.begin(), terms.end());
}

namespace {

// From a month's first day to a month's last day: the year terms (XY:) and month terms (XM:) that cover it
// exactly, whole years as one term. nullopt for any other range.
std::optional<std::vector<Xapian::Query>> whole_month_terms(const std::string& from, const std::string& to) {
  int fy = std::stoi(from.substr(0, 4)), fm = std::stoi(from.substr(5, 2)), fd = std::stoi(from.substr(8, 2));
  int ty = std::stoi(to.substr(0, 4)), tm = std::stoi(to.substr(5, 2)), td = std::stoi(to.substr(8, 2));
  if (fd != 1 || td != days_in_month(ty, tm) || ty - fy > 100) return std::nullopt;
  std::vector<Xapian::Query> terms;
  for (int y = fy, m = fm; y < ty || (y == ty && m <= tm);) {
    char buf[16];
    if (m == 1 && (y < ty || tm == 12)) {
      std::snprintf(buf, sizeof buf, "%04d",
                    y);  // as the terms are written: the ISO date's first four digits
      terms.emplace_back(bounded_term(schema::kYearPrefix, buf));
      ++y;
      continue;
    }
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    terms.emplace_back(bounded_term(schema::kMonthPrefix, buf));
    if (++m > 12) m = 1, ++y;
  }
  return terms;
}

std::string compact_date(const std::string& iso) {
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

std::string iso_day(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Part of one month: the month's term narrowed by the date value (only its documents' dates are read).
Xapian::Query part_month(const std::string& iso, Xapian::Query narrowing) {
  return Xapian::Query(Xapian::Query::OP_FILTER,
                       Xapian::Query(bounded_term(schema::kMonthPrefix, iso.substr(0, 7))), narrowing);
}

// From one day to another: the whole months between as terms, a part month at either end as part_month.
// nullopt where whole_month_terms would not cover the months between.
std::optional<Xapian::Query> month_parts(const std::string& from, const std::string& to) {
  using Q = Xapian::Query;
  int fy = std::stoi(from.substr(0, 4)), fm = std::stoi(from.substr(5, 2)), fd = std::stoi(from.substr(8, 2));
  int ty = std::stoi(to.substr(0, 4)), tm = std::stoi(to.substr(5, 2)), td = std::stoi(to.substr(8, 2));
  if (from.compare(0, 7, to, 0, 7) == 0)
    return part_month(from, Q(Q::OP_VALUE_RANGE, schema::kDateSlot, compact_date(from), compact_date(to)));
  std::vector<Q> parts;
  if (fd != 1) {
    parts.push_back(part_month(from, Q(Q::OP_VALUE_GE, schema::kDateSlot, compact_date(from))));
    if (++fm > 12) fm = 1, ++fy;
  }
  if (td != days_in_month(ty, tm)) {
    parts.push_back(part_month(to, Q(Q::OP_VALUE_LE, schema::kDateSlot, compact_date(to))));
    if (--tm < 1) tm = 12, --ty;
  }
  if (fy < ty || (fy == ty && fm <= tm)) {
    std::optional<std::vector<Q>> terms =
        whole_month_terms(iso_day(fy, fm, 1), iso_day(ty, tm, days_in_month(ty, tm)));
    if (!terms) return std::nullopt;
    parts.insert(parts.end(), terms->begin(), terms->end());
  }
  return Q(Q::OP_OR, parts.begin(), parts.end());
}

}  // namespace

// Months are boolean terms, a postlist the matcher skips along; a value range reads the date of every
// candidate (and of every document, where nothing else narrows the match). So a range's whole months are
// their terms and only a part month at either end reads dates, its own documents' only; bench/results shows
// the difference. An open range reads the dates.
Xapian::Query date_filter(const std::string& from, const std::string& to) {
  if (!from.empty() && !to.empty() && from <= to) {
    if (std::optional<std::vector<Xapian::Query>> terms = whole_month_terms(from, to))
      return Xapian::Query(Xapian::Query::OP_OR, terms->begin(), terms->end());
    if (std::optional<Xapian::Query> parts = month_parts(from, to)) return *parts;
  }
  if (from.empty() && to.empty()) return match_all();
  if (to.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kDateSlot, compact_date(from));
  if (from.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kDateSlot, compact_date(to));
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kDateSlot, compact_date(from),
                       compact_date(to));
}

ParsedQuery parse_user_query(const Xapian::Database& db, const std::string& q, const SearchLimits& limits,
                             bool read_citations, Kind kind) {
  if (q.find_first_not_of(" \t\r\n") == std::string::npos) return {match_all(), {}};
  check_balanced(q);
  check_exact(q);
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.set_stemmer(Xapian::Stem("english"));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.set_default_op(Xapian::Query::OP_AND);
  qp.set_max_expansion(limits.max_wildcard_expansion, Xapian::Query::WILDCARD_LIMIT_ERROR);
  qp.add_prefix("title", std::string(schema::kTitlePrefix));
  std::string words(words_prefix(kind));
  if (!words.empty()) qp.add_prefix("", words);               // unprefixed words are this kind's
  qp.add_prefix("exact", std::string(kExactMarker) + words);  // its words as typed (inflect_phrases)
  auto field_error = std::make_shared<std::optional<RequestError>>();
  for (const char* facet :
       {"force", "exemption", "offence", "authority", "outcome", "doc_type", "ncnd", "role"})
    qp.add_boolean_prefix(facet, (new FacetFieldProcessor(facet, field_error))->release());
  qp.add_rangeprocessor((new Xapian::DateRangeProcessor(schema::kDateSlot))->release());
  unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                   Xapian::QueryParser::FLAG_PURE_NOT;
  ParsedQuery out;
  Xapian::Query rest_query;
  try {
    std::string typed = quote_field_values(negations_as_not(q));
    check_proximity(typed);
    out.query = qp.parse_query(typed, flags);
    if (read_citations) out.read_as = read_query_citations(q);
    std::string rest = out.read_as.empty() ? std::string() : without_citations(q, out.read_as);
    if (rest.find_first_not_of(" \t\r\n") != std::string::npos) {
      check_proximity(rest = quote_field_values(rest));
      rest_query = qp.parse_query(rest, flags);
    }
  } catch (const Xapian::QueryParserError& e) {
    throw RequestError("bad_query", "cannot parse the query: " + e.get_msg());
  }
  if (*field_error) throw **field_error;
  // the words typed: a phrase's other wordings are bounded apart (phrases.h)
  if (count_terms(out.query) > limits.max_terms)
    throw RequestError("too_many_terms",
                       "the query has more than " + std::to_string(limits.max_terms) + " terms");
  out.query = inflect_phrases(db, out.query);
  if (!out.read_as.empty()) out.query = cited_first(out.read_as, inflect_phrases(db, rest_query), out.query);
  return out;
}

}  // namespace foi
