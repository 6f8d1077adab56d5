// HTML reader: the only file (with office.cc) that includes libxml2.
#include "foi/formats/html.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <cstring>
#include <memory>
#include <vector>

#include "foi/base/text.h"

namespace foi::formats {
namespace {

bool is(const xmlNode* n, const char* name) {
  return n->name && xmlStrcasecmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

bool dropped(const xmlNode* n) {
  for (const char* tag : {"script", "style", "noscript", "template", "nav", "iframe", "svg", "head", "button", "select"})
    if (is(n, tag)) return true;
  xmlChar* role = xmlGetProp(n, reinterpret_cast<const xmlChar*>("role"));
  bool navigation = role && xmlStrcasecmp(role, reinterpret_cast<const xmlChar*>("navigation")) == 0;
  xmlFree(role);
  return navigation;
}

bool is_heading(const xmlNode* n) {
  return n->name && (n->name[0] == 'h' || n->name[0] == 'H') && n->name[1] >= '1' && n->name[1] <= '6' && !n->name[2];
}

bool is_block(const xmlNode* n) {
  for (const char* tag : {"p", "div", "li", "tr", "br", "section", "article", "table", "ul", "ol", "blockquote", "pre",
                          "address", "dd", "dt", "hr", "footer", "header", "main", "aside", "form", "fieldset"})
    if (is(n, tag)) return true;
  return is_heading(n);
}

struct Walker {
  std::string out;
  std::string first_h1;

  void newline(bool blank = false) {
    while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
    if (out.empty()) return;
    if (out.back() != '\n') out += '\n';
    if (blank && out.size() >= 2 && out[out.size() - 2] != '\n') out += '\n';
  }

  void text(const char* s) {
    for (; *s; ++s) {
      bool space = *s == ' ' || *s == '\n' || *s == '\t' || *s == '\r';
      if (space) {
        if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
      } else {
        out += *s;
      }
    }
  }

  void enter(const xmlNode* n) {
    if (is_block(n)) newline(is_heading(n));
    if (is(n, "li")) out += "- ";
  }

  void leave(const xmlNode* n, size_t before) {
    if (is(n, "td") || is(n, "th")) out += " | ";
    if (is(n, "h1") && first_h1.empty()) first_h1 = out.substr(before);
    if (is_block(n)) newline(is_heading(n));
  }

  // Depth first with a stack of our own, not recursion: a page may nest 100,000 elements.
  void walk(const xmlNode* n) {
    struct Open {
      const xmlNode* element;
      size_t before;  // out.size() when its children began
    };
    std::vector<Open> open;
    while (n || !open.empty()) {
      if (!n) {
        leave(open.back().element, open.back().before);
        n = open.back().element->next;
        open.pop_back();
        continue;
      }
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content) text(reinterpret_cast<const char*>(n->content));
      } else if (n->type == XML_ELEMENT_NODE && !dropped(n)) {
        enter(n);
        open.push_back({n, out.size()});
        n = n->children;
        continue;
      }
      n = n->next;
    }
  }
};

std::string title_of(xmlDoc* doc) {
  xmlNode* root = xmlDocGetRootElement(doc);
  for (xmlNode* n = root ? root->children : nullptr; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || !is(n, "head")) continue;
    for (xmlNode* c = n->children; c; c = c->next)
      if (c->type == XML_ELEMENT_NODE && is(c, "title")) {
        xmlChar* t = xmlNodeGetContent(c);
        std::string s = t ? reinterpret_cast<const char*>(t) : "";
        xmlFree(t);
        return s;
      }
  }
  return "";
}

std::string trim_spaces(std::string s) {
  size_t a = s.find_first_not_of(" \n\t"), b = s.find_last_not_of(" \n\t");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

void ignore_libxml_error(void*, const char*, ...) {}

// XML_PARSE_HUGE lifts libxml2's limit of 256 nested elements, past which it stops parsing and the rest of the
// page is lost (100,000 nested <div>s gave no text at all). The tree stays as large as the input, which the
// indexer's file limit bounds, and the walk above needs no stack. If the parser still stops early (a libxml2
// with a hard limit, or out of memory), the page is rejected rather than read in part.
std::string parse(std::string_view bytes, const char* encoding, std::string* title) {
  xmlSetGenericErrorFunc(nullptr, ignore_libxml_error);  // reasons reach the user as TextError, not stderr noise
  int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE;
  std::unique_ptr<htmlParserCtxt, decltype(&htmlFreeParserCtxt)> ctxt(htmlNewParserCtxt(), &htmlFreeParserCtxt);
  if (!ctxt) throw TextError("unreadable HTML: out of memory");
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      htmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding, opts),
      &xmlFreeDoc);
  if (!doc) throw TextError("unreadable HTML");
  if (ctxt->disableSAX) throw TextError("unreadable HTML: the parser stopped part way (nested too deep?)");
  Walker w;
  w.walk(xmlDocGetRootElement(doc.get()));
  if (title) {
    *title = trim_spaces(clean_utf8(title_of(doc.get())));
    if (title->empty()) *title = trim_spaces(clean_utf8(w.first_h1));
  }
  return clean_utf8(w.out);
}

}  // namespace

std::string html_to_text(std::string_view html, std::string* title) { return parse(html, "UTF-8", title); }

ReadText read_html(std::string_view bytes) {
  ReadText r;
  r.format = "html";
  r.text = parse(bytes, nullptr, &r.hints.title);  // the page's own <meta charset>, else libxml2's detection
  r.charset = "html";
  if (r.text.find_first_not_of(" \n\t") == std::string::npos) throw TextError("no text in the HTML");
  return r;
}

}  // namespace foi::formats
