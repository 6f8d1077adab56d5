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

// What a judgment's title line says after the title: nothing, "of First Instance", its chamber in brackets
// (or a bracket that runs on to the next line), then nothing or "of <date>", the date ending the line or
// followed by ". - <parties>" as EUR-Lex prints it. nullopt when the line is no title (a capital J, and no
// prose after the title).
struct TitleLine {
  std::optional<Date> date;
};
std::optional<TitleLine> judgment_title(std::string_view line) {
  constexpr size_t npos = std::string_view::npos;
  if (line.empty() || line[0] != 'J') return std::nullopt;
  for (std::string_view title : kJudgmentTitles) {
    const size_t e = scan::match_words(line, 0, title);
    if (e == npos) continue;
    std::string_view rest = scan::trim(line.substr(e), "");
    if (size_t f = scan::match_words(rest, 0, "of first instance"); f != npos)
      rest = scan::trim(rest.substr(f), "");
    if (!rest.empty() && rest[0] == '(') {
      const size_t close = rest.find(')');
      if (close == npos) return TitleLine{};  // "(Fourth" / "Chamber, Extended Composition)"
      rest = scan::trim(rest.substr(close + 1), "");
    }
    if (rest.empty()) return TitleLine{};
    if (size_t of = scan::match_words(rest, 0, "of"); of != npos)
      if (auto d = read_date_at(rest, scan::skip_spaces(rest, of))) {
        const std::string_view after = scan::trim(rest.substr(d->end), "");
        if (after.empty() || after[0] == '.') return TitleLine{d->date};
      }
    return std::nullopt;
  }
  return std::nullopt;
}

// True when `line` has `word` as a whole word, in any case.
bool has_word(std::string_view line, std::string_view word) {
  for (size_t i = 0; i < line.size(); ++i)
    if (scan::word_start(line, i) && scan::match_words(line, i, word) != std::string_view::npos) return true;
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
    if (judgment_title(line)) return line;
  return std::nullopt;
}

std::optional<Date> court_judgment_date(std::string_view text) {
  const std::vector<std::string_view> lines = lines_of(text, 10);
  for (size_t k = 0; k < lines.size() && k < 6; ++k) {
    const std::optional<TitleLine> title = judgment_title(lines[k]);
    if (!title) continue;
    if (title->date) return title->date;
    // The title may run over two lines ("(Fourth" / "Chamber, Extended Composition)") before its date.
    for (size_t j = k + 1; j < lines.size() && j <= k + 3; ++j)
      if (auto d = date_line(lines[j])) return d;
    return std::nullopt;
  }
  return std::nullopt;
}

std::string_view decision_title_line(std::string_view heading) {
  const std::vector<std::string_view> lines = lines_of(heading, 10);
  auto names_tribunal = [&](size_t from, size_t to) {
    for (size_t k = from; k < to && k < lines.size(); ++k)
      if (has_word(lines[k], "tribunal") || scan::contains_phrase(lines[k], "data protection")) return true;
    return false;
  };
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::string_view line = lines[k];
    if (line == "APPEAL DECISION" && names_tribunal(0, lines.size())) return "APPEAL DECISION";
    const bool ruling =
        line == "RULING" || line.substr(0, 7) == "RULING " || line.substr(0, 10) == "Ruling on ";
    if (ruling && names_tribunal(k >= 3 ? k - 3 : 0, k)) return "RULING";
  }
  return {};
}

bool signed_for_tribunal(std::string_view text) {
  if (scan::contains_any_phrase(text, {"dear sir", "dear madam", "yours sincerely", "yours faithfully"}))
    return false;  // a letter to or from the tribunal's office
  const size_t from = text.size() > 2500 ? text.size() - 2500 : 0;
  const std::vector<std::string_view> lines = lines_of(text.substr(from), 200);
  for (size_t k = lines.size() > 15 ? lines.size() - 15 : 1; k < lines.size(); ++k) {
    std::string_view name = lines[k], role = lines[k - 1];
    if (!scan::iequals(name, "Information Tribunal") && !scan::iequals(name, "First-tier Tribunal") &&
        !scan::iequals(name, "Data Protection Tribunal"))
      continue;
    if ((has_word(role, "chairman") || has_word(role, "judge")) && !has_word(role, "clerk") &&
        !scan::starts_with_phrase(role, "the "))
      return true;
  }
  return false;
}

}  // namespace foi
