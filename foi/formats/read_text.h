// What a format reader produces: clean text plus the structure a format knows (pages, attachments, metadata).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace foi::formats {

struct Page {
  size_t offset = 0;  // byte offset in ReadText::text where the page starts
  int number = 0;     // 1-based page number as the source counts it
};

struct Attachment {
  size_t offset = 0;   // byte offset in ReadText::text where the attachment's text starts
  std::string name;    // its file name as the message gave it
  std::string format;  // "pdf", "text", "docx"...
};

// What the file itself says about the document; extraction uses these only as fallbacks (a letter's own date
// beats a PDF's creation date).
struct Hints {
  std::string title;
  std::optional<std::string> date;       // ISO YYYY-MM-DD
  std::optional<std::string> authority;  // e.g. an email's sender organisation, if the format names one
  std::optional<std::string> author;     // e.g. an email's From display name
  std::optional<std::string> regime;     // "foi" or "eir" when the format says (WhatDoTheyKnow's law_used)
  std::optional<std::string> status;     // the request's status when the format says (WhatDoTheyKnow's display_status)
};

struct ReadText {
  std::string text;     // clean UTF-8 (NFC, no control characters but tab and newline)
  std::string format;   // "text", "markdown", "pdf", "html", "mail", "docx", "odt", "wdtk"
  std::string charset;  // what the bytes were read as, when the format had a charset
  std::vector<Page> pages;
  std::vector<Attachment> attachments;
  Hints hints;
  bool scanned = false;  // a PDF with no text layer
  int ocr_pages = 0;     // pages read by OCR
  std::string part;      // "" when the file is one document; "#3" for the third message of an mbox
};

void to_json(nlohmann::json& j, const ReadText& r);
void from_json(const nlohmann::json& j, ReadText& r);

// The page a text offset falls on (0 when the text has no pages).
int page_at(const ReadText& r, size_t offset);

}  // namespace foi::formats
