// Spelling-insensitive forms of words and names: ICU's `Any-Latin;
// Latin-ASCII` transliteration (Zürich -> Zurich, Москва -> Moskva,
// al-Mu‘allim -> al-Mu'allim), for the search index and for matching names.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace presslens::text {

// The text in Latin letters, then in ASCII where Latin-ASCII knows how;
// ASCII text comes back unchanged (without a call to ICU).
std::string latin_ascii(std::string_view text);

// latin_ascii with A..Z lowered. Text whose letters beyond ASCII are all in
// fold_table() (Latin letters, dashes and quotes) is folded by the table,
// without building ICU's transliterator (about 150 million instructions, once
// per process or worker); other text goes to ICU.
std::string lower_latin_ascii(std::string_view text);

// "Walid al-Moualem’s" -> "walid al-moualem's": lower_latin_ascii, then
// anything still not ASCII dropped.
std::string ascii_fold(std::string_view text);

// What `Any-Latin; Latin-ASCII` makes of a code point whatever its
// neighbours, A..Z lowered (tools/icu/fold_table.cpp writes the table).
struct FoldEntry {
  char32_t code_point;
  std::string_view folded;
};
std::span<const FoldEntry> fold_table();
// The table's fold of `text`; nullopt when a code point is not in the table
// (or the UTF-8 is not valid).
std::optional<std::string> lower_latin_ascii_by_table(std::string_view text);

}  // namespace presslens::text
