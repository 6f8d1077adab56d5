// Cursors as opaque strings: a small JSON array, base64url-encoded, so a client cannot mistake one for a number.
#include "foi/search/cursor.h"

#include <cstring>
#include <nlohmann/json.hpp>

namespace foi {
namespace {

constexpr int kVersion = 1;
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string base64url(const std::string& bytes) {
  std::string out;
  uint32_t bits = 0;
  int count = 0;
  for (unsigned char c : bytes) {
    bits = (bits << 8) | c;
    count += 8;
    while (count >= 6) out += kAlphabet[(bits >> (count -= 6)) & 63];
  }
  if (count > 0) out += kAlphabet[(bits << (6 - count)) & 63];
  return out;
}

std::optional<std::string> unbase64url(const std::string& text) {
  std::string out;
  uint32_t bits = 0;
  int count = 0;
  for (char c : text) {
    const char* at = c ? std::strchr(kAlphabet, c) : nullptr;
    if (!at) return std::nullopt;
    bits = (bits << 6) | static_cast<uint32_t>(at - kAlphabet);
    count += 6;
    if (count >= 8) out += static_cast<char>((bits >> (count -= 8)) & 255);
  }
  if (count >= 6 || (bits & ((1u << count) - 1)) != 0) return std::nullopt;  // not what base64url() writes
  return out;
}

}  // namespace

std::string encode_cursor(const Cursor& c) {
  nlohmann::json j = nlohmann::json::array({kVersion, c.revision, c.search, c.offset, c.last_id});
  return base64url(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::optional<Cursor> decode_cursor(const std::string& text) {
  std::optional<std::string> raw = unbase64url(text);
  if (!raw) return std::nullopt;
  nlohmann::json j = nlohmann::json::parse(*raw, nullptr, false);
  if (!j.is_array() || j.size() != 5 || j[0] != kVersion || !j[1].is_string() || !j[2].is_string() ||
      !j[3].is_number_unsigned() || !j[4].is_string() || j[4].get<std::string>().empty())
    return std::nullopt;
  return Cursor{j[1].get<std::string>(), j[2].get<std::string>(), j[3].get<uint64_t>(), j[4].get<std::string>()};
}

}  // namespace foi
