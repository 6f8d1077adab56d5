// Facet counting.
#include "foi/search/facets.h"

#include <algorithm>
#include <map>
#include <memory>

namespace foi {
namespace {

void add_split(const std::string& joined, Xapian::doccount n, std::map<std::string, unsigned>& counts) {
  size_t start = 0;
  while (start <= joined.size()) {
    size_t sep = joined.find(schema::kFacetSeparator, start);
    if (sep == std::string::npos) sep = joined.size();
    if (sep > start) counts[joined.substr(start, sep - start)] += n;
    start = sep + 1;
  }
}

std::vector<FacetCount> read_spy(const Xapian::ValueCountMatchSpy& spy, const schema::Facet& f) {
  std::map<std::string, unsigned> counts;
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {  // every combination, not a top-N
    if ((*it).empty()) continue;
    if (f.multi) add_split(*it, it.get_termfreq(), counts);
    else counts[*it] += it.get_termfreq();
  }
  std::vector<FacetCount> out;
  for (auto& [value, n] : counts) out.push_back({value, n});
  order_facet(std::string(f.name), out);
  return out;
}

}  // namespace

void order_facet(const std::string& facet, std::vector<FacetCount>& values) {
  if (facet == "year" || facet == "month") {
    std::sort(values.begin(), values.end(), [](const FacetCount& a, const FacetCount& b) { return a.value < b.value; });
    return;
  }
  std::sort(values.begin(), values.end(), [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
}

void FacetSpies::attach(Xapian::Enquire& enquire, const std::vector<const schema::Facet*>& facets) {
  for (const schema::Facet* f : facets) {
    facets_.push_back(f);
    spies_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(f->slot));
    enquire.add_matchspy(spies_.back().get());
  }
}

void FacetSpies::read_into(FacetCounts& out) const {
  for (size_t i = 0; i < facets_.size(); ++i) out[std::string(facets_[i]->name)] = read_spy(*spies_[i], *facets_[i]);
}

FacetCounts count_facets(const Xapian::Database& db, const Xapian::Query& query,
                         const std::vector<const schema::Facet*>& facets, unsigned* total, double time_limit_seconds) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  if (time_limit_seconds > 0) enquire.set_time_limit(time_limit_seconds);
  FacetSpies spies;
  spies.attach(enquire, facets);
  Xapian::MSet m = enquire.get_mset(0, 0, db.get_doccount());
  if (total) *total = m.get_matches_estimated();
  FacetCounts out;
  spies.read_into(out);
  return out;
}

}  // namespace foi
