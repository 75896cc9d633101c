// Words of a UTF-8 text, with byte offsets, as CoNLL-2003 tokenises news:
// "Assad 's", "U.S.", "al-Assad", "Mr.", quotes and dashes on their own.
// Sentences are the document's (text/sentences.hpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "presslens/document.hpp"
#include "presslens/error.hpp"

namespace presslens::nlp {

using Token = Span;  // byte offsets into the text

// Uses ICU's word BreakIterator (locale en).
Result<std::vector<Token>> tokenize(std::string_view text);

// The form a token has in CoNLL data: curly quotes and apostrophes become
// straight ones, dashes become "-" or "--".
std::string conll_form(std::string_view token);

}  // namespace presslens::nlp
