// Sentences of a document's text: the one sentence splitter of the core.
// prepare_batch() splits each document once (Document::sentences); the
// tagger, numbers, the graph, claims, key phrases and the timeline read
// those spans.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "presslens/document.hpp"

namespace presslens::text {

// The sentences of `text`, in order, without surrounding spaces. A sentence
// ends at a line break, and after . ! ? or … (and any closing quote marks or
// brackets) followed by a space and a word that does not start in lower
// case: "Who?" he asked is one sentence. A period after an abbreviation
// ("Mr.", "Jan.", "Inc.": text/lexicon.hpp), an initial ("John F. Kennedy")
// or dotted initials ("U.S.", "p.m.") ends none. Linear in the text.
std::vector<Span> split_sentences(std::string_view text);

// The index of the sentence holding `offset`, or of the last one before it
// (sentences sorted and not empty).
std::size_t sentence_at(const std::vector<Span>& sentences, std::size_t offset);

// For each of `words` (Word or Span, in text order), whether it is the
// first word of its sentence.
template <class Item>
std::vector<bool> sentence_openers(const std::vector<Item>& words,
                                   const std::vector<Span>& sentences) {
  std::vector<bool> openers(words.size());
  std::size_t s = 0;
  bool first = true;  // no word of sentence s seen yet
  for (std::size_t i = 0; i < words.size(); ++i) {
    while (s + 1 < sentences.size() && sentences[s + 1].start <= words[i].start) {
      ++s;
      first = true;
    }
    openers[i] = first;
    first = false;
  }
  return openers;
}

}  // namespace presslens::text
