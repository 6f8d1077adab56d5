// Offence sections from citations of criminal statutes.
#include "foi/extract/offences.h"

#include <algorithm>
#include <set>

#include "foi/base/scan.h"

namespace foi {
namespace {

struct OffenceKey {
  std::string act;
  int number = 0;
  std::string suffix;
  bool operator<(const OffenceKey& o) const {
    return std::tie(act, number, suffix) < std::tie(o.act, o.number, o.suffix);
  }
};

OffenceKey key_of(std::string_view act, std::string_view section) {
  size_t i = 0;
  while (i < section.size() && scan::is_digit(section[i])) ++i;
  return {std::string(act), std::stoi(std::string(section.substr(0, i))), std::string(section.substr(i))};
}

}  // namespace

std::vector<std::string> offences_from(const std::vector<Citation>& citations) {
  std::set<OffenceKey> found;
  for (const Citation& c : citations) {
    if (c.act == nullptr || c.act->kind != ActKind::kCriminal || c.regulation) continue;
    for (const Provision& p : c.provisions) found.insert(key_of(c.act->short_name, p[0]));
  }
  std::vector<std::string> out;
  for (const OffenceKey& k : found) out.push_back(k.act + " s" + std::to_string(k.number) + k.suffix);
  return out;
}

std::vector<std::string> extract_offences(std::string_view text) { return offences_from(find_citations(text)); }

std::string offence_act(std::string_view offence) {
  size_t sp = offence.rfind(" s");
  return std::string(sp == std::string_view::npos ? offence : offence.substr(0, sp));
}

}  // namespace foi
