// Text -> Record: every extractor run over one document's clean text. Indexing and --explain both call this.
#pragma once

#include <string>
#include <string_view>

#include "foi/extract/citations.h"
#include "foi/index/document.h"
#include "foi/formats/read_text.h"
#include "foi/precedents/passages.h"

namespace foi {

struct ExtractInput {
  std::string_view text;    // clean UTF-8 (formats/reader.h)
  std::string_view id;      // the stable id
  std::string_view source;  // the path as given
  const formats::ReadText* read = nullptr;  // what the format knew (hints, format); null for plain text
};

Record extract_record(const ExtractInput& in);
// The same, with the citations of in.text already found.
Record extract_record(const ExtractInput& in, std::vector<Citation> citations);

// The passages of a record's authority messages (passages.h), cut against its exemptions.
std::vector<Passage> extract_passages(const Record& r, std::string_view text);
std::vector<Passage> extract_passages(const Record& r, std::string_view text, std::vector<Citation> citations);

// The record and its passages, the text's citations found once.
struct Extracted {
  Record record;
  std::vector<Passage> passages;
};
Extracted extract_document(const ExtractInput& in);

// The title: the first short line that is not a WhatDoTheyKnow status line, a letterhead label or a salutation;
// the file name (without extension) when there is none.
std::string extract_title(std::string_view text, std::string_view fallback_path);

// True when the document is under Scotland's FOI law: a Scottish authority's (unless it names the UK Act and never
// FOISA), or FOISA named more than FOIA.
bool is_scottish_document(std::string_view text, const std::optional<std::string>& authority);

}  // namespace foi
