// Similarity bands.
#include "foi/precedents/likeness.h"

namespace foi {

std::string_view likeness(double similarity) {
  if (similarity >= kSameWording) return "same_wording";
  if (similarity >= kCloseWording) return "close";
  if (similarity >= kLooseWording) return "loose";
  return "weak";
}

}  // namespace foi
