// Words and sentences of a document's text for the cross-index: cheap, ASCII
// case folding only (bytes of multi-byte characters are letters), so the same
// in every build.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "presslens/document.hpp"

namespace presslens::batch {

struct Word {
  std::size_t start = 0;  // byte offsets into the text
  std::size_t end = 0;
  std::string lower;
  bool capitalized = false;
  bool after_break =
      true;  // punctuation (or the text's start) lies between it and the previous word
};

std::vector<Word> split_words(std::string_view text);

// Sentences: they end at . ! ? (with closing quotes) before a capital, a
// digit or a quote, and at line breaks; "Mr." and "U.S." do not end one.
std::vector<Span> split_sentences(std::string_view text);

// The index of the sentence holding `offset` (sentences sorted, non-empty).
std::size_t sentence_at(const std::vector<Span>& sentences, std::size_t offset);

// English function words (articles, pronouns, auxiliaries, prepositions...).
bool is_stop_word(std::string_view lower);

// FNV-1a, and a 64-bit mixer (splitmix64) for seeded hash families.
std::uint64_t hash_bytes(std::string_view bytes, std::uint64_t seed = 0);
std::uint64_t mix64(std::uint64_t x);

}  // namespace presslens::batch
