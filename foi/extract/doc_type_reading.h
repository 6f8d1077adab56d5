// What kind a text is read as, and the words that decided it (doc_types.h, page_kinds.h).
#pragma once

#include <string>

namespace foi {

struct DocTypeReading {
  std::string type;    // one of kDocTypes
  std::string reason;  // the words that decided it, for --explain: "'First-tier Tribunal' and 'Appellant' in
                       // the heading"
};

}  // namespace foi
