// Words and sentences of a UTF-8 text, with byte offsets, as CoNLL-2003
// tokenises news: "Assad 's", "U.S.", "al-Assad", "Mr.", quotes and dashes
// on their own.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "presslens/error.hpp"

namespace presslens::nlp {

struct Token {
  std::size_t start = 0;  // byte offsets into the text
  std::size_t end = 0;
};

struct Tokenized {
  std::vector<Token> tokens;
  std::vector<std::size_t> sentence_starts;  // index of each sentence's first token
};

// Uses ICU's word and sentence BreakIterators (locale en@ss=standard).
Result<Tokenized> tokenize(std::string_view text);

// The form a token has in CoNLL data: curly quotes and apostrophes become
// straight ones, dashes become "-" or "--".
std::string conll_form(std::string_view token);

}  // namespace presslens::nlp
