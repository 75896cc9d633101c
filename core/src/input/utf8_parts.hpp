// UTF-8 that is not all UTF-8: damage (a broken or overlong sequence, a
// truncated character) is replaced with U+FFFD, and a fragment in another
// encoding (a windows-1252 paragraph pasted into UTF-8 text: high bytes that
// start no UTF-8 sequence) is decoded line by line in that encoding. Either
// way the document says so in a warning; nothing is garbled silently.
#pragma once

#include <cstddef>
#include <string_view>

#include "input/decode.hpp"

namespace presslens::input {

struct Utf8Evidence {
  std::size_t multibyte = 0;  // valid sequences of two bytes or more
  std::size_t stray = 0;      // high bytes that start no UTF-8 sequence ("\xE9 ", "\x92")
  std::size_t broken = 0;     // sequences shaped like UTF-8 but invalid (overlong, truncated...)
};

Utf8Evidence utf8_evidence(std::string_view bytes);

// Whether `bytes` (not valid UTF-8) are UTF-8 with damage or fragments,
// rather than text in a legacy encoding throughout.
bool mostly_utf8(const Utf8Evidence& evidence);

// Decodes `bytes` as UTF-8 by parts (see above).
Decoded decode_utf8_by_parts(std::string_view bytes, const Utf8Evidence& evidence);

}  // namespace presslens::input
