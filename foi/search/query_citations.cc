// Reading refusal grounds typed as words (query_citations.h).
#include "foi/search/query_citations.h"

#include <algorithm>

#include "foi/base/scan.h"
#include "foi/extract/citations.h"
#include "foi/extract/exemptions.h"
#include "foi/index/index_writer.h"
#include "foi/index/schema.h"

namespace foi {
namespace {

// More than any sum of BM25 weights a short query reaches, so a citing document outranks a words-only match.
constexpr double kCitedWeight = 10000.0;

// The query with quoted phrases and field values blanked (same length, so offsets hold).
std::string blank_phrases_and_fields(const std::string& q) {
  std::string out = q;
  bool quoted = false;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '"') quoted = !quoted;
    if (quoted || out[i] == '"') out[i] = ' ';
  }
  for (size_t colon = out.find(':'); colon != std::string::npos; colon = out.find(':', colon + 1)) {
    size_t start = colon;
    while (start > 0 && !scan::is_space(out[start - 1])) --start;
    size_t end = colon;
    while (end < out.size() && !scan::is_space(out[end])) ++end;
    std::fill(out.begin() + static_cast<long>(start), out.begin() + static_cast<long>(end), ' ');
  }
  return out;
}

// Boolean operators, signs, or a bracket that groups ("(a OR b)"); a provision's brackets ("40(2)(a)") follow
// a digit, a letter or another bracket.
bool has_operators(const std::string& q) {
  for (size_t i = 0; i < q.size(); ++i)
    if (q[i] == '(' && (i == 0 || !(scan::is_alnum(q[i - 1]) || q[i - 1] == ')'))) return true;
  std::string word;
  for (size_t i = 0; i <= q.size(); ++i) {
    if (i < q.size() && !scan::is_space(q[i])) {
      word += q[i];
      continue;
    }
    for (std::string_view op : {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"})
      if (word == op || word.rfind(std::string(op) + "/", 0) == 0) return true;
    if (!word.empty() && (word[0] == '-' || word[0] == '+')) return true;
    word.clear();
  }
  return false;
}

}  // namespace

std::vector<CitationReading> read_query_citations(const std::string& q) {
  std::string plain = blank_phrases_and_fields(q);
  if (has_operators(plain)) return {};
  std::vector<CitationReading> out;
  for (const Citation& c : find_citations(plain)) {
    bool scottish = c.act != nullptr && (c.act->kind == ActKind::kFoisa || c.act->kind == ActKind::kEisr);
    for (const std::string& e : exemptions_from({c}, scottish)) {
      std::string text = q.substr(c.offset, c.end - c.offset);
      bool seen =
          std::any_of(out.begin(), out.end(), [&](const CitationReading& r) { return r.exemption == e; });
      if (!seen) out.push_back({text, e});
    }
  }
  return out;
}

std::string without_citations(const std::string& q, const std::vector<CitationReading>& readings) {
  std::string out = q;
  for (const CitationReading& r : readings)
    for (size_t at = out.find(r.text); at != std::string::npos; at = out.find(r.text, at))
      out.replace(at, r.text.size(), std::string(r.text.size(), ' '));
  return out;
}

Xapian::Query cited_first(const std::vector<CitationReading>& readings, const Xapian::Query& rest,
                          const Xapian::Query& words) {
  std::vector<Xapian::Query> grounds;
  for (const CitationReading& r : readings)
    grounds.emplace_back(bounded_term(schema::kExemptionPrefix, r.exemption));
  Xapian::Query cited(Xapian::Query::OP_OR, grounds.begin(), grounds.end());
  Xapian::Query boost((new Xapian::FixedWeightPostingSource(kCitedWeight))->release());
  Xapian::Query first(Xapian::Query::OP_FILTER, boost, cited);
  if (!rest.empty()) first = Xapian::Query(Xapian::Query::OP_AND, first, rest);
  return Xapian::Query(Xapian::Query::OP_OR, first, words);
}

}  // namespace foi
