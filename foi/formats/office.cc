// DOCX and ODT: one XML part read from the ZIP within limits (a zip bomb is rejected before it inflates),
// parsed without entity substitution or network access, and walked as paragraphs, headings and tables.
#include "foi/formats/office.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "foi/base/text.h"

namespace foi::formats {
namespace {

// A part that inflates to less than this is harmless whatever its ratio; small XML full of repeated markup
// can legitimately compress better than max_ratio.
constexpr size_t kRatioFloor = 1024 * 1024;

// ---- the ZIP ----

struct ZipDiscard {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileClose {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};
using Zip = std::unique_ptr<zip_t, ZipDiscard>;

Zip open_zip(std::string_view bytes, const ZipLimits& limits) {
  if (bytes.empty()) throw TextError("empty file (not a ZIP archive)");
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (!archive) {
    if (source) zip_source_free(source);
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw TextError("not a ZIP archive, or a damaged or truncated one (" + why + ")");
  }
  zip_error_fini(&error);
  Zip zip(archive);
  zip_int64_t entries = zip_get_num_entries(archive, 0);
  if (entries < 0 || static_cast<zip_uint64_t>(entries) > limits.max_entries)
    throw TextError("too many entries in the ZIP archive (" + std::to_string(entries) + ", limit " +
                    std::to_string(limits.max_entries) + ")");
  return zip;
}

void check_declared_size(const std::string& name, zip_uint64_t size, zip_uint64_t compressed,
                         const ZipLimits& limits) {
  if (size > limits.max_entry_bytes)
    throw TextError("zip bomb: " + name + " would inflate to " + std::to_string(size) + " bytes (limit " +
                    std::to_string(limits.max_entry_bytes) + ")");
  zip_uint64_t packed = std::max<zip_uint64_t>(compressed, 1);
  // size > max_ratio * packed, without overflow
  if (size > kRatioFloor && (size - 1) / packed >= limits.max_ratio)
    throw TextError("zip bomb: " + name + " would inflate " + std::to_string(size / packed) +
                    " times its compressed size (limit " + std::to_string(limits.max_ratio) + ")");
}

// One entry's bytes, or nullopt when the archive has no such entry. The declared size passes the limits
// before anything is inflated, and inflating stops at the declared size: a lying header gets no further.
std::optional<std::string> read_entry(zip_t* zip, const std::string& name, const ZipLimits& limits) {
  zip_int64_t index = zip_name_locate(zip, name.c_str(), ZIP_FL_NOCASE);  // OPC part names ignore case
  if (index < 0) return std::nullopt;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(zip, index, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
      !(st.valid & ZIP_STAT_COMP_SIZE))
    throw TextError("damaged ZIP archive: no size for " + name);
  check_declared_size(name, st.size, st.comp_size, limits);
  std::unique_ptr<zip_file_t, ZipFileClose> file(zip_fopen_index(zip, index, 0));
  if (!file) throw TextError("damaged ZIP archive: cannot open " + name + " (" + zip_strerror(zip) + ")");
  std::string out;
  out.reserve(st.size);
  char buf[64 * 1024];
  for (;;) {
    zip_int64_t n = zip_fread(file.get(), buf, sizeof buf);
    if (n < 0) throw TextError("damaged ZIP archive: " + name + " (" + zip_file_strerror(file.get()) + ")");
    if (n == 0) break;
    if (out.size() + static_cast<size_t>(n) > st.size)
      throw TextError("zip bomb: " + name + " inflates past its declared " + std::to_string(st.size) +
                      " bytes");
    out.append(buf, static_cast<size_t>(n));
  }
  return out;
}

// ---- XML ----

using XmlDoc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

// No XML_PARSE_NOENT (entities are not substituted), no DTDLOAD (nothing fetched), no HUGE (libxml2 keeps its
// depth and size limits, so the recursive walks below are bounded at 256 levels). Neither Word nor
// LibreOffice writes a DTD: one in an Office part is damage or an entity-expansion attack, and is refused.
XmlDoc parse_xml(const std::string& xml, const std::string& name, bool keep_blanks) {
  if (xml.size() > INT_MAX) throw TextError(name + " is too large");
  int options =
      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | (keep_blanks ? 0 : XML_PARSE_NOBLANKS);
  std::unique_ptr<xmlParserCtxt, decltype(&xmlFreeParserCtxt)> ctxt(xmlNewParserCtxt(), &xmlFreeParserCtxt);
  if (!ctxt) throw TextError("out of memory parsing " + name);
  XmlDoc doc(
      xmlCtxtReadMemory(ctxt.get(), xml.data(), static_cast<int>(xml.size()), name.c_str(), nullptr, options),
      &xmlFreeDoc);
  if (!doc) {
    std::string why = ctxt->lastError.message ? ctxt->lastError.message : "unknown error";
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    throw TextError("malformed XML in " + name + ": " + why);
  }
  if (doc->intSubset) throw TextError("XML entity declarations (a DTD) in " + name + " are not allowed");
  return doc;
}

bool is(const xmlNode* n, const char* ns, const char* name) {
  return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href && xmlStrEqual(n->ns->href, BAD_CAST ns) &&
         xmlStrEqual(n->name, BAD_CAST name);
}

// The text directly inside an element (entity references are never followed).
void append_text_children(const xmlNode* n, std::string& out) {
  for (const xmlNode* c = n->children; c; c = c->next)
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
      out += reinterpret_cast<const char*>(c->content);
}

// The first element in document order that matches.
const xmlNode* find(const xmlNode* n, bool (*match)(const xmlNode*)) {
  for (; n; n = n->next) {
    if (match(n)) return n;
    if (n->type == XML_ELEMENT_NODE)
      if (const xmlNode* found = find(n->children, match)) return found;
  }
  return nullptr;
}

// dc:title of docProps/core.xml or meta.xml. The title is only a hint: a part that cannot be read gives none.
std::string read_title(zip_t* zip, const std::string& part, const ZipLimits& limits) {
  try {
    std::optional<std::string> xml = read_entry(zip, part, limits);
    if (!xml) return "";
    XmlDoc doc = parse_xml(*xml, part, false);
    const xmlNode* title = find(xmlDocGetRootElement(doc.get()), [](const xmlNode* n) {
      return is(n, "http://purl.org/dc/elements/1.1/", "title");
    });
    std::string text;
    if (title) append_text_children(title, text);
    std::replace(text.begin(), text.end(), '\n', ' ');
    text = clean_utf8(text);
    size_t b = text.find_first_not_of(" \t"), e = text.find_last_not_of(" \t");
    return b == std::string::npos ? "" : text.substr(b, e - b + 1);
  } catch (const TextError&) {
    return "";
  }
}

// ---- paragraphs and tables, for both dialects ----

struct Dialect {
  bool (*paragraph)(const xmlNode*);
  bool (*table)(const xmlNode*);
  bool (*row)(const xmlNode*);
  bool (*cell)(const xmlNode*);
  bool (*skip)(const xmlNode*);  // deleted text, alternative renderings, comments
  // Adds what one node inside a paragraph contributes; true to go on into its children.
  bool (*inline_node)(const xmlNode*, std::string&);
};

void paragraph_text(const xmlNode* p, const Dialect& d, std::string& out) {
  for (const xmlNode* c = p->children; c; c = c->next)
    if (!d.skip(c) && d.inline_node(c, out)) paragraph_text(c, d, out);
}

void blocks(const xmlNode* parent, const Dialect& d, std::vector<std::string>& lines);

void table_rows(const xmlNode* parent, const Dialect& d, std::vector<std::string>& lines) {
  for (const xmlNode* c = parent->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || d.skip(c) || d.table(c)) continue;
    if (!d.row(c)) {
      table_rows(c, d, lines);  // header-row groups, content controls around rows
      continue;
    }
    std::string row;
    bool any = false;
    int cells = 0;
    for (const xmlNode* cell = c->children; cell; cell = cell->next) {
      if (!d.cell(cell)) continue;
      std::vector<std::string> cell_lines;
      blocks(cell, d, cell_lines);
      std::string text;
      for (const std::string& l : cell_lines)
        if (!l.empty()) text += (text.empty() ? "" : " ") + l;
      any = any || !text.empty();
      row += (cells++ == 0 ? "" : " | ") + text;
    }
    if (any) lines.push_back(row);
  }
}

void blocks(const xmlNode* parent, const Dialect& d, std::vector<std::string>& lines) {
  for (const xmlNode* c = parent->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || d.skip(c)) continue;
    if (d.paragraph(c)) {
      std::string line;
      paragraph_text(c, d, line);
      size_t end = line.find_last_not_of(" \t");
      line.erase(end == std::string::npos ? 0 : end + 1);
      size_t begin = line.find_first_not_of(' ');
      lines.push_back(begin == std::string::npos ? "" : line.substr(begin));
    } else if (d.table(c)) {
      table_rows(c, d, lines);
    } else {
      blocks(c, d, lines);  // sections, lists, content controls, text boxes
    }
  }
}

// Lines joined; runs of empty paragraphs (spacing in the layout) become one empty line.
std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  bool blank = true;
  for (const std::string& l : lines) {
    if (l.empty() && blank) continue;
    out += l + "\n";
    blank = l.empty();
  }
  while (out.size() >= 2 && out.substr(out.size() - 2) == "\n\n") out.pop_back();
  return clean_utf8(out);
}

// ---- DOCX ----

bool is_w(const xmlNode* n, const char* name) {
  return is(n, "http://schemas.openxmlformats.org/wordprocessingml/2006/main", name) ||
         is(n, "http://purl.oclc.org/ooxml/wordprocessingml/main", name);  // Strict Open XML
}

bool docx_inline(const xmlNode* n, std::string& out) {
  if (n->type != XML_ELEMENT_NODE) return false;  // text outside w:t is only markup whitespace
  if (is_w(n, "t")) {
    append_text_children(n, out);
    return false;
  }
  if (is_w(n, "tab") || is_w(n, "ptab")) out += '\t';
  if (is_w(n, "br") || is_w(n, "cr")) out += '\n';
  if (is_w(n, "noBreakHyphen")) out += '-';
  if (is_w(n, "p")) out += ' ';               // a text box's paragraph, inline
  return !is_w(n, "pPr") && !is_w(n, "rPr");  // properties hold tab stops, not text
}

// mc:Fallback repeats mc:Choice (a text box) for older readers; moved text is read where it was moved to.
bool docx_skip(const xmlNode* n) {
  return is(n, "http://schemas.openxmlformats.org/markup-compatibility/2006", "Fallback") ||
         is_w(n, "moveFrom") || is_w(n, "sectPr");
}

const Dialect kDocx = {
    [](const xmlNode* n) { return is_w(n, "p"); },
    [](const xmlNode* n) { return is_w(n, "tbl"); },
    [](const xmlNode* n) { return is_w(n, "tr"); },
    [](const xmlNode* n) { return is_w(n, "tc"); },
    docx_skip,
    docx_inline,
};

// ---- ODT ----

constexpr const char* kTextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr const char* kTableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr const char* kOfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

// ODF collapses white space in paragraphs as HTML does; text:s, text:tab and text:line-break are kept.
bool odt_inline(const xmlNode* n, std::string& out) {
  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
    for (const char* s = reinterpret_cast<const char*>(n->content); s && *s; ++s) {
      bool space = *s == ' ' || *s == '\t' || *s == '\n' || *s == '\r';
      if (!space)
        out += *s;
      else if (!out.empty() && out.back() != ' ' && out.back() != '\n' && out.back() != '\t')
        out += ' ';
    }
    return false;
  }
  if (n->type != XML_ELEMENT_NODE) return false;
  if (is(n, kTextNs, "tab")) out += '\t';
  if (is(n, kTextNs, "line-break")) out += '\n';
  if (is(n, kTextNs, "s")) {
    xmlChar* c = xmlGetNsProp(n, BAD_CAST "c", BAD_CAST kTextNs);
    int count = c ? std::clamp(atoi(reinterpret_cast<const char*>(c)), 1, 100) : 1;
    xmlFree(c);
    out.append(static_cast<size_t>(count), ' ');
  }
  if (is(n, kTextNs, "p") || is(n, kTextNs, "h")) out += ' ';  // a note's or a frame's paragraph, inline
  return !is(n, kTextNs, "note-citation");
}

const Dialect kOdt = {
    [](const xmlNode* n) { return is(n, kTextNs, "p") || is(n, kTextNs, "h"); },
    [](const xmlNode* n) { return is(n, kTableNs, "table"); },
    [](const xmlNode* n) { return is(n, kTableNs, "table-row"); },
    [](const xmlNode* n) { return is(n, kTableNs, "table-cell"); },
    [](const xmlNode* n) {  // deleted text kept for change tracking; comments
      return is(n, kTextNs, "tracked-changes") || is(n, kOfficeNs, "annotation");
    },
    odt_inline,
};

// ---- the two readers ----

struct Package {
  const char* kind;              // "a DOCX", "an ODT"
  const char* format;            // ReadText::format
  const char* content;           // the part with the text
  const char* meta;              // the part with dc:title
  bool (*body)(const xmlNode*);  // the element under which the text lies
  const char* body_name;
  bool keep_blanks;  // ODT: a lone space between two spans is text (DOCX keeps its spaces inside w:t)
  const Dialect* dialect;
};

ReadText read_package(std::string_view bytes, const ZipLimits& limits, const Package& pkg) {
  Zip zip = open_zip(bytes, limits);
  std::optional<std::string> xml = read_entry(zip.get(), pkg.content, limits);
  if (!xml) throw TextError(std::string("not ") + pkg.kind + ": no " + pkg.content);
  XmlDoc doc = parse_xml(*xml, pkg.content, pkg.keep_blanks);
  xml.reset();
  const xmlNode* body = find(xmlDocGetRootElement(doc.get()), pkg.body);
  if (!body)
    throw TextError(std::string("not ") + pkg.kind + " text document: no " + pkg.body_name + " in " +
                    pkg.content);
  std::vector<std::string> lines;
  blocks(body, *pkg.dialect, lines);
  ReadText r;
  r.format = pkg.format;
  r.text = join_lines(lines);
  r.hints.title = read_title(zip.get(), pkg.meta, limits);
  return r;
}

}  // namespace

ReadText read_docx(std::string_view bytes, const ZipLimits& limits) {
  static const Package kPackage = {.kind = "a DOCX",
                                   .format = "docx",
                                   .content = "word/document.xml",
                                   .meta = "docProps/core.xml",
                                   .body = [](const xmlNode* n) { return is_w(n, "body"); },
                                   .body_name = "w:body",
                                   .keep_blanks = false,
                                   .dialect = &kDocx};
  return read_package(bytes, limits, kPackage);
}

ReadText read_odt(std::string_view bytes, const ZipLimits& limits) {
  static const Package kPackage = {.kind = "an ODT",
                                   .format = "odt",
                                   .content = "content.xml",
                                   .meta = "meta.xml",
                                   .body = [](const xmlNode* n) { return is(n, kOfficeNs, "text"); },
                                   .body_name = "office:text",
                                   .keep_blanks = true,
                                   .dialect = &kOdt};
  return read_package(bytes, limits, kPackage);
}

}  // namespace foi::formats
