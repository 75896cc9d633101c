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
// The words of text[from, to), with offsets into `text` (`from` where a word
// may start: the start of a part, text/sentences.hpp part_end).
std::vector<Word> scan(std::string_view text, std::size_t from, std::size_t to);

// Numbers and dates read a long text a part of at most this many bytes at a
// time, cut between paragraphs (text::part_end): what they hold a word stays
// the size of one part. No date or figure spans a paragraph.
constexpr std::size_t kPartBytes = 32 * 1024;

// The word tokens of `phrase` (space-separated, lower case) match tokens
// [i, i + n) and those are joined; returns n, or 0.
std::size_t match_phrase(const std::vector<Word>& tokens, std::size_t i, std::string_view phrase);

}  // namespace presslens::facts
