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

// Where the part of a long text that starts at `start` ends, for a stage
// that reads a long text a part at a time so that what it holds a word
// stays the size of one part: the text's end when that is at most
// `max_bytes` on; else the last paragraph break, else the last sentence end
// (". "), else the last space in the part's second half; else a character
// boundary. News articles are one part.
std::size_t part_end(std::string_view text, std::size_t start, std::size_t max_bytes);

// Mentions of a kind (names, figures, dates) kept per document: at most one
// per 32 bytes of text, and at least 1000. News has 14 names per KB
// (polnear-dev median; 24 at most), so real articles stay below; a page of
// nothing but names or figures stops here, and so does all that grows with
// them (clusters, graph, claims, JSON).
constexpr std::size_t max_mentions(std::size_t text_bytes) {
  return text_bytes / 32 > 1000 ? text_bytes / 32 : 1000;
}

// Different names (as written) per document: at most one per 512 bytes of
// text, and at least 1000. A page has at most 744 (WCXB's 709; PolNeAR-
// train's 840 articles at most 270); a name costs some 2,000 bytes across
// its identity, its cluster and attribution's indexes, so a page of
// nothing but different names stops here with those at some 4 bytes a
// byte. Mentions of the names already found go on to max_mentions.
constexpr std::size_t max_names(std::size_t text_bytes) {
  return text_bytes / 512 > 1000 ? text_bytes / 512 : 1000;
}

// Whether each word, handed in text order by its start, is the first word
// of its sentence: for words read one at a time.
class SentenceOpeners {
 public:
  explicit SentenceOpeners(const std::vector<Span>& sentences) : sentences_(sentences) {}
  bool opens(std::size_t word_start) {
    while (s_ + 1 < sentences_.size() && sentences_[s_ + 1].start <= word_start) {
      ++s_;
      first_ = true;
    }
    const bool opener = first_;
    first_ = false;
    return opener;
  }

 private:
  const std::vector<Span>& sentences_;
  std::size_t s_ = 0;
  bool first_ = true;  // no word of sentence s_ seen yet
};

// For each of `words` (Word or Span, in text order), whether it is the
// first word of its sentence.
template <class Item>
std::vector<bool> sentence_openers(const std::vector<Item>& words,
                                   const std::vector<Span>& sentences) {
  std::vector<bool> openers(words.size());
  SentenceOpeners reader(sentences);
  for (std::size_t i = 0; i < words.size(); ++i) openers[i] = reader.opens(words[i].start);
  return openers;
}

}  // namespace presslens::text
