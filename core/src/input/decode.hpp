// Bytes to UTF-8: BOMs, declared encodings, UTF-8 and UTF-16 detection, ICU
// charset detection for legacy encodings, and a clear error for anything
// that is not text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "presslens/error.hpp"

namespace presslens::input {

struct Decoded {
  std::string text;      // UTF-8, not yet normalised
  std::string encoding;  // e.g. "UTF-8", "UTF-16LE", "windows-1252"
  std::vector<std::string> warnings;
};

// What is known about the bytes' encoding before looking at them: the label a
// web page declares in its markup or a web archive in its part's headers.
struct DecodeHints {
  std::string declared;  // e.g. "ISO-8859-1", "utf-8"; empty when none
};

// BOM first, then the declared encoding (unless the bytes are plainly UTF-8
// with non-ASCII text: saved pages often keep a stale declaration), then
// detection.
Result<Decoded> decode(std::string_view bytes, const DecodeHints& hints = {});

// The legacy encoding ICU's detector sees in `bytes`, among those Presslens
// reads ("windows-1251"); empty when none stands out (callers fall back to
// windows-1252); an error when the text is in an encoding Presslens does
// not read.
Result<std::string> legacy_encoding(std::string_view bytes);

// `bytes` in the charset an e-mail or RTF file names ("iso-8859-1",
// "windows-1251", "utf-8", "cp1252"), as UTF-8. Charsets outside the ones
// Presslens reads (the same natively and in wasm) are read as windows-1252,
// with a warning.
Decoded decode_charset(std::string_view bytes, std::string_view charset);

// The kind of binary file `bytes` starts like ("a PNG image"), or empty.
std::string_view sniff_binary_format(std::string_view bytes);

}  // namespace presslens::input
