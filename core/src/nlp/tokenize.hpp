// Words of a UTF-8 text, with byte offsets, as CoNLL-2003 tokenises news:
// "Assad 's", "U.S.", "al-Assad", "Mr.", quotes and dashes on their own.
// Sentences are the document's (text/sentences.hpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "presslens/document.hpp"
#include "presslens/error.hpp"

namespace presslens::nlp {

using Token = Span;  // byte offsets into the text

// Uses ICU's word boundaries (locale en): found without ICU's iterator
// where the text allows (fast_word_segments), by the iterator elsewhere.
Result<std::vector<Token>> tokenize(std::string_view text);

// The text's word segments by Unicode's word boundaries, spaces left out,
// before tokenize joins and splits them: by ICU's word BreakIterator, and
// by the same rules written out for a text of letters, digits, the marks
// that join them, spaces and other punctuation (nullopt for a text with a
// character of another kind: combining marks, emoji, scripts that ICU
// splits with a dictionary). The two agree wherever the second answers.
Result<std::vector<Token>> icu_word_segments(std::string_view text);
std::optional<std::vector<Token>> fast_word_segments(std::string_view text);

// The form a token has in CoNLL data: curly quotes and apostrophes become
// straight ones, dashes become "-" or "--".
std::string conll_form(std::string_view token);

}  // namespace presslens::nlp
