// Exemptions cited together.
#include "foi/search/cooccurrence.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <utility>

#include "foi/extract/exemptions.h"
#include "foi/index/schema.h"
#include "foi/search/facets.h"

namespace foi {
namespace {

// The exemption facet's entry in the schema: its slot, and how a slot's values are read (facet_values).
const schema::Facet& exemption_facet() {
  for (const schema::Facet& f : schema::kFacets)
    if (f.name == "exemption") return f;
  throw std::logic_error("the schema has no exemption facet");
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

std::vector<std::string> grounds_counted(const std::string& slot, bool sections_only) {
  std::set<std::string, ByExemption> all;
  for (const std::string& g : facet_values(exemption_facet(), slot)) {  // each ground and its ancestors
    std::vector<std::string> up = exemption_ancestors(g);
    if (!sections_only || up.empty()) all.insert(g);
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
    std::vector<std::string> grounds = grounds_counted(*it, options.sections_only);
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
