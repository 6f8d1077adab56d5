// Who published a guidance page (decision_parties.h guidance_publisher): the College of Policing for APP,
// else the one Commissioner a page names.
#include "foi/base/scan.h"
#include "foi/extract/decision_parties.h"

namespace foi {

std::optional<DecisionAuthority> guidance_publisher(std::string_view text,
                                                    const std::optional<std::string>& letter_reading) {
  if (scan::contains_any_phrase(text, {"Authorised Professional Practice", "This page is from APP"}))
    return DecisionAuthority{"College of Policing",
                             "Authorised Professional Practice, the College of Policing's"};
  if (letter_reading) return std::nullopt;
  bool scottish = scan::contains_phrase(text, "Scottish Information Commissioner");
  bool ico = !scan::first_words(text, {"ICO", "Information Commissioner's Office"}).empty();
  for (size_t i = text.find("Information Commissioner"); !ico && i != std::string_view::npos;
       i = text.find("Information Commissioner", i + 1))
    ico = i < 9 || text.substr(i - 9, 9) != "Scottish ";
  if (ico && !scottish)
    return DecisionAuthority{"Information Commissioner's Office", "guidance naming the ICO alone"};
  if (scottish && !ico)
    return DecisionAuthority{"Scottish Information Commissioner",
                             "guidance naming the Scottish Commissioner alone"};
  return std::nullopt;
}

}  // namespace foi
