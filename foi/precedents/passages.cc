// Cutting authority messages into passages, and naming each passage's role and exemptions.
#include "foi/precedents/passages.h"

#include <algorithm>
#include <set>
#include <nlohmann/json.hpp>

#include "foi/extract/citations.h"
#include "foi/extract/exemptions.h"
#include "foi/base/scan.h"
#include "foi/base/text.h"

namespace foi {
namespace {

constexpr size_t kMaxHeadingBytes = 110;
constexpr size_t kMaxHeadingWords = 16;
constexpr size_t kMaxHeadingLines = 2;

// A run of non-blank lines.
struct Block {
  size_t offset = 0, end = 0;
  std::vector<std::string_view> lines;  // trimmed
  std::string joined() const {
    std::string out;
    for (std::string_view l : lines) {
      if (!out.empty()) out += ' ';
      out.append(l);
    }
    return out;
  }
};

std::string_view trim_line(std::string_view t) {
  while (!t.empty() && (scan::is_space(t.front()) || t.front() == '#' || t.front() == '*')) t.remove_prefix(1);
  while (!t.empty() && (scan::is_space(t.back()) || t.back() == '*')) t.remove_suffix(1);
  return t;
}


// A line after which the message's own words are over: a sign-off, or the header of a quoted earlier message.
bool ends_own_words(std::string_view line) {
  for (std::string_view p : {"yours sincerely", "yours faithfully", "kind regards", "regards", "many thanks",
                             "show quoted sections", "from:", "-----original message", "sent:"})
    if (scan::starts_with_phrase(line, p)) return true;
  return false;
}

// Splits a block of hard-wrapped lines with no blank line between paragraphs (as thread exports come) after a line
// that ends a sentence well short of the wrap width, and after a salutation.
std::vector<Block> split_paragraphs(Block b) {
  constexpr double kShortLine = 0.7;
  constexpr size_t kMinLines = 3;
  if (b.lines.size() < kMinLines) return {std::move(b)};
  size_t width = 0;
  for (std::string_view l : b.lines) width = std::max(width, l.size());
  std::vector<Block> out;
  Block cur;
  const char* first = b.lines[0].data();  // line views point into the text: offsets follow from the first line's
  for (size_t i = 0; i < b.lines.size(); ++i) {
    std::string_view l = b.lines[i];
    if (cur.lines.empty()) cur.offset = b.offset + static_cast<size_t>(l.data() - first);
    cur.lines.push_back(l);
    cur.end = b.offset + static_cast<size_t>(l.data() + l.size() - first);
    char last = l.back();
    bool sentence_end = (last == '.' || last == ':' || last == '?' || last == '!') && l.size() < kShortLine * width;
    bool salutation = scan::starts_with_phrase(l, "dear ") && (last == ',' || l.size() < kShortLine * width);
    if ((sentence_end || salutation) && i + 1 < b.lines.size()) out.push_back(std::move(cur)), cur = Block{};
  }
  if (!cur.lines.empty()) out.push_back(std::move(cur));
  return out;
}

std::vector<Block> blocks_of(std::string_view text, size_t from, size_t to) {
  std::vector<Block> raw;
  Block cur;
  for (size_t pos = from; pos < to;) {
    size_t nl = std::min(text.find('\n', pos), to);
    std::string_view line = trim_line(text.substr(pos, nl - pos));
    if (ends_own_words(line)) break;
    if (line.empty()) {
      if (!cur.lines.empty()) raw.push_back(std::move(cur)), cur = Block{};
    } else {
      if (cur.lines.empty()) cur.offset = static_cast<size_t>(line.data() - text.data());
      cur.lines.push_back(line);
      cur.end = static_cast<size_t>(line.data() - text.data()) + line.size();
    }
    pos = nl + 1;
  }
  if (!cur.lines.empty()) raw.push_back(std::move(cur));
  std::vector<Block> out;
  for (Block& b : raw)
    for (Block& p : split_paragraphs(std::move(b))) out.push_back(std::move(p));
  return out;
}

size_t count_words(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i)
    if (scan::is_alnum(s[i]) && scan::word_start(s, i)) ++n;
  return n;
}




// "o item", "- item", "• item", "1. item", "1a) item", "(a) item"
bool is_list_item(std::string_view s) {
  if (s.size() > 2 && (s[0] == 'o' || s[0] == '-' || s[0] == '*') && s[1] == ' ') return true;
  if (scan::starts_with_phrase(s, "•") || scan::starts_with_phrase(s, "(")) return true;
  size_t i = 0;
  while (i < s.size() && scan::is_digit(s[i])) ++i;
  if (i == 0) return false;
  if (i < s.size() && scan::is_lower(s[i])) ++i;
  return i < s.size() && (s[i] == '.' || s[i] == ')');
}

bool is_sign_off(std::string_view s) {
  for (std::string_view p : {"yours sincerely", "yours faithfully", "kind regards", "regards", "many thanks",
                             "show quoted sections"})
    if (scan::starts_with_phrase(s, p)) return true;
  return false;
}

// `j` is the block's lines joined (Block::joined), which the caller has already made.
bool is_heading(const Block& b, const std::string& j) {
  if (b.lines.size() > kMaxHeadingLines) return false;
  if (j.size() > kMaxHeadingBytes || count_words(j) > kMaxHeadingWords || is_list_item(j)) return false;
  char last = j.back(), first = j.front();
  if (last == '.' || last == ',' || last == ';' || last == '?' || last == '!') return false;
  if (!(scan::is_upper(first) || scan::is_digit(first))) return false;
  if (scan::starts_with_phrase(j, "dear ") || scan::starts_with_phrase(j, "http") || is_sign_off(j)) return false;
  return std::any_of(j.begin(), j.end(), [](char c) { return scan::is_lower(c); }) || count_words(j) <= 4;
}

bool is_noise(std::string_view s) {
  return scan::starts_with_phrase(s, "[1]") || scan::starts_with_phrase(s, "http") || scan::starts_with_phrase(s, "references") ||
         scan::starts_with_phrase(s, "visible links");
}

// An address or letterhead: several short lines, none ending a sentence ("Kent Police / Our ref: 77/21 / Date...").
bool is_letterhead(const Block& b) {
  constexpr size_t kMaxLabelWords = 6;
  if (b.lines.size() < 2) return false;
  for (std::string_view l : b.lines)
    if (count_words(l) > kMaxLabelWords || l.back() == '.') return false;
  return true;
}

// The requester's question repeated before its answer ("1a. Please provide the number of arrests...").
bool is_quoted_question(std::string_view s) {
  constexpr size_t kMaxQuestionWords = 80;
  return count_words(s) <= kMaxQuestionWords &&
         scan::contains_any_phrase(s, {"please provide", "please state", "please specify", "please list", "please confirm"});
}

// Heading words that name a role, checked in order (against-disclosure before for-disclosure: "favouring
// non-disclosure" holds both).
struct RoleWords {
  std::string_view role;
  std::initializer_list<std::string_view> words;
};

const RoleWords kHeadingRoles[] = {
    {"public_interest_against", {"against disclosure", "non-disclosure", "non disclosure", "against confirm",
                                 "favouring neither", "against release", "favouring withholding", "in favour of withholding"}},
    {"public_interest_for", {"favouring disclosure", "favour of disclosure", "for disclosure", "favouring confirm",
                             "favouring release", "in favour of confirm"}},
    {"harm", {"harm", "prejudice test", "evidence of prejudice"}},
    {"balance", {"balance", "balancing"}},
    {"ncnd", {"neither confirm", "ncnd"}},
    {"cost_limit", {"cost limit", "appropriate limit", "section 12"}},
    {"vexatious", {"vexatious"}},
    {"review_rights", {"right to complain", "complaint", "internal review", "appeal"}},
    {"advice_and_assistance", {"advice and assistance"}},
};

const RoleWords kBodyRoles[] = {
    {"review_rights", {"right to complain", "request an internal review", "internal review", "complain to the information commissioner", "information commissioner's office"}},
    {"cost_limit", {"appropriate limit", "cost limit", "exceed the cost", "£450", "18 hours"}},
    {"vexatious", {"vexatious"}},
    {"advice_and_assistance", {"advice and assistance", "refine your request", "section 16 of the"}},
    {"refusal_notice", {"refusal notice", "section 17 of the"}},
    {"ncnd", {"neither confirm", "confirming or denying", "confirm or deny", "confirmation or denial"}},
    {"not_held", {"not held", "does not hold", "do not hold", "no information held", "not able to identify any",
                  "unable to locate"}},
    {"public_interest_against", {"factors favouring non-disclosure", "factors against disclosure"}},
    {"public_interest_for", {"factors favouring disclosure", "in favour of disclosure"}},
    {"balance", {"balance test", "balancing test", "on balance", "the balance"}},
    {"other", {"class based", "class-based"}},  // "no requirement to evidence harm": not a harm argument
    {"harm", {"would prejudice", "likely to prejudice", "harm", "would compromise", "would undermine"}},
    {"disclosure", {"please find", "attached", "the information requested", "we can confirm", "i can confirm",
                    "is as follows", "please see below"}},
};

// The letter's administration rather than its reasoning: acknowledgements and deadlines, re-use and copyright
// notices, e-mail disclaimers, contact details. Only a paragraph no refusal role claims (its role would be
// "other" or "disclosure") and that cites no ground is boilerplate.
// clang-format off
const std::initializer_list<std::string_view> kBoilerplateWords = {
    "thank you for your request", "thank you for your email", "thank you for your e-mail", "has been logged",
    "we received on", "will be dealt with", "working days", "acknowledge receipt", "reference number for your request",
    "online form", "bookmark this link", "do not hesitate to contact", "if you have any queries",
    "if you have any questions", "open government licence", "re-use", "protected by copyright", "intended solely for",
    "intended recipient", "non-public information", "misdirected", "computer viruses", "anti-virus", "po box",
    "telephone:", "tel:", "email:", "privacy notice"};
// clang-format on

bool is_ancestor(const std::string& parent, const std::string& child) {
  std::vector<std::string> a = exemption_ancestors(child);
  return std::find(a.begin(), a.end(), parent) != a.end();
}

// Makes each value as specific as the pools say: "s23" under a heading "Section 23(5)" is s23(5). Pools are
// searched in order; the heading and the section a passage sits under may make one value several, the
// document's own list only when it has exactly one more specific value.
std::vector<std::string> refine(const std::vector<std::string>& values,
                                const std::vector<const std::vector<std::string>*>& pools) {
  std::vector<std::string> out;
  for (const std::string& v : values) {
    std::vector<std::string> found;
    for (size_t level = 0; level < pools.size() && found.empty(); ++level) {
      for (const std::string& p : *pools[level])
        if (is_ancestor(v, p)) found.push_back(p);
      if (level + 1 == pools.size() && found.size() > 1) found.clear();
    }
    if (found.empty()) found.push_back(v);
    out.insert(out.end(), found.begin(), found.end());
  }
  std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return exemption_less(a, b); });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The section an exemption belongs to: "s40" for s40(5B)(a)(i).
std::string ground_of(const std::string& e) {
  std::vector<std::string> a = exemption_ancestors(e);
  return a.empty() ? e : a.back();
}

size_t grounds(const std::vector<std::string>& values) {
  std::set<std::string> g;
  for (const std::string& v : values) g.insert(ground_of(v));
  return g.size();
}

bool same_ground(const std::string& a, const std::string& b) { return ground_of(a) == ground_of(b); }

// The cost limit and vexatious grounds are named by their sections; other roles by words.
std::string role_of(const Passage& p) {
  std::string role = passage_role(p.heading, p.body);
  if (role == "boilerplate" && !p.exemptions.empty()) role = "other";  // it argues a ground after all
  if (role != "other") return role;
  for (const std::string& e : p.exemptions) {
    if (ground_of(e) == "s12" || ground_of(e) == "FOISA s12") return "cost_limit";
    if (ground_of(e) == "s14" || ground_of(e) == "FOISA s14") return "vexatious";
  }
  return role;
}

struct Cutter {
  std::string_view text;
  const PassageContext& ctx;
  std::vector<Passage> out;
  std::vector<std::string> section;  // the exemptions of the section the next passage sits under

  // The exemptions cited in text[from, to).
  std::vector<std::string> cited(size_t from, size_t to) const {
    auto first = std::lower_bound(ctx.citations.begin(), ctx.citations.end(), from,
                                  [](const Citation& c, size_t at) { return c.offset < at; });
    std::vector<Citation> in;
    for (auto c = first; c != ctx.citations.end() && c->offset < to; ++c) in.push_back(*c);
    return exemptions_from(in, ctx.scottish);
  }

  // The passage's exemptions. Under a heading or section about one ground, the body's own citations count only
  // where they are about that ground (a balance test that mentions s30 in passing stays s31(3)'s); under a
  // heading that lists several grounds, or none, the body's own citations say which.
  std::vector<std::string> exemptions_of(const std::vector<std::string>& own,
                                         const std::vector<std::string>& heading_ex) const {
    const std::vector<std::string>& anchor = heading_ex.empty() ? section : heading_ex;
    std::vector<std::string> anchor_refined = refine(anchor, {&section, &ctx.doc_exemptions});
    if (anchor.empty() || grounds(anchor) > 1) {
      if (own.empty()) return anchor_refined;
      return refine(own, {&heading_ex, &section, &ctx.doc_exemptions});
    }
    std::vector<std::string> related;
    for (const std::string& o : own)
      if (same_ground(o, anchor.front())) related.push_back(o);
    if (related.empty()) return anchor_refined;
    return refine(related, {&heading_ex, &section, &ctx.doc_exemptions});
  }

  void finish(Passage p, size_t body_offset, const std::vector<std::string>& heading_ex, bool opens_section) {
    if (count_words(p.body) < kMinPassageWords) return;
    std::vector<std::string> own = cited(body_offset, p.offset + p.length);
    bool opens_own_section = heading_ex.empty() && opens_section && !own.empty();
    p.exemptions = opens_own_section ? refine(own, {&ctx.doc_exemptions}) : exemptions_of(own, heading_ex);
    if (!heading_ex.empty()) section = refine(heading_ex, {&ctx.doc_exemptions});
    else if (opens_section && !own.empty()) section = refine(own, {&ctx.doc_exemptions});
    if (ctx.commentary && p.exemptions.empty()) return;
    p.role = ctx.commentary ? "reasoning" : role_of(p);
    if (p.role == "review_rights" && own.empty()) p.exemptions.clear();  // about the letter, not a ground
    out.push_back(std::move(p));
  }

  // The exemptions a paragraph opens with ("Section 31 is prejudice based..."), or none.
  std::vector<std::string> leading_exemptions(const Block& b) const {
    constexpr size_t kOpening = 16;  // bytes from the block's line start: indentation, a bullet, "## "
    return cited(b.offset, std::min(b.end, b.offset + kOpening));
  }

  void cut_message(size_t index, const Message& m, bool skip_first_line) {
    size_t from = m.offset;
    if (skip_first_line) from = std::min(m.offset + m.length, text.find('\n', m.offset) + 1);
    std::vector<Block> blocks = blocks_of(text, from, m.offset + m.length);
    section.clear();
    std::optional<Passage> open;
    std::vector<std::string> open_heading_ex;
    size_t body_offset = 0;  // where the open passage's body starts
    auto close = [&] {
      if (open) finish(std::move(*open), body_offset, open_heading_ex, false);
      open.reset();
    };
    for (size_t k = 0; k < blocks.size(); ++k) {
      const Block& b = blocks[k];
      std::string j = b.joined();
      if (is_sign_off(j)) break;
      if (is_noise(j) || is_quoted_question(j)) continue;
      if (is_heading(b, j) && k + 1 < blocks.size()) {
        if (open && open->body.empty()) {  // a heading right under a heading: one heading
          open->heading += " / " + j;
          open->heading_spans.emplace_back(b.offset, b.end);
          open->length = b.end - open->offset;
          open_heading_ex = cited(open->offset, b.end);
          continue;
        }
        close();
        open = Passage{index, b.offset, b.end - b.offset, j, "", "", {}, {{b.offset, b.end}}, {}};
        open_heading_ex = cited(b.offset, b.end);
        continue;
      }
      if (is_letterhead(b)) continue;
      std::vector<std::string> leading = leading_exemptions(b);
      // The rights of review are the same boilerplate whatever section they follow: a passage of their own.
      if (open && !open->body.empty() && passage_role("", j) == "review_rights") close();
      // "Section 31 is prejudice based..." under a heading about s40 opens the next ground's part of the letter.
      if (open && !open->body.empty() && !leading.empty() && !open_heading_ex.empty() &&
          !same_ground(leading.front(), open_heading_ex.front()))
        close();
      if (open) {
        if (open->body.empty()) body_offset = b.offset;
        if (!open->body.empty()) open->body += "\n\n";
        open->body += j;
        open->body_spans.emplace_back(b.offset, b.end);
        open->length = b.end - open->offset;
        continue;
      }
      finish(Passage{index, b.offset, b.end - b.offset, "", j, "", {}, {}, {{b.offset, b.end}}}, b.offset, {},
             !leading.empty());
    }
    close();
  }
};

}  // namespace

void to_json(nlohmann::json& j, const Passage& p) {
  j = {{"message", p.message}, {"offset", p.offset}, {"length", p.length}, {"heading", p.heading},
       {"body", p.body},       {"role", p.role},     {"exemptions", p.exemptions}};
}

void from_json(const nlohmann::json& j, Passage& p) {
  p.message = j.value("message", size_t{0});
  p.offset = j.value("offset", size_t{0});
  p.length = j.value("length", size_t{0});
  p.heading = j.value("heading", "");
  p.body = j.value("body", "");
  p.role = j.value("role", "other");
  p.exemptions = j.value("exemptions", std::vector<std::string>{});
}

namespace {

// The words of spans of the text, each span's lines trimmed and joined by a space (Block::joined), the spans
// joined by `between`; false when a span does not lie in the text.
bool joined_spans(std::string_view text, const std::vector<std::pair<size_t, size_t>>& spans,
                  std::string_view between, std::string& out) {
  for (const auto& [begin, end] : spans) {
    if (begin > end || end > text.size()) return false;
    if (!out.empty()) out.append(between);
    bool first = true;
    for (size_t pos = begin; pos < end;) {
      size_t nl = std::min(text.find('\n', pos), end);
      std::string_view line = trim_line(text.substr(pos, nl - pos));
      if (!line.empty()) {
        if (!first) out += ' ';
        out.append(line);
        first = false;
      }
      pos = nl + 1;
    }
  }
  return true;
}

}  // namespace

std::optional<std::pair<std::string, std::string>> passage_words(std::string_view text, const Passage& p) {
  std::pair<std::string, std::string> words;
  if (!joined_spans(text, p.heading_spans, " / ", words.first) ||
      !joined_spans(text, p.body_spans, "\n\n", words.second))
    return std::nullopt;
  return words;
}

std::string passage_role(std::string_view heading, std::string_view body) {
  for (const RoleWords& r : kHeadingRoles)
    if (scan::contains_any_phrase(heading, r.words)) return std::string(r.role);
  std::string role = "other";
  for (const RoleWords& r : kBodyRoles)
    if (scan::contains_any_phrase(body, r.words)) {
      role = r.role;
      break;
    }
  if ((role == "other" || role == "disclosure") && scan::contains_any_phrase(body, kBoilerplateWords))
    return "boilerplate";
  return role;
}

std::vector<Passage> cut_passages(std::string_view text, const std::vector<Message>& messages,
                                  const PassageContext& context) {
  Cutter cutter{text, context, {}, {}};
  bool thread = messages.size() > 1;
  for (size_t i = 0; i < messages.size(); ++i) {
    if (messages[i].side != "authority") continue;
    if (!thread && messages[i].role != "response" && !context.commentary)
      continue;  // a report: not a refusal
    cutter.cut_message(i, messages[i], thread);
  }
  return std::move(cutter.out);
}

}  // namespace foi
