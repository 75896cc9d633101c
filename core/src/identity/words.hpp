// Transitional (issue 12): attribution/ still reads words under these names
// until it moves to text/ itself; identity/ uses text/ directly.
#pragma once

#include <string>
#include <string_view>

#include "text/case.hpp"
#include "text/words.hpp"

namespace presslens::identity {

using text::listed;
using text::Word;
using text::word_after;
using text::word_before;
using text::words_in;

inline std::string lowercase(std::string_view word) {
  return text::ascii_lower(word);
}

}  // namespace presslens::identity
