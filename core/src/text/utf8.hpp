// Small UTF-8 helpers on top of ICU's header-only macros.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace presslens::text {

struct Utf8Scan {
  bool valid = true;
  std::size_t invalid_sequences = 0;
  std::size_t multibyte_sequences = 0;  // valid sequences of two or more bytes
};

Utf8Scan scan_utf8(std::string_view bytes);

// Copies `bytes`, replacing each invalid sequence with U+FFFD.
std::string repair_utf8(std::string_view bytes);

void append_utf8(std::string& out, char32_t code_point);

// Maps byte offsets of a UTF-8 string to UTF-16 code-unit offsets.
class Utf16OffsetMap {
 public:
  explicit Utf16OffsetMap(std::string_view utf8);
  // `byte_offset` must be at a code-point boundary (or the end).
  std::size_t to_utf16(std::size_t byte_offset) const;
  // The byte offset of a UTF-16 offset; none past the end of the text or
  // between the two units of a surrogate pair. `length` is the text's size.
  std::optional<std::size_t> to_byte(std::size_t utf16_offset, std::size_t length) const;

 private:
  // Byte offset and UTF-16 offset of every code point that is not ASCII;
  // between them offsets advance one for one.
  std::vector<std::uint32_t> byte_at_;
  std::vector<std::uint32_t> utf16_at_;
  std::vector<std::uint32_t> width_;  // bytes of that code point
};

}  // namespace presslens::text
