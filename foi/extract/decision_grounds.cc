// Tribunal decisions' grounds: citations outside quotations, ranges and sections the subject matter leaves
// out.
#include "foi/extract/decision_grounds.h"

#include <algorithm>
#include <string>
#include <utility>

#include "foi/base/scan.h"
#include "foi/extract/citations.h"
#include "foi/extract/exemptions.h"

namespace foi {
namespace {

constexpr size_t npos = std::string_view::npos;
constexpr std::string_view kOpenQuote = "\xE2\x80\x9C", kCloseQuote = "\xE2\x80\x9D";
constexpr size_t kMinQuote = 80;    // shorter quotations are phrases ("“exempt information”"), not text
constexpr size_t kMaxQuote = 6000;  // longer: an unbalanced mark, not a quotation
constexpr size_t kHeadingEnd = 10000;  // the "Subject matter:" block is on the first pages
constexpr size_t kBlockMax = 1500;     // a block may list a dozen grounds, one title line each
constexpr size_t kRelianceWindow = 200;  // how far back a sentence may say "withheld ... under"

// A quotation in the words of a statute: "... is exempt information if ...", "... of this section ...". A
// decision quoting a notice's or a letter's conclusion ("Under section 40(5)(b)(i) the BBC is correct to...")
// quotes reliance, and stays.
bool quotes_statute(std::string_view quoted) {
  return scan::contains_any_phrase(quoted, {"exempt information", "this section", "this act", "subsection",
                                            "duty to confirm or deny", "by virtue of"});
}

// The spans [open, close) of the curly-quoted passages of a statute long enough to be its text.
std::vector<std::pair<size_t, size_t>> long_quotations(std::string_view t) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t open = t.find(kOpenQuote);
  while (open != npos) {
    size_t close = t.find(kCloseQuote, open);
    if (close == npos) break;
    size_t next = t.find(kOpenQuote, open + 1);
    if (next != npos && next < close) {  // an earlier mark left open: the later one pairs with this close
      open = next;
      continue;
    }
    if (close - open >= kMinQuote && close - open <= kMaxQuote &&
        quotes_statute(t.substr(open, close - open)))
      out.push_back({open, close});
    open = t.find(kOpenQuote, close);
  }
  return out;
}

bool inside(const std::vector<std::pair<size_t, size_t>>& spans, size_t offset) {
  return std::any_of(spans.begin(), spans.end(),
                     [&](const auto& s) { return offset > s.first && offset < s.second; });
}

// "(a) to (f)", "(a)-(f)", "(a)–(f)": a closing bracket, a range word or dash, an opening bracket.
bool spans_range(std::string_view cited) {
  for (size_t i = cited.find(')'); i != npos; i = cited.find(')', i + 1)) {
    size_t j = scan::skip_blanks(cited, i + 1);
    if (cited.substr(j, 1) == "-")
      ++j;
    else if (cited.substr(j, 3) == "\xE2\x80\x93")
      j += 3;
    else if (size_t e = scan::match_words(cited, j, "to"); e != npos)
      j = e;
    else
      continue;
    j = scan::skip_blanks(cited, j);
    if (j < cited.size() && cited[j] == '(') return true;
  }
  return false;
}

std::string section_of(std::string_view canonical) {
  return std::string(canonical.substr(0, canonical.find('(')));
}

// A line that starts the heading's next part: the cases cited, the representation, the decision itself.
bool ends_block(std::string_view line) {
  for (std::string_view w :
       {"case", "cases", "reported", "authorities", "representation", "decision", "reasons", "appeal no",
        "appeal number", "introduction", "in the", "heard at", "date of", "before", "for the"})
    if (scan::match_words(line, 0, w) != npos) return true;
  return false;
}

// The block after "Subject matter:" up to the next part of the heading or a limit; empty when there is none.
std::string_view subject_matter_block(std::string_view t) {
  std::string_view head = t.substr(0, std::min(t.size(), kHeadingEnd));
  for (size_t i = head.find_first_of("Ss"); i != npos; i = head.find_first_of("Ss", i + 1)) {
    size_t e = scan::match_words(head, i, "subject matter");
    if (e == npos || !scan::word_start(head, i)) continue;
    e = scan::skip_blanks(head, e);
    if (e >= head.size() || head[e] != ':') continue;
    std::string_view block = head.substr(e + 1, kBlockMax);
    for (size_t nl = block.find('\n'); nl != npos; nl = block.find('\n', nl + 1)) {
      size_t start = scan::skip_spaces(block, nl + 1);
      if (ends_block(block.substr(start))) return block.substr(0, nl);
    }
    return block;
  }
  return {};
}

// Whether the full stop at `dot` ends a sentence: it does unless it ends an abbreviation of one letter or of
// a citation's words ("s.36", "No. 5", "ss. 35", "para. 4").
bool ends_sentence_at(std::string_view t, size_t dot) {
  if (dot + 1 >= t.size() || !scan::is_space(t[dot + 1])) return false;
  size_t w = scan::letters_start(t, dot);
  std::string_view word = t.substr(w, dot - w);
  if (word.size() == 1) return false;
  for (std::string_view abbreviation : {"no", "nos", "ss", "reg", "regs", "para", "paras", "art", "sch"})
    if (scan::iequals(word, abbreviation)) return false;
  return true;
}

// Where the sentence holding `offset` starts, looking back at most kRelianceWindow bytes: after a blank line
// or a full stop that ends a sentence.
size_t sentence_start(std::string_view t, size_t offset) {
  size_t from = offset > kRelianceWindow ? offset - kRelianceWindow : 0;
  for (size_t i = offset; i > from; --i) {
    if (t.substr(i - 1, 2) == "\n\n") return i + 1;
    if (t[i - 1] == '.' && ends_sentence_at(t, i - 1)) return i;
  }
  return from;
}

// The sentence says an authority relied on the ground: "withheld ... under section 36(2)(c)", "claimed the
// s.40(2) exemption", "its reliance upon the s38 and s43 exemptions".
bool says_relied_on(std::string_view t, const Citation& c) {
  std::string_view before = t.substr(sentence_start(t, c.offset), c.offset - sentence_start(t, c.offset));
  for (std::string_view w :
       {"withheld", "withholding", "withhold", "relied", "relying", "relies on", "rely on", "rely upon",
        "reliance", "refused", "refusing", "claimed", "claiming", "invoked", "invoking"})
    if (scan::contains_phrase(before, w)) return true;
  return false;
}

// The words between the start of the citation's sentence (or the citation before it there, whichever is
// later) and the citation.
std::string_view lead_in(std::string_view t, const Citation& c, size_t previous_end) {
  size_t from = std::max(sentence_start(t, c.offset), std::min(previous_end, c.offset));
  return t.substr(from, c.offset - from);
}

// The words after the citation up to the end of its sentence or the next citation, at most kRelianceWindow.
std::string_view lead_out(std::string_view t, const Citation& c, size_t next_offset) {
  size_t to = std::min({t.size(), next_offset, c.end + kRelianceWindow});
  for (size_t i = c.end; i < to; ++i)
    if ((t[i] == '.' && ends_sentence_at(t, i)) || t.substr(i, 2) == "\n\n")
      return t.substr(c.end, i - c.end);
  return t.substr(c.end, to > c.end ? to - c.end : 0);
}

// A mention the decision does not rely on, told by the words just before it: the statute's own
// cross-reference ("Subject to section 27(1), it shall be the duty ..."), a comparison ("there is no
// equivalent to FOIA section 21", "unlike s.42"), reliance denied or only wished for ("no reliance has been
// placed on any exemption (such as s23)", "it ought to have relied on section 12"). `before` holds only the
// words since the citation before, so "did not rely on s12 but on s14" loses s12 alone; "other than",
// "except", "instead" undo the denial.
bool mentioned_in_passing(std::string_view before) {
  size_t end = before.size();
  while (end > 0 && scan::is_space(before[end - 1])) --end;
  if (end >= 10 && scan::match_phrase(before, end - 10, "subject to") == end &&
      scan::word_start(before, end - 10))
    return true;
  if (!scan::contains_any_phrase(
          before, {"no equivalent", "unlike", "ought to have", "should have relied", "could have relied",
                   "no reliance", "not rely", "not relied", "not relying"}))
    return false;
  return !scan::contains_any_phrase(before, {"other than", "except", "instead", "save for", "but on"});
}

// The words after the citation say it was relied on: "section 40(2) FOIA ... was also relied upon".
bool relied_on_after(std::string_view after) {
  if (scan::contains_any_phrase(after, {"not relied", "not claimed", "not invoked", "never relied"}))
    return false;
  return scan::contains_any_phrase(
      after, {"relied upon", "relied on", "was claimed", "were claimed", "was invoked", "were invoked"});
}

// The canonical sections a citation's provisions are grounds of.
std::vector<std::string> ground_sections(const Citation& c, bool scottish) {
  std::vector<std::string> out;
  for (const std::string& e : exemptions_from({c}, scottish)) out.push_back(section_of(e));
  return out;
}

}  // namespace

// Each line of the block is an entry of its own ("Vexatious request – section 14(1)" above "EIR – Regulation
// 12(4)(b)"), so an Act named at the start of one line does not claim the citation ending the line above.
std::vector<std::string> subject_matter_sections(std::string_view text, bool scottish) {
  std::vector<std::string> out;
  std::string_view block = subject_matter_block(text);
  for (size_t b = 0; b < block.size();) {
    size_t nl = std::min(block.find('\n', b), block.size());
    for (const std::string& e : exemptions_from(find_citations(block.substr(b, nl - b)), scottish)) {
      std::string s = section_of(e);
      if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    }
    b = nl + 1;
  }
  return out;
}

std::vector<std::string> listed_provision_sections(std::string_view text, bool scottish) {
  std::string_view head = text.substr(0, std::min(text.size(), kHeadingEnd));
  size_t at = npos;
  for (size_t i = head.find_first_of("Rr"); i != npos && at == npos; i = head.find_first_of("Rr", i + 1))
    if (scan::word_start(head, i) && scan::match_words(head, i, "relevant statutory provisions") != npos &&
        (i == 0 || head[i - 1] == '\n'))
      at = head.find('\n', i);
  std::vector<std::string> out;
  if (at == npos) return out;
  // Each paragraph after the heading that names an Act or Regulations is one of the list's.
  for (size_t b = scan::skip_spaces(text, at); b < text.size() && b < at + 2 * kBlockMax;) {
    size_t e = std::min(text.find("\n\n", b), text.size());
    std::string_view paragraph = text.substr(b, e - b);
    if (scan::first_words(paragraph, {"Act", "Regulations"}).empty()) break;
    for (const std::string& g : exemptions_from(find_citations(paragraph), scottish)) {
      std::string s = section_of(g);
      if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    }
    b = scan::skip_spaces(text, e);
  }
  return out;
}

std::vector<Citation> decision_ground_citations(std::string_view text, std::vector<Citation> citations,
                                                bool scottish) {
  std::vector<std::pair<size_t, size_t>> quoted = long_quotations(text);
  std::vector<std::string> named = subject_matter_sections(text, scottish);
  std::vector<Citation> out;
  for (size_t k = 0; k < citations.size(); ++k) {
    Citation& c = citations[k];
    if (inside(quoted, c.offset) || spans_range(text.substr(c.offset, c.end - c.offset))) continue;
    size_t previous_end = k > 0 ? citations[k - 1].end : 0;
    size_t next_offset = k + 1 < citations.size() ? citations[k + 1].offset : text.size();
    if (mentioned_in_passing(lead_in(text, c, previous_end))) continue;
    bool relied = says_relied_on(text, c) || relied_on_after(lead_out(text, c, next_offset));
    if (!named.empty() && !relied) {
      std::vector<Provision> kept;
      for (Provision& p : c.provisions) {
        Citation one = c;
        one.provisions = {p};
        std::vector<std::string> s = ground_sections(one, scottish);
        bool other = !s.empty() && std::find(named.begin(), named.end(), s[0]) == named.end();
        if (!other) kept.push_back(std::move(p));
      }
      if (kept.empty()) continue;
      c.provisions = std::move(kept);
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace foi
