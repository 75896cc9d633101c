// A small word scanner over UTF-8 text for reading around mentions: words
// (letters, digits, inner apostrophes, hyphens and periods) and single
// punctuation marks, with byte offsets.
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace presslens::identity {

struct Word {
  std::string_view text;
  std::size_t start = 0;
  std::size_t end = 0;
  bool punct = false;        // a punctuation mark or quote mark
  bool capitalised = false;  // first letter upper case
  bool possessive = false;   // ends in 's / ’s
};

// The word or mark that ends at or before `at` (spaces skipped).
std::optional<Word> word_before(std::string_view text, std::size_t at);
// The word or mark that starts at or after `at` (spaces skipped).
std::optional<Word> word_after(std::string_view text, std::size_t at);
// Every word and mark of text[from, to).
std::vector<Word> words_in(std::string_view text, std::size_t from, std::size_t to);

std::string lowercase(std::string_view word);

// `word` is one of the words of `list` (an array or vector of strings).
bool listed(const auto& list, std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

}  // namespace presslens::identity
