// The units attribution reads: paragraphs (lines of the body), sentences and
// quoted segments, with byte offsets into the document text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "presslens/document.hpp"
#include "text/case.hpp"
#include "text/words.hpp"

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

// The places of a text's paragraphs (its non-empty lines), 8 bytes each: a
// Span each (16 bytes) was 2 MB for 700 KB of one-name lines. A text of 4
// GB or more is refused (WordTable).
class Paragraphs {
 public:
  Span operator[](std::size_t p) const { return {items_[p].start, items_[p].end}; }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  // The first paragraph that ends after `at`, or size().
  std::size_t first_ending_after(std::size_t at) const;
  // The last paragraph that starts at or before `at`; 0 when none does.
  std::size_t last_starting_at(std::size_t at) const;

 private:
  friend Paragraphs paragraphs(std::string_view text);
  struct Packed {
    std::uint32_t start;
    std::uint32_t end;
  };
  std::vector<Packed> items_;
};

Paragraphs paragraphs(std::string_view text);

std::vector<Segment> quoted_segments(std::string_view text, const Paragraphs& paragraphs);

// Where a reading of `text` that takes at most `max_marks` double quote
// marks (straight or curly) ends: the text's end when it holds no more;
// else the start of the sentence (of `sentences`) holding the first mark
// past them, or that mark when the sentence starts more than 4 KB before it.
std::size_t quote_marks_end(std::string_view text, const std::vector<Span>& sentences,
                            std::size_t max_marks);

using text::Word;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

std::size_t word_count(const std::vector<Word>& words);

// The index of the sentence holding `at`: the first that ends after it, else
// the last; 0 when there is none.
std::size_t sentence_index(std::span<const Span> sentences, std::size_t at);
Span sentence_at(std::span<const Span> sentences, std::size_t at);

// Each paragraph's sentences, in order. Where the document's sentences lie
// inside the paragraph, as they do but where a sentence runs over a line
// break, they are found among the document's when asked (two binary
// searches), and nothing is held for the paragraph; a paragraph that no
// sentence covers, or whose sentence runs over its line break, holds its
// own. Where each paragraph's began among the document's (8 bytes a
// paragraph) made a page of short lines 1 MB more for 700 KB; copies (16
// bytes a sentence and 4 a paragraph, a list each) some 7 MB.
// The document's sentences must outlive it, unchanged.
class ParagraphSentences {
 public:
  ParagraphSentences() = default;
  explicit ParagraphSentences(std::span<const Span> document) : document_(document) {}
  // Paragraph `paragraph`'s own sentences, cut to it; added in increasing
  // order of paragraph.
  void add_own(std::size_t paragraph, std::span<const Span> sentences);
  // The sentences of paragraph `paragraph`, which lies at `place`.
  std::span<const Span> of(std::size_t paragraph, Span place) const;
  // The room grown while adding, given back.
  void fit();

 private:
  struct Own {
    std::uint32_t paragraph;
    std::uint32_t first;  // of own_
    std::uint32_t count;
  };
  std::span<const Span> document_;
  std::vector<Own> owners_;  // in increasing order of paragraph
  std::vector<Span> own_;
};

// The entry of `list` (lower-case words) that `word` is with A..Z lowered
// (text::ascii_lower), or null: compared without making the lowered copy.
template <class List>
const std::string_view* lower_listed(std::string_view word, const List& list) {
  for (const std::string_view& entry : list) {
    if (text::ascii_lower_equals(word, entry)) return &entry;
  }
  return nullptr;
}

// Every word and mark of a text (text::words_in), 8 bytes each: where it
// is, its length and its flags. A text::Word (72 bytes: a view and a
// lowercase copy besides, for words of some 5 bytes) is made when one is
// read. Held in blocks of 4,096: the table grows without ever holding its
// words twice, and keeps no more than a block's room to spare, however
// dense the text is in words and marks.
class WordTable {
 public:
  WordTable() = default;
  explicit WordTable(std::string_view text);
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // Words the table has room for beyond size().
  std::size_t room() const { return capacity_ - size_; }
  Word operator[](std::size_t i) const;
  std::size_t start(std::size_t i) const { return at(i).start; }
  // Word i as written, and whether it is a mark: what operator[] gives
  // without making the lower-case copy.
  std::string_view text(std::size_t i) const {
    const Packed& p = at(i);
    return text_.substr(p.start, p.length_flags >> kFlagBits);
  }
  bool is_punct(std::size_t i) const { return (at(i).length_flags & Flag::punct) != 0; }
  // The index of the first word that starts at or after `at`.
  std::size_t first_at(std::size_t at) const;
  // The same, looked for from the index `near` (cheap when it is close).
  std::size_t first_at(std::size_t at, std::size_t near) const;

 private:
  struct Packed {
    std::uint32_t start;
    std::uint32_t length_flags;  // the length, shifted past the Flag bits
  };
  enum Flag : std::uint8_t { punct = 1, capitalised = 2, possessive = 4, joined = 8 };
  static constexpr unsigned kFlagBits = 4;
  static constexpr unsigned kBlockBits = 12;
  static constexpr std::size_t kBlock = std::size_t{1} << kBlockBits;

  const Packed& at(std::size_t i) const { return blocks_[i >> kBlockBits][i & (kBlock - 1)]; }
  void add(const Packed& p);
  // The first index in [lo, hi) whose word starts at or after `at`.
  std::size_t lower_bound(std::size_t lo, std::size_t hi, std::size_t at) const;

  std::string_view text_;
  std::vector<std::unique_ptr<Packed[]>> blocks_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;  // of the blocks made
};

// The text's words, paragraphs, sentences and segments, read once.
struct TextUnits {
  WordTable words;  // every word and mark of the text
  Paragraphs paragraphs;
  ParagraphSentences sentences;  // per paragraph: read with sentences_in()
  std::vector<Segment> segments;
  std::vector<std::size_t> inner_words;  // words inside each segment
  // The next segment of the paragraph with more than one word (a quoted
  // nickname, "Marcia "Cia" Price", does not end the words after a quote).
  std::vector<std::size_t> next_quote;

  // The index of the first word that starts at or after `at`; the second
  // looks for it from the index `near`.
  std::size_t word_at(std::size_t at) const;
  std::size_t word_at(std::size_t at, std::size_t near) const { return words.first_at(at, near); }
  // The words [first, last) of the text.
  std::vector<Word> slice(std::size_t first, std::size_t last) const;
  std::vector<Word> words_in(std::size_t from, std::size_t to) const;
  // `at` is inside a quoted segment, its marks included.
  bool quoted(std::size_t at) const;
  // The words of [first, last) outside every quoted segment.
  std::vector<Word> unquoted(std::size_t first, std::size_t last) const;
  // The paragraph holding `at` (the last that starts at or before it).
  std::size_t paragraph_at(std::size_t at) const;
  // The sentences of a paragraph, in order.
  std::span<const Span> sentences_in(std::size_t paragraph) const {
    return sentences.of(paragraph, paragraphs[paragraph]);
  }
};

// `sentences`: the document's (Document::sentences, the one splitter,
// text/sentences.hpp), read per paragraph; a paragraph that none covers is
// one sentence.
TextUnits read_units(std::string_view text, const std::vector<Span>& sentences);

}  // namespace presslens::attribution
