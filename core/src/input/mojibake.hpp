// Text encoded in UTF-8 twice: the bytes of "Peña" read as Windows-1252
// ("PeÃ±a") and written out again as UTF-8, as scrapers and databases do.
#pragma once

#include <cstddef>
#include <string>

namespace presslens::input {

// Replaces each run of characters that are the Windows-1252 (or Latin-1)
// reading of one UTF-8 sequence by the character it encodes ("Ã±" -> "ñ",
// "â€™" -> "’"); returns how many were replaced. Only a whole sequence is
// replaced: a lead byte of 0xC2-0xF4 and its continuation bytes of
// 0x80-0xBF, decoding to a character past U+007F that is not overlong, so
// "SÃO PAULO" and "à la carte" stay as written.
std::size_t repair_double_encoding(std::string& text);

}  // namespace presslens::input
