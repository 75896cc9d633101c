// Sentences of a document's text: the one sentence splitter of the core.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "presslens/document.hpp"

namespace presslens::text {

// Sentences: they end at . ! ? (with closing quotes) before a capital, a
// digit or a quote, and at line breaks; "Mr." and "U.S." do not end one.
std::vector<Span> split_sentences(std::string_view text);

// The index of the sentence holding `offset` (sentences sorted, non-empty).
std::size_t sentence_at(const std::vector<Span>& sentences, std::size_t offset);

}  // namespace presslens::text
