// A light scanner for numbers and dates: words, digit runs and currency or
// percent signs, with byte offsets and whether a token directly follows the
// previous one (one plain space between them, no punctuation).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace presslens::facts {

enum class TokenKind { word, digits, symbol };

struct Token {
  TokenKind kind;
  std::size_t start = 0;  // byte offsets into the text
  std::size_t end = 0;
  std::string lower;  // the token in ASCII lower case ("four-year-old", "250,000", "$")
  bool capitalized = false;
  bool joined = false;  // follows the previous token after exactly one space
  bool sentence_start = false;
};

std::vector<Token> scan(std::string_view text);

// The word tokens of `phrase` (space-separated, lower case) match tokens
// [i, i + n) and those are joined; returns n, or 0.
std::size_t match_phrase(const std::vector<Token>& tokens, std::size_t i, std::string_view phrase);

}  // namespace presslens::facts
