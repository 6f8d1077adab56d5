// What kind a text is read as, and the words that decided it (doc_types.h, page_kinds.h).
#pragma once

#include <string>
#include <string_view>

namespace foi {

struct DocTypeReading {
  std::string type;    // one of kDocTypes
  std::string reason;  // the words that decided it, for --explain: "'First-tier Tribunal' and 'Appellant' in
                       // the heading"
};

// The words that decided a kind, as its reason quotes them: "'guidance' in the title".
inline std::string quoted_words(std::string_view a) { return "'" + std::string(a) + "'"; }
inline std::string quoted_words(std::string_view a, std::string_view b) {
  return quoted_words(a) + " and " + quoted_words(b);
}

}  // namespace foi
