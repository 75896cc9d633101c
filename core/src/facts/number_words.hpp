// English number words: cardinals, ordinals, fractions and scales.
#pragma once

#include <optional>
#include <string_view>

namespace presslens::facts {

std::optional<int> unit_or_ten(std::string_view word);   // "seven" 7, "forty" 40
std::optional<double> scale(std::string_view word);      // "thousand" 1e3, "million" 1e6
std::optional<double> fraction(std::string_view word);   // "half" .5, "quarter" .25, "third"
std::optional<int> ordinal_word(std::string_view word);  // "fifth" 5, "twenty-first" 21

}  // namespace presslens::facts
