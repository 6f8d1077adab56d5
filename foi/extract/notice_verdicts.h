// The verdict list an ICO decision notice's web page opens with: the authority's name, "Date 9 November
// 2030", "Sector ...", then "Decision(s) FOI 12: Upheld, FOI 40(2): Not upheld". The page carries the
// notice's summary, not its "Complainant:" and "Public authority:" heading, so this list is what says it is a
// notice.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace foi {

struct ListedVerdict {
  std::string ground;   // as written after the law's name: "12", "40(2)", "1(1)"
  std::string verdict;  // "upheld", "not upheld" or "partly upheld"
  bool labelled = true;  // false: a bare line of verdicts, no "Decision(s)" label and no "Complaint", as a
                         // digest prints some grounds only; it says nothing of the kind of document
};

// The verdicts of the first line near the top (1,500 bytes) that starts "Decision(s)" or "Decisions" and goes
// on as "LAW GROUND: VERDICT", comma-separated, where LAW is FOI, FOIA, EIR, EIRs, FOISA or EISR. Empty when
// there is no such line, or its first item is not of that shape; items after one that is not are ignored.
std::vector<ListedVerdict> listed_verdicts(std::string_view text);

// `line` without a list's bullet ("- ", "• ", "* ") at its start: the page's lines come as a list.
std::string_view bulleted(std::string_view line);

// The notice's outcome from its list: "upheld" when every verdict is, "not upheld" when none is upheld in
// whole or part, else "partly upheld". nullopt for an empty list.
std::optional<std::string> combined_verdict(const std::vector<ListedVerdict>& verdicts);

}  // namespace foi
