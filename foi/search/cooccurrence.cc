// Exemptions cited together.
#include "foi/search/cooccurrence.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "foi/extract/exemptions.h"
#include "foi/index/schema.h"

namespace foi {
namespace {

std::vector<std::string> split_slot(const std::string& joined) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < joined.size()) {
    size_t sep = joined.find(schema::kFacetSeparator, start);
    if (sep == std::string::npos) sep = joined.size();
    if (sep > start) out.push_back(joined.substr(start, sep - start));
    start = sep + 1;
  }
  return out;
}

// Whether one ground sits under the other (s40 and s40(2)): citing both says nothing about citing two
// grounds.
bool one_line(const std::string& a, const std::string& b) {
  auto under = [](const std::string& child, const std::string& parent) {
    std::vector<std::string> up = exemption_ancestors(child);
    return std::find(up.begin(), up.end(), parent) != up.end();
  };
  return under(a, b) || under(b, a);
}

struct ByExemption {
  bool operator()(const std::string& a, const std::string& b) const { return exemption_less(a, b); }
};

}  // namespace

std::vector<std::string> exemption_closure(const std::vector<std::string>& grounds, bool sections_only) {
  std::set<std::string, ByExemption> all;
  for (const std::string& g : grounds) {
    std::vector<std::string> up = exemption_ancestors(g);
    if (sections_only) {
      all.insert(up.empty() ? g : up.back());
      continue;
    }
    all.insert(g);
    all.insert(up.begin(), up.end());
  }
  return {all.begin(), all.end()};
}

Cooccurrence count_cooccurrence(const Xapian::Database& db, const Xapian::Query& query,
                                const CooccurrenceOptions& options) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  if (options.time_limit_seconds > 0) enquire.set_time_limit(options.time_limit_seconds);
  Xapian::ValueCountMatchSpy spy(schema::kExemptionsSlot);
  enquire.add_matchspy(&spy);
  Xapian::MSet m = enquire.get_mset(0, 0, db.get_doccount());

  Cooccurrence out;
  out.total = m.get_matches_estimated();
  std::map<std::string, unsigned, ByExemption> singles;
  std::map<std::pair<std::string, std::string>, unsigned> pairs;
  // Each distinct combination of grounds once, with the number of documents that cite exactly it.
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
    std::vector<std::string> grounds = exemption_closure(split_slot(*it), options.sections_only);
    unsigned n = it.get_termfreq();
    bool two = false;
    for (size_t i = 0; i < grounds.size(); ++i) {
      singles[grounds[i]] += n;
      for (size_t j = i + 1; j < grounds.size(); ++j) {
        if (one_line(grounds[i], grounds[j])) continue;
        pairs[{grounds[i], grounds[j]}] += n;
        two = true;
      }
    }
    if (two) out.citing_two += n;
  }
  for (const auto& [value, n] : singles) out.exemptions.push_back({value, n});
  std::stable_sort(out.exemptions.begin(), out.exemptions.end(),
                   [](const FacetCount& x, const FacetCount& y) { return x.count > y.count; });
  for (const auto& [ab, n] : pairs) out.pairs.push_back({ab.first, ab.second, n});
  std::stable_sort(out.pairs.begin(), out.pairs.end(), [](const ExemptionPair& x, const ExemptionPair& y) {
    return x.count != y.count ? x.count > y.count
           : x.a != y.a       ? exemption_less(x.a, y.a)
                              : exemption_less(x.b, y.b);
  });
  out.pairs_total = out.pairs.size();
  if (out.pairs.size() > options.limit) out.pairs.resize(options.limit);
  return out;
}

}  // namespace foi
