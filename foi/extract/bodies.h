// The table of public bodies other than police forces (forces.h): canonical names and the other names used.
#pragma once

#include <span>

namespace foi {

struct Body {
  const char* canonical;
  const char* aliases;  // '|'-separated; "=NPCC" matches only in that case
  bool scottish;
  bool appeal_route;  // named by nearly every response as where to complain: wins only when addressed
};

// Every body in the table, in table order.
std::span<const Body> known_bodies();

}  // namespace foi
