// A table case of a document's kind (foi/extract/doc_types.h), and its check, shared by the kind tests.
#pragma once

#include <doctest/doctest.h>

#include <span>
#include <string>

#include "foi/extract/doc_types.h"

namespace foi_test {

struct DocTypeCase {
  const char* what;
  const char* title;
  const char* text;
  const char* type;
};

// Each case's kind, a kind of the vocabulary, with the words that decided it.
inline void check_doc_type_cases(std::span<const DocTypeCase> cases) {
  for (const DocTypeCase& c : cases) {
    std::string what = c.what;
    CAPTURE(what);
    foi::DocTypeReading r = foi::classify_doc_type(c.text, c.title);
    CHECK(r.type == std::string(c.type));
    CHECK(foi::is_doc_type(r.type));
    CHECK(!r.reason.empty());
  }
}

}  // namespace foi_test
