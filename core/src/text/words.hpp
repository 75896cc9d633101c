// Words of a UTF-8 text, with byte offsets: the one word type of the core,
// and the two ways of scanning text into words that its readers need.
//  - words_in(): words and punctuation marks, Unicode-aware, for reading
//    the words around a mention (roles, speakers, acronyms): "al-Assad's",
//    "U.S." and "Mr." are one word each, every mark is a word of its own.
//  - plain_words(): words only, cheap (ASCII case, multi-byte letters kept
//    as they are), for counting and hashing (key phrases, claims, shared
//    passages): "cease-fire" is one word, "Assad's" two ("assad", "s").
// Every scanner is linear in the text it reads.
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace presslens::text {

struct Word {
  std::size_t start = 0;  // byte offsets into the scanned text
  std::size_t end = 0;
  std::string_view text;     // as written (a view into the scanned text)
  std::string lower;         // `text` with A..Z lowered
  bool punct = false;        // a punctuation or quote mark (or a currency sign), not a word
  bool capitalised = false;  // the first letter is upper case
  bool possessive = false;   // ends in 's or ’s
  // Only spaces lie between it and the previous word of the scan (in
  // plain_words, a hyphen between word characters too: "cease-fire").
  bool joined = false;
  bool digits() const { return !text.empty() && text[0] >= '0' && text[0] <= '9'; }
};

// Every word and mark of text[from, to) (`from` at a code-point boundary).
std::vector<Word> words_in(std::string_view text, std::size_t from, std::size_t to);
// Hands each word and mark of words_in(text, from, to) to `f` in turn, made
// as words_in makes it and gone after the call.
void each_word_in(std::string_view text, std::size_t from, std::size_t to,
                  const std::function<void(const Word&)>& f);
// The word or mark that ends at or before `at` (spaces skipped).
std::optional<Word> word_before(std::string_view text, std::size_t at);
// The word or mark that starts at or after `at` (spaces skipped).
std::optional<Word> word_after(std::string_view text, std::size_t at);

// The one word between brackets that opens at or after `at` ("(AI)",
// "( UN )"): none when a mark comes first, or more than one word stands
// between the brackets.
std::optional<Word> bracketed_word(std::string_view text, std::size_t at);

// The words of `text` without its marks; a hyphen between two word
// characters joins them, every other mark separates.
std::vector<Word> plain_words(std::string_view text);
// The words of text[from, to) as plain_words reads that part, with offsets
// and views into `text`.
std::vector<Word> plain_words(std::string_view text, std::size_t from, std::size_t to);
// plain_words(text).size(), without the words.
std::size_t plain_word_count(std::string_view text);
// Hands each word of plain_words(text), lowered as Word::lower, to `f` in
// turn, without making the words: a long text's words are never all held.
void each_plain_word(std::string_view text, const std::function<void(std::string_view)>& f);
// Hands each word of plain_words(text) to `f` in turn, made as plain_words
// makes it and gone after the call.
void each_plain_word(std::string_view text, const std::function<void(const Word&)>& f);

// A name without its possessive ("Trump's", "Trump’s" -> "Trump"); a word
// of two letters or fewer before it is left as it is.
std::string_view without_possessive(std::string_view name);

// `word` is one of the words of `list` (an array or vector of strings).
bool listed(const auto& list, std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

}  // namespace presslens::text
