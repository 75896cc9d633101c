// What the cross-index's parts read of each document, kept for the next run
// on a batch corrected again and again (CrossIndexMemory): a document whose
// inputs are as they were is not read again. The parts give the same
// results with or without it; only the time differs.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "batch/cross_index.hpp"

namespace presslens::batch {

// One entry per document: `value` holds for a document whose `key` is
// still what it was. A value stays where it is until its document's entry
// is replaced.
template <class Key, class Value>
class PerDocument {
 public:
  // The value kept for document `d` if `same(its key)`; else null.
  template <class Same>
  const Value* find(std::size_t d, const Same& same) const {
    if (d >= entries_.size() || !entries_[d] || !same(entries_[d]->first)) return nullptr;
    return &entries_[d]->second;
  }
  const Value& keep(std::size_t d, Key key, Value value) {
    if (entries_.size() <= d) entries_.resize(d + 1);
    entries_[d] = std::make_unique<std::pair<Key, Value>>(std::move(key), std::move(value));
    return entries_[d]->second;
  }
  // Document `d` (or any after it) is not there any more.
  void resize(std::size_t documents) {
    if (entries_.size() > documents) entries_.resize(documents);
  }

 private:
  std::vector<std::unique_ptr<std::pair<Key, Value>>> entries_;
};

// Shared passages: a paragraph's word 3-grams and the LSH bands of their
// MinHash signature (each band's key, not the signature: half the room).
constexpr std::size_t kPassageBands = 24;
struct PassageUnit {
  std::size_t document = 0;
  std::size_t block = 0;
  Span span;
  std::vector<std::uint64_t> shingles;  // sorted, unique
  std::uint64_t words_hash = 0;         // of the folded words: equal means verbatim
  std::array<std::uint64_t, kPassageBands> bands{};
};
// What a document's paragraphs are read from: its text, and each block's
// kind and place in it.
struct PassageKey {
  std::string text;
  std::vector<std::pair<BlockKind, std::optional<Span>>> blocks;
  std::size_t min_words = 0;
};
// Document `d`'s paragraphs of at least `min_words` words as find_passages
// last read them, if its text and blocks are still as they were.
const std::vector<PassageUnit>* kept_units(const CrossIndexMemory* memory, const Document& document,
                                           std::size_t d, std::size_t min_words);

// Keyphrases: a run of content words of a document.
// A phrase of a document's text, by its place: the first occurrence not at a
// sentence start (as written), else the first. A batch has some 200 of them
// an article, so they hold no text of their own.
struct PhraseCandidate {
  std::uint64_t key = 0;  // hash of the lower-case words
  std::size_t start = 0;  // in the document's text
  std::uint32_t length = 0;
  std::uint32_t count = 0;
  std::uint8_t words = 1;
  bool as_written = false;  // else shown lower-case: only seen opening a sentence
};
struct PhraseKey {
  std::string text;
  std::vector<Span> sentences;
};

struct CrossIndexMemory::Parts {
  PerDocument<PassageKey, std::vector<PassageUnit>> passages;
  PerDocument<PhraseKey, std::vector<PhraseCandidate>> phrases;
};

}  // namespace presslens::batch
