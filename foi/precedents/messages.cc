// Splitting a document into messages.
#include "foi/precedents/messages.h"

#include <nlohmann/json.hpp>
#include <set>

#include "foi/extract/authorities.h"
#include "foi/extract/citations.h"
#include "foi/extract/dates.h"
#include "foi/extract/exemptions.h"
#include "foi/extract/forces.h"
#include "foi/base/scan.h"
#include "foi/base/text.h"

namespace foi {
namespace {

constexpr size_t kMaxSenderLine = 120;

struct Line {
  size_t offset = 0, end = 0;  // the line's span, without its newline
  std::string_view trimmed;    // without surrounding spaces, markdown '#' and '*'
};

std::vector<Line> lines_of(std::string_view text) {
  std::vector<Line> out;
  for (size_t pos = 0; pos <= text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view t = text.substr(pos, nl - pos);
    while (!t.empty() && (scan::is_space(t.front()) || t.front() == '#' || t.front() == '*')) t.remove_prefix(1);
    while (!t.empty() && (scan::is_space(t.back()) || t.back() == '*')) t.remove_suffix(1);
    out.push_back({pos, nl, t});
    pos = nl + 1;
  }
  return out;
}

bool is_body(std::string_view name) {
  std::string n(name);
  return canonical_force(n).has_value() || canonical_authority(n).has_value();
}

// The thread's own authority, when the document names one; any known body otherwise.
bool is_thread_body(std::string_view name, const std::optional<std::string>& authority) {
  if (!authority) return is_body(name);
  std::string n(name);
  return canonical_force(n) == authority || canonical_authority(n) == authority;
}

// A boundary found on a line: who starts writing there.
struct Boundary {
  size_t line = 0;
  std::string side;
  std::string author;
  std::optional<std::string> date;  // from the JSON reader's marker line
  bool annotation = false;
};

// "J Roberts left an annotation ()"
std::optional<Boundary> annotation_line(std::string_view t) {
  size_t at = t.find(" left an annotation");
  if (at == std::string_view::npos || at == 0 || at > 80) return std::nullopt;
  return Boundary{0, "third_party", std::string(t.substr(0, at)), std::nullopt, true};
}

// "Information Compliance, West Mercia Police" / "#Freedom of Information Requests, Avon and Somerset Constabulary"
// A quoted "Impact Assessment, The Home Office" inside an annotation is not the thread's authority writing.
std::optional<Boundary> sender_line(std::string_view t, const std::optional<std::string>& authority) {
  if (t.size() > kMaxSenderLine || t.empty() || t.back() == '.') return std::nullopt;
  size_t comma = t.rfind(", ");
  if (comma == std::string_view::npos || comma == 0) return std::nullopt;
  if (!is_thread_body(t.substr(comma + 2), authority)) return std::nullopt;
  return Boundary{0, "authority", std::string(t), std::nullopt, false};
}

// "Dear Essex Police," or "Dear Info Rights Freedom Essex," (a sender seen before)
std::optional<Boundary> requester_line(std::string_view t, const std::vector<std::string>& senders) {
  if (scan::match_words(t, 0, "dear") != 4) return std::nullopt;
  std::string_view name = t.substr(std::min<size_t>(5, t.size()));  // "Dear" may end the line
  while (!name.empty() && (name.back() == ',' || name.back() == ':' || scan::is_space(name.back())))
    name.remove_suffix(1);
  bool known = is_body(name);
  for (const std::string& s : senders) known = known || (!name.empty() && s.rfind(name, 0) == 0);
  if (!known) return std::nullopt;
  return Boundary{0, "requester", "", std::nullopt, false};
}

// "--- 2024-01-25 response from the authority ---", as formats/wdtk.cc writes a JSON thread's events
std::optional<Boundary> marker_line(std::string_view t) {
  if (t.size() < 20 || t.substr(0, 4) != "--- " || t.substr(t.size() - 4) != " ---") return std::nullopt;
  std::string_view body = t.substr(4, t.size() - 8);
  bool authority = body.find("response from the authority") != std::string_view::npos;
  bool requester = body.find("message from the requester") != std::string_view::npos;
  if (!authority && !requester) return std::nullopt;
  std::optional<std::string> date;
  if (parse_date(body.substr(0, 10))) date = std::string(body.substr(0, 10));
  return Boundary{0, authority ? "authority" : "requester", "", date, false};
}

std::vector<Boundary> find_boundaries(const std::vector<Line>& lines, const std::optional<std::string>& authority) {
  std::vector<Boundary> out;
  std::vector<std::string> senders;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view t = lines[i].trimmed;
    std::optional<Boundary> b = marker_line(t);
    if (!b) b = annotation_line(t);
    // A sender line opens a message: a capitalised line after a blank one, not a wrapped line of prose.
    bool after_blank = i == 0 || lines[i - 1].trimmed.empty();
    if (!b && after_blank && !t.empty() && scan::is_upper(t.front())) b = sender_line(t, authority);
    if (!b) b = requester_line(t, senders);
    if (!b) continue;
    if (b->side == "authority" && !b->author.empty()) senders.push_back(b->author.substr(0, b->author.rfind(", ")));
    b->line = i;
    out.push_back(std::move(*b));
  }
  // A JSON thread's events are its messages: a "Dear Kent Police," under a marker opens no second one.
  std::vector<Boundary> markers;
  for (const Boundary& b : out)
    if (marker_line(lines[b.line].trimmed)) markers.push_back(b);
  return markers.empty() ? out : markers;
}

// A disclosure log entry: a line "Request" and later a line "Response".
std::vector<Boundary> log_labels(const std::vector<Line>& lines) {
  std::optional<size_t> request, response;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string folded = fold_case(lines[i].trimmed);
    if (folded == "request" && !request) request = i;
    if (folded == "response" && request && !response) response = i;
  }
  if (!request || !response) return {};
  return {Boundary{*request, "requester", "", std::nullopt, false},
          Boundary{*response, "authority", "", std::nullopt, false}};
}



// An answer with substance: it relies on an exemption, says what is or is not held, or sends information.
bool is_substantive(std::string_view text) {
  if (!exemptions_from(find_citations(text), false).empty()) return true;
  return scan::contains_any_phrase(text, {"neither confirm", "not held", "please find", "information requested", "attached",
                             "response to your request", "our response", "we can confirm", "i can confirm",
                             "do not hold", "does not hold"});
}

bool is_acknowledgement(std::string_view text) {
  std::string_view head = text.substr(0, 1200);
  return scan::contains_any_phrase(head, {"acknowledge", "thank you for your request", "has been logged", "has been received",
                             "we have received", "will now be considered", "was received on"}) &&
         !scan::contains_any_phrase(text, {"neither confirm", "please find", "not held", "refusal notice"});
}

std::string squash_name(std::string_view name) {
  std::string out;
  for (char c : name)
    if (scan::is_alnum(c)) out += scan::lower(c);
  return out;
}

// The requester's sign-off: the last short line of the request ("D Moore").
std::string signature_of(std::string_view request) {
  std::vector<Line> lines = lines_of(request);
  for (size_t i = lines.size(); i-- > 0;)
    if (!lines[i].trimmed.empty()) return lines[i].trimmed.size() <= 40 ? std::string(lines[i].trimmed) : "";
  return "";
}

// The name under a closing ("Yours faithfully," then "D Moore") at the end of a letter, or "".
std::string signed_name(std::string_view letter) {
  static const std::set<std::string> closings = {
      "yoursfaithfully", "yourssincerely", "yourstruly", "regards", "kindregards",
      "bestregards",     "bestwishes",     "manythanks", "thanks",  "thankyou"};
  std::vector<Line> lines = lines_of(letter);
  std::vector<std::string_view> last;  // the last two lines that are not empty, the last first
  for (size_t i = lines.size(); i-- > 0 && last.size() < 2;)
    if (!lines[i].trimmed.empty()) last.push_back(lines[i].trimmed);
  if (last.size() < 2 || !closings.count(squash_name(last[1])) || last[0].size() > 40) return "";
  return squash_name(last[0]).empty() ? "" : std::string(last[0]);
}

void assign_roles(std::string_view text, std::vector<Message>& messages) {
  bool requested = false, review_asked = false;
  std::string requester;
  for (Message& m : messages) {
    std::string_view body = text.substr(m.offset, m.length);
    if (m.role == "annotation") {
      if (!requester.empty() && squash_name(m.author) == requester) m.side = "requester";
    } else if (m.side == "requester") {
      if (scan::contains_phrase(body, "internal review") && requested) m.role = "review_request", review_asked = true;
      else if (!requested) m.role = "request", requester = squash_name(signature_of(body));
      else m.role = "other";
      requested = true;
    } else if (is_acknowledgement(body)) {
      m.role = "acknowledgement";
    } else if (review_asked && scan::contains_phrase(body, "review")) {
      m.role = "review_response";
    } else if (is_substantive(body) || body.size() > 2500) {
      m.role = review_asked ? "review_response" : "response";
    } else {
      m.role = "other";
    }
  }
}

std::optional<std::string> own_date(std::string_view body, const Boundary& b) {
  if (b.date) return b.date;
  if (std::optional<Date> d = extract_date(body)) return d->iso();
  return std::nullopt;
}

}  // namespace

void to_json(nlohmann::json& j, const Message& m) {
  j = {{"offset", m.offset}, {"length", m.length}, {"role", m.role}, {"side", m.side},
       {"author", m.author}, {"date", m.date ? nlohmann::json(*m.date) : nlohmann::json()}};
}

void from_json(const nlohmann::json& j, Message& m) {
  m.offset = j.value("offset", size_t{0});
  m.length = j.value("length", size_t{0});
  m.role = j.value("role", "other");
  m.side = j.value("side", "authority");
  m.author = j.value("author", "");
  if (j.contains("date") && j.at("date").is_string()) m.date = j.at("date").get<std::string>();
}

std::vector<Message> split_messages(std::string_view text, std::string_view doc_type,
                                    const std::optional<std::string>& authority) {
  std::vector<Line> lines = lines_of(text);
  std::vector<Boundary> bounds = find_boundaries(lines, authority);
  if (bounds.empty()) bounds = log_labels(lines);
  if (bounds.empty()) {
    bool request = doc_type == "request";
    const char* role = request                          ? "request"
                       : doc_type == "response"         ? "response"
                       : doc_type == "internal_review"  ? "review_response"
                                                        : "other";
    Message m{0, text.size(), role,
              request ? "requester" : "authority", "", std::nullopt};
    if (std::optional<Date> d = extract_date(text)) m.date = d->iso();
    return {m};
  }
  std::vector<Message> out;
  for (size_t k = 0; k < bounds.size(); ++k) {
    size_t start = lines[bounds[k].line].offset;
    size_t end = k + 1 < bounds.size() ? lines[bounds[k + 1].line].offset : text.size();
    Message m{start, end - start, bounds[k].annotation ? "annotation" : "", bounds[k].side, bounds[k].author, {}};
    m.date = own_date(text.substr(start, end - start), bounds[k]);
    out.push_back(std::move(m));
  }
  assign_roles(text, out);
  return out;
}

std::string message_sender(const Message& m, std::string_view text,
                           const std::optional<std::string>& authority) {
  if (!m.author.empty()) return m.author;
  if (m.side == "authority") return authority.value_or("");
  if (m.side != "requester" || m.offset >= text.size()) return "";
  return signed_name(text.substr(m.offset, m.length));
}

bool is_correspondence(const std::vector<Message>& messages) {
  bool authority = false, other = false;
  for (const Message& m : messages) (m.side == "authority" ? authority : other) = true;
  return authority && other;
}

std::optional<std::string> response_date(const std::vector<Message>& messages) {
  for (std::string_view role : {"response", "review_response"})
    for (const Message& m : messages)
      if (m.role == role && m.date) return m.date;
  for (const Message& m : messages)
    if (m.side == "authority" && m.date) return m.date;
  return std::nullopt;
}

}  // namespace foi
