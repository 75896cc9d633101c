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
  char buffer[4];
  std::int32_t length = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<std::uint8_t*>(buffer), length, 4, static_cast<UChar32>(code_point),
            error);
  if (!error) out.append(buffer, static_cast<std::size_t>(length));
}

Utf16OffsetMap::Utf16OffsetMap(std::string_view utf8) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto length = static_cast<std::int32_t>(utf8.size());
  std::int32_t i = 0;
  std::uint32_t utf16 = 0;
  while (i < length) {
    if (s[i] < 0x80) {
      ++i;
      ++utf16;
      continue;
    }
    const std::int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    byte_at_.push_back(static_cast<std::uint32_t>(start));
    utf16_at_.push_back(utf16);
    width_.push_back(static_cast<std::uint32_t>(i - start));
    utf16 += (c > 0xFFFF) ? 2 : 1;
  }
}

std::size_t Utf16OffsetMap::to_utf16(std::size_t byte_offset) const {
  // The last non-ASCII code point that starts before `byte_offset`.
  auto it = std::upper_bound(byte_at_.begin(), byte_at_.end(), byte_offset);
  if (it == byte_at_.begin()) return byte_offset;
  const auto k = static_cast<std::size_t>(it - byte_at_.begin()) - 1;
  if (byte_offset == byte_at_[k]) return utf16_at_[k];
  // Past that code point (offsets inside one are not boundaries): its units
  // (two for a surrogate pair, i.e. four UTF-8 bytes), then ASCII one for one.
  const std::size_t units = width_[k] == 4 ? 2 : 1;
  return utf16_at_[k] + units + (byte_offset - (byte_at_[k] + width_[k]));
}

std::optional<std::size_t> Utf16OffsetMap::to_byte(std::size_t utf16_offset,
                                                   std::size_t length) const {
  // The last non-ASCII code point that starts before `utf16_offset`.
  auto it = std::upper_bound(utf16_at_.begin(), utf16_at_.end(), utf16_offset);
  std::size_t byte = utf16_offset;
  if (it != utf16_at_.begin()) {
    const auto k = static_cast<std::size_t>(it - utf16_at_.begin()) - 1;
    const std::size_t units = width_[k] == 4 ? 2 : 1;
    if (utf16_offset < utf16_at_[k] + units && utf16_offset != utf16_at_[k]) return std::nullopt;
    byte = utf16_offset == utf16_at_[k]
               ? byte_at_[k]
               : byte_at_[k] + width_[k] + (utf16_offset - utf16_at_[k] - units);
  }
  if (byte > length) return std::nullopt;
  return byte;
}

}  // namespace presslens::text
