// A light scanner for numbers and dates: words of ASCII letters (with
// hyphenated parts: "four-year-old", "F-16"), digit runs (with their
// separators and suffixes: "250,000", "21st", "38-year-old") and currency or
// percent signs (marks), as text::Word.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "text/words.hpp"

namespace presslens::facts {

using text::Word;

std::vector<Word> scan(std::string_view text);

// The word tokens of `phrase` (space-separated, lower case) match tokens
// [i, i + n) and those are joined; returns n, or 0.
std::size_t match_phrase(const std::vector<Word>& tokens, std::size_t i, std::string_view phrase);

}  // namespace presslens::facts
