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

// Appends a code point in UTF-8; a surrogate or a value past U+10FFFF
// becomes U+FFFD.
void append_utf8(std::string& out, char32_t code_point);

// Maps byte offsets of a UTF-8 string to UTF-16 code-unit offsets. Keeps a
// view of the string (which must outlive it) and the UTF-16 offset of every
// kStride-th byte: a sixteenth of the text's size, whatever its script.
class Utf16OffsetMap {
 public:
  explicit Utf16OffsetMap(std::string_view utf8);
  // `byte_offset` must be at a code-point boundary (or the end).
  std::size_t to_utf16(std::size_t byte_offset) const;
  // The byte offset of a UTF-16 offset; none past the end of the text or
  // between the two units of a surrogate pair.
  std::optional<std::size_t> to_byte(std::size_t utf16_offset) const;

 private:
  static constexpr std::size_t kStride = 64;
  std::string_view text_;
  std::vector<std::uint32_t> checkpoints_;  // UTF-16 offset of byte k * kStride
};

}  // namespace presslens::text
