// UK police forces: the canonical names the force facet uses, and recognising them in text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace foi {

struct ForceMention {
  std::string canonical;  // e.g. "Avon and Somerset Constabulary"
  size_t offset = 0;      // byte offset of the mention in the text
  size_t length = 0;      // byte length of the mention as written
};

// Every mention of a UK police force in `text`, in order of offset, by canonical name.
// Recognises full names, "Police"/"Constabulary" swapped, "&" for "and", Welsh names,
// and upper-case short forms (MPS, GMP, PSNI, BTP...). A short form that two forces share
// (WMP) counts only when the text defines it ("West Mercia Police (WMP)") or names just one of them.
std::vector<ForceMention> find_forces(std::string_view text);

// The forces a document is from or about, most prominent first; a force named only in passing
// (a quoted report, an annotation) next to a force named throughout is left out.
std::vector<std::string> extract_forces(std::string_view text);

// Canonical name for a name, alias or short form typed by a user ("gmp", "Heddlu Gwent"); nullopt if unknown.
std::optional<std::string> canonical_force(std::string_view name);

// All canonical force names, in table order.
std::vector<std::string> all_forces();

// True when the canonical force is Scottish (Police Scotland and its predecessor forces).
bool is_scottish_force(std::string_view canonical);

// Name matching, shared with authorities.cc so that forces and other bodies are read by the same rules.
// A word is a run of ASCII letters and digits; a lone "&" is the word "and". Words of one name may be
// separated by spaces, line breaks (documents are hard-wrapped), hyphens and apostrophes, never by other
// punctuation.
struct NameWord {
  size_t offset = 0;
  size_t length = 0;
  std::string written;       // as in the text
  std::string lower;         // ASCII lower case; "and" for "&"
  bool capitalised = false;  // first letter upper case
  bool joined = false;       // only spaces, line breaks, hyphens or apostrophes since the previous word
  bool in_link = false;      // inside a URL or an email address, where names are not mentions
};
std::vector<NameWord> name_words(std::string_view text);

// find_forces(text) over words already read from it by name_words(text).
std::vector<ForceMention> find_forces(std::string_view text, const std::vector<NameWord>& words);

// Phrases mapped to canonical names, matched word by word over name_words(); the longest phrase wins.
// A word written "=Met" in a phrase matches only in that case; all others match in any case.
class NameTable {
 public:
  void add(std::string_view phrase, std::string_view canonical);
  struct Match {
    size_t words = 0;  // 0: no phrase starts here
    std::string_view canonical;
  };
  // The longest phrase starting at words[i]. any_case ignores "=" marks (for names typed by users).
  Match longest_at(const std::vector<NameWord>& words, size_t i, bool any_case = false) const;

 private:
  struct Phrase {
    std::vector<NameWord> words;
    std::vector<bool> exact;
    std::string canonical;
  };
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<size_t>> by_first_word_;
};

}  // namespace foi
