// Fuzzes the email reader (GMime) in-process: a message, and the same bytes as a mailbox. Attachments go through
// read_document in the same process (PDF, Office, HTML, nested messages).
#include <cstddef>
#include <cstdint>

#include "foi/formats/mail.h"
#include "foi/formats/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    foi::formats::read_mail(bytes, {}, foi::formats::read_document);
  } catch (const foi::TextError&) {
  }
  try {
    foi::formats::read_mbox(bytes, {}, foi::formats::read_document);
  } catch (const foi::TextError&) {
  }
  return 0;
}
