// Who published a guidance page (decision_parties.h guidance_publisher): the College of Policing for APP,
// else the one Commissioner a page names.
#include <string>

#include "foi/base/scan.h"
#include "foi/extract/decision_parties.h"

namespace foi {
namespace {

// A mention of the Commissioner that says nothing of who wrote the page: a party to a cited case ("Dransfield
// v Information Commissioner"), where to complain ("ask the Information Commissioner"), or a pointer to its
// guidance from another's page ("Guidance from the Information Commissioner", "... guidelines on").
bool names_another_role(std::string_view text, size_t at, size_t length) {
  std::string before(text.substr(at - std::min<size_t>(at, 24), std::min<size_t>(at, 24)));
  for (char& c : before) c = scan::lower(c);
  for (std::string_view end :
       {" v ", " v. ", " v the ", "ask the ", "complain to the ", "complaint to the ", "appeal to the ",
        "apply to the ", "write to the ", "contact the ", "guidance from the "})
    if (before.ends_with(end)) return true;
  return text.substr(at + length).starts_with(" guidelines");
}

// Whether the page names the ICO (or "Information Commissioner" not preceded by "Scottish") in a way that may
// make it the page's author.
bool names_ico(std::string_view text) {
  for (std::string_view name : {"ICO", "Information Commissioner", "ico.org.uk"})
    for (size_t i = text.find(name); i != std::string_view::npos; i = text.find(name, i + 1)) {
      if (!scan::word_start(text, i) || !scan::word_end(text, i + name.size())) continue;
      if (name.size() > 3 && i >= 9 && text.substr(i - 9, 9) == "Scottish ") continue;
      if (name == "ICO" && i > 0 && text[i - 1] == '(') continue;  // "... Office (ICO)": the name before it
      if (!names_another_role(text, i, name.size())) return true;
    }
  return false;
}

}  // namespace

std::optional<DecisionAuthority> guidance_publisher(std::string_view text,
                                                    const std::optional<std::string>& letter_reading) {
  if (scan::contains_any_phrase(text, {"Authorised Professional Practice", "This page is from APP"}))
    return DecisionAuthority{"College of Policing",
                             "Authorised Professional Practice, the College of Policing's"};
  if (letter_reading) return std::nullopt;
  bool scottish = scan::contains_phrase(text, "Scottish Information Commissioner");
  bool ico = names_ico(text);
  if (ico && !scottish)
    return DecisionAuthority{"Information Commissioner's Office", "guidance naming the ICO alone"};
  if (scottish && !ico)
    return DecisionAuthority{"Scottish Information Commissioner",
                             "guidance naming the Scottish Commissioner alone"};
  return std::nullopt;
}

}  // namespace foi
