#include "text/utf8.hpp"

#include <unicode/utf8.h>

#include <algorithm>

namespace presslens::text {

Utf8Scan scan_utf8(std::string_view bytes) {
  Utf8Scan scan;
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  std::int32_t i = 0;
  while (i < length) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    const std::int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      scan.valid = false;
      ++scan.invalid_sequences;
    } else if (i - start > 1) {
      ++scan.multibyte_sequences;
    }
  }
  return scan;
}

std::string repair_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  std::int32_t i = 0;
  while (i < length) {
    const std::int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      append_utf8(out, 0xFFFD);
    } else {
      out.append(bytes.substr(start, i - start));
    }
  }
  return out;
}

void append_utf8(std::string& out, char32_t code_point) {
  if ((code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF) code_point = 0xFFFD;
  char buffer[4];
  std::int32_t length = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<std::uint8_t*>(buffer), length, 4, static_cast<UChar32>(code_point),
            error);
  if (!error) out.append(buffer, static_cast<std::size_t>(length));
}

namespace {

// UTF-16 units of the code points that start in `bytes` (a lead byte of four
// is a surrogate pair; continuation bytes start nothing).
std::size_t units_in(std::string_view bytes) {
  std::size_t units = 0;
  for (const char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

}  // namespace

Utf16OffsetMap::Utf16OffsetMap(std::string_view utf8) : text_(utf8) {
  checkpoints_.reserve(utf8.size() / kStride + 1);
  std::size_t units = 0;
  for (std::size_t at = 0; at <= utf8.size(); at += kStride) {
    checkpoints_.push_back(static_cast<std::uint32_t>(units));
    units += units_in(utf8.substr(at, kStride));
  }
}

std::size_t Utf16OffsetMap::to_utf16(std::size_t byte_offset) const {
  byte_offset = std::min(byte_offset, text_.size());
  const std::size_t k = byte_offset / kStride;
  return checkpoints_[k] + units_in(text_.substr(k * kStride, byte_offset - k * kStride));
}

std::optional<std::size_t> Utf16OffsetMap::to_byte(std::size_t utf16_offset) const {
  // The last checkpoint at or before the offset, then code point by code point.
  const auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), utf16_offset);
  std::size_t byte = static_cast<std::size_t>(it - checkpoints_.begin() - 1) * kStride;
  std::size_t units = *(it - 1);
  // A checkpoint may fall inside a code point: start at the next one.
  while (byte < text_.size() && (static_cast<unsigned char>(text_[byte]) & 0xC0) == 0x80) ++byte;
  while (units < utf16_offset && byte < text_.size()) {
    const auto c = static_cast<unsigned char>(text_[byte]);
    const std::size_t width = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    units += width == 4 ? 2 : 1;
    byte = std::min(byte + width, text_.size());
  }
  if (units != utf16_offset) return std::nullopt;  // past the end, or inside a surrogate pair
  return byte;
}

}  // namespace presslens::text
