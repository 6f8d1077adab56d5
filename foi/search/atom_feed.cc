// Writing the Atom feed of /api/feed.
#include "foi/search/atom_feed.h"

#include <cstdio>

#include "foi/base/hash.h"

namespace foi {
namespace {

// The length of the UTF-8 sequence at s[i] and its code point, or 0 when the bytes there are not UTF-8.
size_t utf8_at(std::string_view s, size_t i, char32_t& cp) {
  unsigned char c = s[i];
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  cp = n == 1 ? c : c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    unsigned char t = s[i + k];
    if ((t & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (t & 0x3F);
  }
  bool overlong = (n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
  return overlong || cp > 0x10FFFF ? 0 : n;
}

// XML 1.0's Char production.
bool xml_char(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

std::string updated_of(const Record& r) {
  return r.date ? *r.date + "T00:00:00Z" : std::string(kUndatedUpdated);
}

std::string element(std::string_view name, std::string_view text) {
  return "<" + std::string(name) + ">" + xml_text(text) + "</" + std::string(name) + ">";
}

std::string summary_of(const WalkedDocument& d) {
  const Record& r = d.record;
  std::string head = r.doc_type;
  if (r.authority) head += " from " + *r.authority;
  if (r.date) head += ", " + *r.date;
  if (!r.exemptions.empty()) {
    head += "; exemptions:";
    for (const std::string& e : r.exemptions) head += " " + e;
  }
  return head + (d.excerpt.empty() ? "" : "\n\n" + d.excerpt);
}

std::string entry(const WalkedDocument& d, const FeedOptions& o) {
  const Record& r = d.record;
  return "<entry>" + element("id", entry_id(r.id)) + element("title", r.title.empty() ? r.id : r.title) +
         element("updated", updated_of(r)) + "<link rel=\"alternate\" type=\"text/html\" href=\"" +
         xml_text(o.base_url + "/?doc=" + percent_encode(r.id)) + "\"/>" + "<summary type=\"text\">" +
         xml_text(summary_of(d)) + "</summary></entry>\n";
}

}  // namespace

std::string xml_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    size_t n = utf8_at(s, i, cp);
    if (n == 0) {  // not UTF-8: dropped
      ++i;
      continue;
    }
    if (xml_char(cp)) {
      switch (cp) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&apos;";
          break;
        case '\r':
          out += "&#13;";
          break;  // kept: a parser would turn a literal CR into LF
        default:
          out.append(s.substr(i, n));
      }
    }
    i += n;
  }
  return out;
}

std::string percent_encode(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                 c == '.' || c == '_' || c == '~';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

std::string entry_id(std::string_view doc_id) { return "tag:foisearch,2026:doc:" + percent_encode(doc_id); }

std::string atom_feed(const std::vector<WalkedDocument>& docs, const FeedOptions& o) {
  std::string title = o.query.empty() ? "foisearch: newest documents" : "foisearch: " + o.query;
  std::string out =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
  out += element("id", "tag:foisearch,2026:feed:" + hex64(fnv1a64(o.query))) + "\n";
  out += element("title", title) + "\n";
  out += element("updated", docs.empty() ? std::string(kUndatedUpdated) : updated_of(docs.front().record)) +
         "\n";
  out += "<link rel=\"self\" type=\"application/atom+xml\" href=\"" + xml_text(o.self_url) + "\"/>\n";
  out +=
      "<link rel=\"alternate\" type=\"text/html\" href=\"" + xml_text(o.base_url + "/?" + o.query) + "\"/>\n";
  out += "<author><name>foisearch</name></author>\n";
  for (const WalkedDocument& d : docs) out += entry(d, o);
  return out + "</feed>\n";
}

}  // namespace foi
