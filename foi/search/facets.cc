// Facet counting.
#include "foi/search/facets.h"

#include <algorithm>
#include <map>
#include <memory>

#include "foi/extract/exemptions.h"

namespace foi {
namespace {

std::vector<FacetCount> read_spy(const Xapian::ValueCountMatchSpy& spy, const schema::Facet& f) {
  std::map<std::string, unsigned> counts;
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {  // every combination, not a top-N
    if ((*it).empty()) continue;
    for (const std::string& v : facet_values(f, *it)) counts[v] += it.get_termfreq();
  }
  std::vector<FacetCount> out;
  for (auto& [value, n] : counts) out.push_back({value, n});
  order_facet(std::string(f.name), out);
  return out;
}

}  // namespace

std::vector<std::string> facet_values(const schema::Facet& f, const std::string& slot) {
  std::vector<std::string> out;
  for (size_t start = 0; start <= slot.size();) {
    size_t sep = f.multi ? slot.find(schema::kFacetSeparator, start) : std::string::npos;
    if (sep == std::string::npos) sep = slot.size();
    if (sep > start) out.push_back(slot.substr(start, sep - start));
    start = sep + 1;
  }
  if (f.nested) {
    for (size_t i = 0, n = out.size(); i < n; ++i)
      for (std::string& a : exemption_ancestors(out[i])) out.push_back(std::move(a));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }
  return out;
}

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
