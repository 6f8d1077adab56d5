// Charset detection, conversion, control-character removal and NFC, with ICU.
#include "foi/base/text.h"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <memory>

namespace foi {
namespace {

constexpr size_t kSniffBytes = 64 * 1024;

bool is_control_byte(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
}

// Many NUL and control bytes in the first kSniffBytes: more than 2% of them, and at least 8 (a short text with a
// stray NUL is text with a NUL to drop, not a binary file).
bool looks_binary(std::string_view bytes) {
  size_t n = std::min(bytes.size(), kSniffBytes), bad = 0;
  for (size_t i = 0; i < n; ++i) bad += is_control_byte(static_cast<unsigned char>(bytes[i]));
  return bad >= 8 && static_cast<double>(bad) > 0.02 * static_cast<double>(n);
}

// Decodes as UTF-8, replacing invalid sequences; returns how many were replaced.
int32_t from_utf8(std::string_view bytes, icu::UnicodeString& out) {
  out = icu::UnicodeString::fromUTF8(icu::StringPiece(bytes.data(), static_cast<int32_t>(bytes.size())));
  // fromUTF8 replaces silently; count replacements by re-validating.
  int32_t subs = 0;
  UErrorCode status = U_ZERO_ERROR;
  int32_t len = 0;
  u_strFromUTF8WithSub(nullptr, 0, &len, bytes.data(), static_cast<int32_t>(bytes.size()), 0xFFFD, &subs, &status);
  return subs;
}

size_t count_high_bytes(std::string_view bytes) {
  size_t n = 0;
  for (unsigned char c : bytes) n += c >= 0x80;
  return n;
}

// UTF-8, possibly with a few broken sequences (replaced): a stray byte in a long UTF-8 letter must not turn the
// whole letter into mojibake by sending it to charset detection. Legacy 8-bit text has no valid multi-byte
// sequences, so nearly every high byte in it is invalid.
bool mostly_utf8(std::string_view bytes, icu::UnicodeString& out) {
  int32_t invalid = from_utf8(bytes, out);
  return invalid == 0 || static_cast<size_t>(invalid) * 4 < count_high_bytes(bytes);
}

struct Detection {
  std::string charset;
  int32_t confidence = 0;
};

Detection detect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status), &ucsdet_close);
  if (U_FAILURE(status)) return {};
  int32_t n = static_cast<int32_t>(std::min(bytes.size(), kSniffBytes));
  ucsdet_setText(det.get(), bytes.data(), n, &status);
  const UCharsetMatch* m = ucsdet_detect(det.get(), &status);
  if (U_FAILURE(status) || m == nullptr) return {};
  Detection d;
  d.charset = ucsdet_getName(m, &status);
  d.confidence = ucsdet_getConfidence(m, &status);
  return U_FAILURE(status) ? Detection{} : d;
}

icu::UnicodeString convert(std::string_view bytes, const std::string& charset) {
  icu::UnicodeString out(bytes.data(), static_cast<int32_t>(bytes.size()), charset.c_str());
  if (out.isBogus()) throw TextError("cannot convert from " + charset);
  return out;
}

std::string_view strip_utf8_bom(std::string_view b) {
  return b.substr(0, 3) == "\xEF\xBB\xBF" ? b.substr(3) : b;
}

std::string utf16_bom_charset(std::string_view b) {
  if (b.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) return "UTF-32LE";
  if (b.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) return "UTF-32BE";
  if (b.substr(0, 2) == "\xFF\xFE") return "UTF-16LE";
  if (b.substr(0, 2) == "\xFE\xFF") return "UTF-16BE";
  return "";
}

bool is_wide_charset(const std::string& cs) { return cs.rfind("UTF-16", 0) == 0 || cs.rfind("UTF-32", 0) == 0; }

bool keep(UChar32 c) {
  if (c == '\t' || c == '\n') return true;
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return false;  // C0, DEL, C1
  if (c == 0x200B || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF) return false;  // zero-width, BOM, non-characters
  return true;
}

icu::UnicodeString clean(const icu::UnicodeString& in) {
  icu::UnicodeString out;
  const char16_t* src = in.getBuffer();
  int32_t n = src == nullptr ? 0 : in.length();
  char16_t* dst = out.getBuffer(n);  // written in place: cleaning never lengthens the text
  if (dst == nullptr) throw TextError("cannot clean text");
  int32_t length = 0;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U16_NEXT(src, i, n, c);
    if (c == '\r') {
      if (i < n && src[i] == '\n') continue;  // CR LF -> LF
      c = '\n';
    } else if (c == '\f' || c == 0x2028 || c == 0x2029) {
      c = '\n';
    } else if (c == 0xA0 || c == 0x2007 || c == 0x202F) {
      c = ' ';
    }
    if (keep(c)) U16_APPEND_UNSAFE(dst, length, c);
  }
  out.releaseBuffer(length);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw TextError("Unicode normaliser unavailable");
  icu::UnicodeString normal = nfc->normalize(out, status);
  if (U_FAILURE(status)) throw TextError("cannot normalise text");
  return normal;
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

int32_t count_replacements(const icu::UnicodeString& s) {
  int32_t n = 0;
  for (int32_t i = 0; i < s.length(); ++i) n += s.charAt(i) == 0xFFFD;
  return n;
}

}  // namespace

DecodedText decode_text(std::string_view bytes) {
  DecodedText result;
  icu::UnicodeString u;
  std::string wide = utf16_bom_charset(bytes);
  if (!wide.empty()) {
    result.charset = wide;
    u = convert(bytes, wide);
    if (u.length() > 0 && u.charAt(0) == 0xFEFF) u.remove(0, 1);
  } else {
    std::string_view body = strip_utf8_bom(bytes);
    bool controls = looks_binary(body);
    if (!controls && mostly_utf8(body, u)) {
      result.charset = "UTF-8";
    } else {
      Detection d = detect(body);
      if (controls && !(is_wide_charset(d.charset) && d.confidence >= 50))
        throw TextError("binary file (control bytes in the text)");
      if (d.charset.empty() || d.confidence < 10) d.charset = "windows-1252";
      result.charset = d.charset;
      u = convert(body, d.charset);
    }
  }
  if (u.length() > 64 && count_replacements(u) * 10 > u.length())
    throw TextError("undecodable text (read as " + result.charset + ")");
  result.text = to_utf8(clean(u));
  return result;
}

std::string clean_utf8(std::string_view utf8) {
  icu::UnicodeString u;
  from_utf8(utf8, u);
  return to_utf8(clean(u));
}

// Case folding maps each code point on its own, and an ASCII byte is never part of a multi-byte sequence nor
// of an invalid one that decoding replaces: ASCII is lowered here, and only the runs of other bytes go
// through ICU.
std::string fold_case(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    char c = utf8[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      ++i;
      continue;
    }
    size_t end = i;
    while (end < utf8.size() && static_cast<unsigned char>(utf8[end]) >= 0x80) ++end;
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data() + i, static_cast<int32_t>(end - i)));
    u.foldCase();
    u.toUTF8String(out);  // appends
    i = end;
  }
  return out;
}

}  // namespace foi
