// Spelling-insensitive forms of words and names: ICU's `Any-Latin;
// Latin-ASCII` transliteration (Zürich -> Zurich, Москва -> Moskva,
// al-Mu‘allim -> al-Mu'allim), for the search index and for matching names.
#pragma once

#include <string>
#include <string_view>

namespace presslens::text {

// The text in Latin letters, then in ASCII where Latin-ASCII knows how;
// ASCII text comes back unchanged (without a call to ICU).
std::string latin_ascii(std::string_view text);

// "Walid al-Moualem’s" -> "walid al-moualem's": latin_ascii, then anything
// still not ASCII dropped and A..Z lowered.
std::string ascii_fold(std::string_view text);

}  // namespace presslens::text
