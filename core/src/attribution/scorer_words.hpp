// How ../shared/tools/quote_attribution.py reads a quote's words, for
// matching quotes to annotations when training (train.cpp, tools/train/).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace presslens::attribution {

// The scorer's words: letters, digits, apostrophes and hyphens, lower case.
std::vector<std::string> scorer_words(std::string_view s);

// The longest quoted part of an annotated content ("..." or “...”, 3+ characters).
std::string longest_segment(std::string_view s);

}  // namespace presslens::attribution
