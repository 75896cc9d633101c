// The units attribution reads: paragraphs (lines of the body), sentences and
// quoted segments, with byte offsets into the document text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "presslens/document.hpp"

namespace presslens::attribution {

// A run of text between double quote marks (straight or curly). A quote left
// open at the end of a paragraph runs to that end (the next paragraph
// usually reopens it).
struct Segment {
  std::size_t open = 0;   // the opening mark
  std::size_t close = 0;  // the closing mark, or the paragraph end
  Span inner;             // the words inside, trimmed
  bool closed = true;
  std::size_t paragraph = 0;
};

std::vector<Span> paragraphs(std::string_view text);

// Sentence spans of one paragraph: a sentence ends after . ! or ? (and any
// closing quote marks) before a space and a word that is not lower case.
std::vector<Span> sentences(std::string_view text, Span paragraph);

std::vector<Segment> quoted_segments(std::string_view text, const std::vector<Span>& paragraphs);

}  // namespace presslens::attribution
