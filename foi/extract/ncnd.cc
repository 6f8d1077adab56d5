// Neither confirm nor deny: NCND grounds by regime, and the words an authority uses.
#include "foi/extract/ncnd.h"

#include "foi/base/scan.h"

namespace foi {
namespace {

// FOIA: the subsection of each section that excludes the duty to confirm or deny (s40's is any s40(5...)).
constexpr std::string_view kFoiaNcnd[] = {
    "s12(2)", "s22(2)", "s22A(2)", "s23(5)", "s24(2)", "s26(3)", "s27(4)", "s28(3)",
    "s29(2)", "s30(3)", "s31(3)",  "s32(3)", "s33(3)", "s34(2)", "s35(3)", "s36(3)",
    "s37(2)", "s38(2)", "s39(2)",  "s40(5",  "s41(2)", "s42(2)", "s43(3)", "s44(2)",
};

// "s31(3)" is the ground itself and "s31(3)(a)" a part of it; "s31(30)" would be neither.
bool is_or_under(std::string_view value, std::string_view ground) {
  if (!value.starts_with(ground)) return false;
  return ground.back() != ')' || value.size() == ground.size() || value[ground.size()] == '(';
}

std::string_view ncnd_words(std::string_view text) {
  for (std::string_view words : {"neither confirm nor deny", "neither confirms nor denies",
                                 "neither confirming nor denying", "neither confirmed nor denied"}) {
    scan::CaseFinder at(text, words[0]);
    for (size_t i = at.next(0); i < text.size(); i = at.next(i + 1))
      if (scan::match_words(text, i, words) != std::string_view::npos && !ncnd_hedged(text, i)) return words;
  }
  return {};
}

}  // namespace

bool ncnd_hedged(std::string_view text, size_t at) {
  const size_t stop = text.find_last_of('.', at);
  const size_t para = text.rfind("\n\n", at);
  size_t b = stop == std::string_view::npos ? 0 : stop + 1;
  if (para != std::string_view::npos && para + 2 > b) b = para + 2;
  const std::string_view before = text.substr(b, at - b);
  return !scan::first_words(before, {"might", "if"}).empty() || scan::has_modal_may(before);
}

bool ncnd_applies(std::string_view doc_type) {
  return doc_type != "guidance" && doc_type != "other" && doc_type != "request";
}

bool is_ncnd_ground(std::string_view canonical) {
  if (canonical.starts_with("FOISA ")) return is_or_under(canonical.substr(6), "s18");
  if (canonical.starts_with("EIR ")) return is_or_under(canonical.substr(4), "r12(6)");
  if (canonical.starts_with("EISR ")) return is_or_under(canonical.substr(5), "r10(8)");
  for (std::string_view ground : kFoiaNcnd)
    if (is_or_under(canonical, ground)) return true;
  return false;
}

std::optional<std::string> ncnd_reason(const std::vector<std::string>& exemptions,
                                       std::string_view authority_text) {
  for (const std::string& e : exemptions)
    if (is_ncnd_ground(e)) return "cites " + e + ", an exclusion from the duty to confirm or deny";
  std::string_view words = ncnd_words(authority_text);
  if (!words.empty()) return "'" + std::string(words) + "'";
  return std::nullopt;
}

}  // namespace foi
