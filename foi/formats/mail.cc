// Email with GMime: headers as hints and a short header block, text and HTML parts as the body, attachments
// read by the dispatcher it is given (read_document) and appended after a marker line each.
#include "foi/formats/mail.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wshadow"
#include <gmime/gmime.h>
#pragma GCC diagnostic pop

#include "foi/formats/html.h"
#include "foi/base/text.h"

namespace foi::formats {
namespace {

struct GObjectUnref {
  void operator()(gpointer p) const {
    if (p) g_object_unref(p);
  }
};
template <class T>
using GPtr = std::unique_ptr<T, GObjectUnref>;

struct GFree {
  void operator()(gpointer p) const { g_free(p); }
};
using GChars = std::unique_ptr<char, GFree>;

void init_gmime() {
  static const bool done = (g_mime_init(), true);
  (void)done;
}

std::string str(const char* s) { return s ? s : ""; }

std::string stream_bytes(GMimeStream* mem) {
  GByteArray* a = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem));
  return a ? std::string(reinterpret_cast<const char*>(a->data), a->len) : std::string();
}

// ---- parts ----

std::string part_bytes(GMimePart* part) {
  GMimeDataWrapper* content = g_mime_part_get_content(part);
  if (!content) return "";
  GPtr<GMimeStream> mem(g_mime_stream_mem_new());
  g_mime_data_wrapper_write_to_stream(content, mem.get());  // undoes base64 / quoted-printable
  return stream_bytes(mem.get());
}

// A text part's content as clean UTF-8: converted from its declared charset by GMime (which knows the mail
// aliases: latin1, ks_c_5601-1987...); when none is declared, or only US-ASCII (often a lie about 8-bit
// text), by detection.
std::string part_text(GMimePart* part, std::string& charset) {
  std::string bytes = part_bytes(part);
  std::string declared = str(g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset"));
  if (!declared.empty() && g_ascii_strcasecmp(declared.c_str(), "us-ascii") != 0) {
    if (GMimeFilter* filter = g_mime_filter_charset_new(declared.c_str(), "UTF-8")) {
      GPtr<GMimeStream> mem(g_mime_stream_mem_new());
      GPtr<GMimeStream> filtered(g_mime_stream_filter_new(mem.get()));
      g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered.get()), filter);
      g_object_unref(filter);
      g_mime_stream_write(filtered.get(), bytes.data(), bytes.size());
      g_mime_stream_flush(filtered.get());
      // Upper case, as ICU names charsets.
      charset = str(GChars(g_ascii_strup(g_mime_charset_canon_name(declared.c_str()), -1)).get());
      return clean_utf8(stream_bytes(mem.get()));
    }
  }
  DecodedText d = decode_text(bytes);
  charset = d.charset;
  return d.text;
}

// The extension read_document needs for an attachment whose name has none.
const char* extension_for(GMimeObject* obj) {
  GMimeContentType* ct = g_mime_object_get_content_type(obj);
  struct Type {
    const char *type, *subtype, *ext;
  };
  static const Type kTypes[] = {
      {"text", "plain", ".txt"},
      {"text", "html", ".html"},
      {"text", "markdown", ".md"},
      {"application", "pdf", ".pdf"},
      {"message", "rfc822", ".eml"},
      {"application", "mbox", ".mbox"},
      {"application", "vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"},
      {"application", "vnd.oasis.opendocument.text", ".odt"},
  };
  for (const Type& t : kTypes)
    if (ct && g_mime_content_type_is_type(ct, t.type, t.subtype)) return t.ext;
  return nullptr;
}

bool has_extension(const std::string& name) {
  size_t dot = name.find_last_of('.');
  return dot != std::string::npos && dot > 0 && name.find('/', dot) == std::string::npos;
}

struct Parts {
  std::vector<GMimePart*> bodies;         // text/plain and text/html parts, in order
  std::vector<GMimeObject*> attachments;  // leaves with a name or attachment disposition, and messages
};

// multipart/alternative holds one content several ways: the plain text when there is one, else the last
// (richest) alternative.
GMimeObject* best_alternative(GMimeMultipart* mp) {
  int n = g_mime_multipart_get_count(mp);
  for (int i = 0; i < n; ++i) {
    GMimeObject* child = g_mime_multipart_get_part(mp, i);
    GMimeContentType* ct = g_mime_object_get_content_type(child);
    if (GMIME_IS_PART(child) && ct && g_mime_content_type_is_type(ct, "text", "plain")) return child;
  }
  return n > 0 ? g_mime_multipart_get_part(mp, n - 1) : nullptr;
}

// GMime's parser stops nesting at 1024 levels, so this recursion is bounded.
void collect(GMimeObject* obj, Parts& parts) {
  if (!obj) return;
  if (GMIME_IS_MESSAGE_PART(obj)) {
    parts.attachments.push_back(obj);
  } else if (GMIME_IS_MULTIPART(obj)) {
    GMimeMultipart* mp = GMIME_MULTIPART(obj);
    GMimeContentType* ct = g_mime_object_get_content_type(obj);
    if (ct && g_mime_content_type_is_type(ct, "multipart", "alternative"))
      return collect(best_alternative(mp), parts);
    for (int i = 0; i < g_mime_multipart_get_count(mp); ++i) collect(g_mime_multipart_get_part(mp, i), parts);
  } else if (GMIME_IS_PART(obj)) {
    GMimePart* part = GMIME_PART(obj);
    GMimeContentType* ct = g_mime_object_get_content_type(obj);
    if (g_mime_part_get_filename(part) || g_mime_part_is_attachment(part)) {
      parts.attachments.push_back(obj);
    } else if (ct && g_mime_content_type_is_type(ct, "text", "*")) {
      parts.bodies.push_back(part);
    } else if (extension_for(obj)) {     // an unnamed PDF or Word file is still the letter; images and
      parts.attachments.push_back(obj);  // signatures carry no text
    }
  }
}

std::string attachment_name(GMimeObject* obj, size_t index) {
  std::string name;
  if (GMIME_IS_PART(obj)) name = str(g_mime_part_get_filename(GMIME_PART(obj)));
  if (name.empty()) name = str(g_mime_object_get_content_disposition_parameter(obj, "filename"));
  if (name.empty() && GMIME_IS_MESSAGE_PART(obj)) {
    GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
    name = inner ? str(g_mime_message_get_subject(inner)) : "";
  }
  if (name.empty()) name = "attachment " + std::to_string(index + 1);
  name = clean_utf8(name);
  for (char& c : name)
    if (c == '\n' || c == '\t') c = ' ';
  return name;
}

std::string attachment_bytes(GMimeObject* obj) {
  if (!GMIME_IS_MESSAGE_PART(obj)) return part_bytes(GMIME_PART(obj));
  GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
  if (!inner) return "";
  GPtr<GMimeStream> mem(g_mime_stream_mem_new());
  g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, mem.get());
  return stream_bytes(mem.get());
}

// ---- the message ----

std::string address_list(InternetAddressList* list) {
  if (!list || internet_address_list_length(list) == 0) return "";
  return str(GChars(internet_address_list_to_string(list, nullptr, FALSE)).get());
}

void read_headers(GMimeMessage* msg, ReadText& r) {
  InternetAddressList* from = g_mime_message_get_from(msg);
  for (int i = 0; from && i < internet_address_list_length(from) && !r.hints.author; ++i) {
    InternetAddress* a = internet_address_list_get_address(from, i);
    std::string name = str(internet_address_get_name(a));
    if (name.empty() && INTERNET_ADDRESS_IS_MAILBOX(a))
      name = str(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a)));
    if (!name.empty()) r.hints.author = clean_utf8(name);
  }
  if (GDateTime* dt = g_mime_message_get_date(msg))  // in the sender's own offset: the day they wrote
    r.hints.date = str(GChars(g_date_time_format(dt, "%Y-%m-%d")).get());
  r.hints.title = clean_utf8(str(g_mime_message_get_subject(msg)));
  const std::pair<const char*, std::string> lines[] = {
      {"From", address_list(from)},
      {"To", address_list(g_mime_message_get_to(msg))},
      {"Date", str(g_mime_object_get_header(GMIME_OBJECT(msg), "Date"))},
      {"Subject", r.hints.title},
  };
  std::string block;
  for (auto [label, value] : lines) {
    std::replace_if(
        value.begin(), value.end(), [](char c) { return c == '\r' || c == '\n'; }, ' ');
    if (!value.empty()) block += std::string(label) + ": " + value + "\n";
  }
  if (!block.empty()) r.text = clean_utf8(block) + "\n";
}

void append_body(GMimePart* part, ReadText& r) {
  std::string charset;
  std::string text;
  try {
    text = part_text(part, charset);
    GMimeContentType* ct = g_mime_object_get_content_type(GMIME_OBJECT(part));
    bool blank = text.find_first_not_of(" \t\n") == std::string::npos;
    if (ct && g_mime_content_type_is_type(ct, "text", "html") && !blank) text = html_to_text(text);
  } catch (const TextError& e) {
    text = std::string("[message text not read: ") + e.what() + "]";
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  if (text.empty()) return;
  if (r.charset.empty()) r.charset = charset;
  r.text += text + "\n\n";
}

// Each attachment is read as a document of its own format one level deeper. A message nested past kMaxDepth
// is not descended into: it is noted in the text as not read, and the messages around it are still read.
void append_attachment(GMimeObject* obj, size_t index, const ReadOptions& options, const ReadAttachment& read,
                       ReadText& r) {
  std::string name = attachment_name(obj, index);
  std::string dispatch = name;
  if (!has_extension(name) || !format_for(name) || GMIME_IS_MESSAGE_PART(obj))  // "scan", "data.csv"
    if (const char* ext = extension_for(obj)) dispatch += ext;                  // read by their type
  ReadOptions inner = options;
  inner.depth = options.depth + 1;
  std::vector<ReadText> docs;
  try {
    if (inner.depth > kMaxDepth)
      throw TextError("nested too deep (more than " + std::to_string(kMaxDepth) + ")");
    docs = read(dispatch, attachment_bytes(obj), inner);
  } catch (const TextError& e) {  // UnsupportedFormat is a TextError
    r.text += "[attachment " + name + ": not read: " + e.what() + "]\n\n";
    return;
  }
  r.text += "--- Attachment: " + name + " ---\n";
  for (const ReadText& doc : docs) {
    size_t offset = r.text.size();
    r.attachments.push_back({offset, name, doc.format});
    for (const Page& p : doc.pages) r.pages.push_back({offset + p.offset, p.number});
    for (const Attachment& a : doc.attachments)
      r.attachments.push_back({offset + a.offset, a.name, a.format});
    r.text += doc.text;
    if (!r.text.empty() && r.text.back() != '\n') r.text += '\n';
    r.text += '\n';
  }
}

ReadText read_message(GMimeMessage* msg, const ReadOptions& options, const ReadAttachment& read) {
  ReadText r;
  r.format = "mail";
  read_headers(msg, r);
  Parts parts;
  collect(g_mime_message_get_mime_part(msg), parts);
  for (GMimePart* body : parts.bodies) append_body(body, r);
  for (size_t i = 0; i < parts.attachments.size(); ++i)
    append_attachment(parts.attachments[i], i, options, read, r);
  while (!r.text.empty() && r.text.back() == '\n') r.text.pop_back();
  if (r.text.empty()) throw TextError("no headers or text in the message");
  r.text += '\n';
  return r;
}

GPtr<GMimeParser> parser_for(GMimeStream* stream, GMimeFormat format) {
  GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream));
  g_mime_parser_set_format(parser.get(), format);
  return parser;
}

}  // namespace

ReadText read_mail(std::string_view bytes, const ReadOptions& options, const ReadAttachment& read_attachment) {
  if (options.depth > kMaxDepth)
    throw TextError("nested too deep (more than " + std::to_string(kMaxDepth) + ")");
  init_gmime();
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
  GPtr<GMimeParser> parser = parser_for(stream.get(), GMIME_FORMAT_MESSAGE);
  GPtr<GMimeMessage> msg(g_mime_parser_construct_message(parser.get(), nullptr));
  if (!msg) throw TextError("not an email message");
  return read_message(msg.get(), options, read_attachment);
}

// A message that cannot be read is left out; the others keep their positions as parts ("#1", "#3"), so a
// message's part name does not change when a neighbour is repaired.
std::vector<ReadText> read_mbox(std::string_view bytes, const ReadOptions& options,
                                const ReadAttachment& read_attachment) {
  if (options.depth > kMaxDepth)
    throw TextError("nested too deep (more than " + std::to_string(kMaxDepth) + ")");
  init_gmime();
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
  GPtr<GMimeParser> parser = parser_for(stream.get(), GMIME_FORMAT_MBOX);
  std::vector<ReadText> out;
  std::string first_error;
  int count = 0;
  while (!g_mime_parser_eos(parser.get())) {
    GPtr<GMimeMessage> msg(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!msg) break;
    ++count;
    try {
      out.push_back(read_message(msg.get(), options, read_attachment));
      out.back().part = std::string("#").append(std::to_string(count));
    } catch (const TextError& e) {
      if (first_error.empty()) first_error = e.what();
    }
  }
  if (count == 0) throw TextError("empty mailbox");
  if (out.empty()) throw TextError("no readable message in the mailbox: " + first_error);
  return out;
}

}  // namespace foi::formats
