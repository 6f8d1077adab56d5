#include "foi/extract/eir_descriptions.h"

#include <algorithm>

#include "foi/base/scan.h"

namespace foi {
namespace {

struct DescribedException {
  std::string_view words;  // how a letter or notice names it
  std::string_view eir;    // England, Wales and Northern Ireland: regulation 12
  std::string_view eisr;   // Scotland: regulation 10
};

// Each exception by the words that name it. "Manifestly unreasonable" is kept apart: it names its exception
// wherever it stands.
constexpr DescribedException kDescribed[] = {
    {"too general", "r12(4)(c)", "r10(4)(c)"},
    {"course of completion", "r12(4)(d)", "r10(4)(d)"},
    {"unfinished documents", "r12(4)(d)", "r10(4)(d)"},
    {"unfinished material", "r12(4)(d)", "r10(4)(d)"},
    {"internal communications", "r12(4)(e)", "r10(4)(e)"},
    {"national security", "r12(5)(a)", "r10(5)(a)"},
    {"public safety", "r12(5)(a)", "r10(5)(a)"},
    {"course of justice", "r12(5)(b)", "r10(5)(b)"},
    {"intellectual property rights", "r12(5)(c)", "r10(5)(c)"},
    {"confidentiality of proceedings", "r12(5)(d)", "r10(5)(d)"},
    {"commercial or industrial information", "r12(5)(e)", "r10(5)(e)"},
    {"commercial confidentiality", "r12(5)(e)", "r10(5)(e)"},
    {"voluntarily supplied", "r12(5)(f)", "r10(5)(f)"},
    {"interests of the person who provided", "r12(5)(f)", "r10(5)(f)"},
    {"interests of the person who supplied", "r12(5)(f)", "r10(5)(f)"},
    {"protection of the environment", "r12(5)(g)", "r10(5)(g)"},
};

bool names_the_regulations(std::string_view t) {
  return scan::contains_any_phrase(t, {"Environmental Information Regulations",
                                       "Environmental Information (Scotland) Regulations"}) ||
         !scan::first_words(t, {"EIR", "EIRs", "EISR", "EISRs"}).empty();
}

bool sentence_break(std::string_view t, size_t i) {
  if (t[i] == '.' || t[i] == ';') return i + 1 >= t.size() || scan::is_space(t[i + 1]);
  return t[i] == '\n' && i + 1 < t.size() && t[i + 1] == '\n';
}

// The sentence around position `at`: from after the break before it to the break after it.
std::string_view sentence_at(std::string_view t, size_t at) {
  size_t begin = at;
  while (begin > 0 && !sentence_break(t, begin - 1)) --begin;
  size_t end = at;
  while (end < t.size() && !sentence_break(t, end)) ++end;
  return t.substr(begin, end - begin);
}

// The sentences that speak of an exception, in order; one that says "exception" twice comes once.
std::vector<std::string_view> exception_sentences(std::string_view t) {
  std::vector<std::string_view> out;
  scan::CaseFinder at(t, 'e');
  for (size_t i = at.next(0); i < t.size(); i = at.next(i + 1)) {
    if (!scan::word_start(t, i) || scan::match_phrase(t, i, "exception") == std::string_view::npos) continue;
    std::string_view s = sentence_at(t, i);
    if (out.empty() || out.back().data() != s.data()) out.push_back(s);
  }
  return out;
}

}  // namespace

std::vector<std::string> described_eir_exceptions(std::string_view authority_words,
                                                  const std::vector<std::string>& grounds, bool scottish) {
  std::vector<std::string> out;
  for (const std::string& g : grounds)
    if (g.rfind("EIR ", 0) == 0 || g.rfind("EISR ", 0) == 0) return out;
  if (!names_the_regulations(authority_words)) return out;
  scottish = scottish || scan::contains_phrase(authority_words, "(Scotland) Regulations") ||
             !scan::first_words(authority_words, {"EISR", "EISRs"}).empty();
  auto add = [&](const DescribedException& d) {
    out.push_back(std::string(scottish ? "EISR " : "EIR ") + std::string(scottish ? d.eisr : d.eir));
  };
  if (scan::contains_phrase(authority_words, "manifestly unreasonable"))
    add({"manifestly unreasonable", "r12(4)(b)", "r10(4)(b)"});
  for (std::string_view s : exception_sentences(authority_words))
    for (const DescribedException& d : kDescribed)
      if (scan::contains_phrase(s, d.words)) add(d);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace foi
