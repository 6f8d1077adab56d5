#include "foi/extract/court_judgments.h"

#include <algorithm>
#include <vector>

#include "foi/base/scan.h"

namespace foi {
namespace {

constexpr std::string_view kTrim = "*_().,:;";

// The non-blank lines of t, trimmed, at most `most` of them.
std::vector<std::string_view> lines_of(std::string_view t, size_t most) {
  std::vector<std::string_view> out;
  for (size_t b = 0; b < t.size() && out.size() < most;) {
    size_t e = t.find('\n', b);
    if (e == std::string_view::npos) e = t.size();
    std::string_view line = scan::trim(t.substr(b, e - b), "");
    if (!line.empty()) out.push_back(line);
    b = e + 1;
  }
  return out;
}

constexpr std::string_view kJudgmentTitles[] = {"judgment of the general court", "judgment of the court"};

// A title line, not prose that mentions a judgment: a capital J, and after the title only its chamber
// ("(Sixth Chamber)"), "of First Instance ..." or "of <date>".
bool is_judgment_title(std::string_view line) {
  if (line.empty() || line[0] != 'J') return false;
  for (std::string_view title : kJudgmentTitles) {
    const size_t e = scan::match_words(line, 0, title);
    if (e == std::string_view::npos) continue;
    const std::string_view rest = scan::trim(line.substr(e), "");
    return rest.empty() || rest[0] == '(' ||
           scan::match_words(rest, 0, "of first instance") != std::string_view::npos ||
           (scan::match_words(rest, 0, "of") != std::string_view::npos &&
            parse_date(scan::trim(rest.substr(2), kTrim)).has_value());
  }
  return false;
}

// A date alone on a line, with the footnote mark a judgment's copy puts after it: "17 March 2005 (1)".
std::optional<Date> date_line(std::string_view line) {
  std::string_view t = scan::trim(line, "");
  if (t.size() > 3 && t.substr(t.size() - 3) == "(1)") t = t.substr(0, t.size() - 3);
  return parse_date(scan::trim(t, kTrim));
}

}  // namespace

std::optional<std::string_view> court_judgment_title(std::string_view text) {
  for (std::string_view line : lines_of(text, 6))
    if (is_judgment_title(line)) return line;
  return std::nullopt;
}

std::optional<Date> court_judgment_date(std::string_view text) {
  const std::vector<std::string_view> lines = lines_of(text, 10);
  for (size_t k = 0; k < lines.size() && k < 6; ++k) {
    if (!is_judgment_title(lines[k])) continue;
    // "Judgment of the Court of 30 April 1996."
    for (size_t of = lines[k].find(" of "); of != std::string_view::npos; of = lines[k].find(" of ", of + 1))
      if (auto d = parse_date(scan::trim(lines[k].substr(of + 4), kTrim))) return d;
    // The title may run over two lines ("(Fourth" / "Chamber, Extended Composition)") before its date.
    for (size_t j = k + 1; j < lines.size() && j <= k + 3; ++j)
      if (auto d = date_line(lines[j])) return d;
    return std::nullopt;
  }
  return std::nullopt;
}

std::string_view decision_title_line(std::string_view heading) {
  for (std::string_view line : lines_of(heading, 40)) {
    if (line == "APPEAL DECISION") return "APPEAL DECISION";
    if (line.substr(0, 7) == "RULING " || line.substr(0, 10) == "Ruling on ") return "RULING";
  }
  return {};
}

bool signed_for_tribunal(std::string_view text) {
  const size_t from = text.size() > 2500 ? text.size() - 2500 : 0;
  const std::vector<std::string_view> lines = lines_of(text.substr(from), 200);
  for (size_t k = 1; k < lines.size(); ++k) {
    std::string_view name = lines[k];
    if (!scan::iequals(name, "Information Tribunal") && !scan::iequals(name, "First-tier Tribunal") &&
        !scan::iequals(name, "Data Protection Tribunal"))
      continue;
    if (scan::contains_any_phrase(lines[k - 1], {"chairman", "judge"})) return true;
  }
  return false;
}

}  // namespace foi
