// Reading the "Decision(s)" line of an ICO decision notice's web page.
#include "foi/extract/notice_verdicts.h"

#include <algorithm>

#include "foi/base/scan.h"
#include "foi/extract/outcomes.h"

namespace foi {
namespace {

constexpr size_t kTopBytes = 1500;
constexpr std::string_view kLaws[] = {"foia", "foi", "eirs", "eir", "foisa", "eisr"};
constexpr std::string_view kVerdicts[] = {"partly upheld", "partially upheld", "not upheld", "upheld"};

// Past "Decision(s)", "Decisions" or "Decision" and an optional colon at the start of `line`; npos if absent.
size_t past_label(std::string_view line) {
  // A law report's digest labels the list "Section of Act/EIR & Finding: FOI 1 - Complaint Upheld".
  for (std::string_view label : {"section of act/eir & finding", "section of act/eir and finding"})
    if (size_t end = scan::match_phrase(line, 0, label); end != std::string_view::npos)
      return scan::skip_blanks(line, end < line.size() && line[end] == ':' ? end + 1 : end);
  size_t end = scan::match_phrase(line, 0, "decision");
  if (end == std::string_view::npos) return end;
  if (line.substr(end, 3) == "(s)")
    end += 3;
  else if (end < line.size() && (line[end] == 's' || line[end] == 'S'))
    ++end;
  if (!scan::word_end(line, end) || (end < line.size() && line[end] == '(')) return std::string_view::npos;
  end = scan::skip_blanks(line, end);
  if (end < line.size() && line[end] == ':') end = scan::skip_blanks(line, end + 1);
  return end;
}

// One "FOI 40(2): Not upheld" at i (with `complaint`, "FOI 17: Complaint upheld"; a dash may stand for the
// colon); its end, or npos.
size_t read_item(std::string_view line, size_t i, bool complaint, std::vector<ListedVerdict>& out) {
  size_t law_end = std::string_view::npos;
  for (std::string_view law : kLaws)
    if ((law_end = scan::match_words(line, i, law)) != std::string_view::npos) break;
  if (law_end == std::string_view::npos) return law_end;
  size_t g = scan::skip_blanks(line, law_end);
  // "FOI 40(2): Not upheld", "FOI 1 - Complaint Upheld", "FOI 1 – Complaint Upheld"
  size_t colon = std::min(line.find_first_of(":-", g), line.find("\xE2\x80\x93", g));
  if (colon == std::string_view::npos || colon == g || colon - g > 24) return std::string_view::npos;
  const size_t sep = line[colon] == ':' || line[colon] == '-' ? 1 : 3;
  std::string_view ground = scan::trim(line.substr(g, colon - g), "");
  if (ground.empty() || !scan::is_digit(ground.front())) return std::string_view::npos;
  if (ground.find('/') != std::string_view::npos) return std::string_view::npos;  // "FOI 2022/114": a case
  size_t v = scan::skip_blanks(line, colon + sep);
  const size_t complaint_end = scan::match_words(line, v, "complaint");
  if (complaint && complaint_end == std::string_view::npos) return complaint_end;
  if (complaint_end != std::string_view::npos) v = scan::skip_blanks(line, complaint_end);
  for (std::string_view verdict : kVerdicts) {
    size_t end = scan::match_words(line, v, verdict);
    if (end == std::string_view::npos) continue;
    out.push_back(
        {std::string(ground), *normalise_outcome(verdict)});  // "partially upheld" is "partly upheld"
    return end;
  }
  return std::string_view::npos;
}

}  // namespace

std::string_view bulleted(std::string_view line) {
  size_t bullet = scan::bullet_length(line);
  return bullet ? scan::trim(line.substr(bullet), "") : line;
}

std::vector<ListedVerdict> listed_verdicts(std::string_view text) {
  std::string_view top = text.substr(0, std::min(text.size(), kTopBytes));
  for (size_t b = 0; b < top.size();) {
    size_t e = std::min(top.find('\n', b), top.size());
    std::string_view line = bulleted(scan::trim(top.substr(b, e - b), "*_#"));
    // Without the "Decision(s)" label, a line of verdicts on complaints: "FOI 17: Complaint upheld FOI 16:
    // Complaint not upheld", or a line of nothing but verdicts, "EIR 5(1): Not upheld EIR 5(2): Upheld", as
    // a law report's digest of a notice prints them.
    const bool labelled = past_label(line) != std::string_view::npos;
    for (bool complaint : {!labelled, false}) {
      std::vector<ListedVerdict> out;
      size_t i = labelled ? past_label(line) : 0;
      while (i != std::string_view::npos && i < line.size()) {
        i = read_item(line, i, complaint, out);
        while (i != std::string_view::npos && i < line.size() &&
               (line[i] == ',' || line[i] == ';' || scan::is_space(line[i])))
          ++i;
      }
      if (labelled && !out.empty()) return out;
      for (ListedVerdict& v : out) v.labelled = labelled || complaint;
      if (!labelled && out.size() >= 2 && (complaint || i == line.size())) return out;
      if (labelled) break;
    }
    b = e + 1;
  }
  return {};
}

std::optional<std::string> combined_verdict(const std::vector<ListedVerdict>& verdicts) {
  if (verdicts.empty()) return std::nullopt;
  auto all = [&](std::string_view v) {
    return std::all_of(verdicts.begin(), verdicts.end(),
                       [&](const ListedVerdict& x) { return x.verdict == v; });
  };
  if (all("upheld")) return "upheld";
  if (all("not upheld")) return "not upheld";
  return "partly upheld";
}

}  // namespace foi
