#include "batch/words.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

namespace presslens::batch {
namespace {

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// Curly quotes and dashes are multi-byte: they separate words like ASCII punctuation.
std::size_t punctuation_length(std::string_view text, std::size_t i) {
  static constexpr std::array<std::string_view, 8> kMarks{"\u2018", "\u2019", "\u201c", "\u201d",
                                                          "\u2013", "\u2014", "\u2026", "\u00ab"};
  for (auto mark : kMarks) {
    if (text.substr(i).starts_with(mark)) return mark.size();
  }
  if (text.substr(i).starts_with("\u00bb")) return 2;
  return 0;
}

bool is_abbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kShort{
      "mr",  "mrs", "ms", "dr", "prof", "gen", "col",  "lt", "sgt", "capt", "gov", "sen",
      "rep", "rev", "st", "jr", "sr",   "inc", "corp", "co", "ltd", "vs",   "no",  "mt"};
  if (word.size() == 1) return true;  // initials, U.S.
  std::string lower;
  for (char c : word) lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  return std::find(kShort.begin(), kShort.end(), lower) != kShort.end();
}

}  // namespace

std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  std::size_t i = 0;
  bool broken = true;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (const std::size_t n = c >= 0x80 ? punctuation_length(text, i) : 0) {
      broken = true;
      i += n;
      continue;
    }
    if (!is_word_byte(c)) {
      // A hyphen inside a word ("cease-fire") joins; other punctuation breaks.
      const bool hyphen = c == '-' && i > 0 && i + 1 < text.size() &&
                          is_word_byte(static_cast<unsigned char>(text[i - 1])) &&
                          is_word_byte(static_cast<unsigned char>(text[i + 1]));
      if (c != ' ' && !hyphen) broken = true;
      ++i;
      continue;
    }
    Word word;
    word.start = i;
    while (i < text.size() && is_word_byte(static_cast<unsigned char>(text[i])) &&
           !(static_cast<unsigned char>(text[i]) >= 0x80 && punctuation_length(text, i))) {
      const char ch = text[i];
      word.lower.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch);
      ++i;
    }
    word.end = i;
    word.capitalized = c >= 'A' && c <= 'Z';
    word.after_break = broken;
    broken = false;
    words.push_back(std::move(word));
  }
  return words;
}

std::vector<Span> split_sentences(std::string_view text) {
  std::vector<Span> out;
  std::size_t start = 0;
  auto close = [&](std::size_t end) {
    while (start < end && text[start] == ' ') ++start;
    std::size_t e = end;
    while (e > start && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
    if (e > start) out.push_back({start, e});
    start = end;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      close(i);
      start = i + 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t j = i + 1;
    while (j < text.size() && (text[j] == '"' || text[j] == '\'' || text[j] == ')')) ++j;
    if (text.substr(j).starts_with("\u201d") || text.substr(j).starts_with("\u2019")) j += 3;
    if (j >= text.size() || text[j] != ' ' || j + 1 >= text.size()) continue;
    const auto next = static_cast<unsigned char>(text[j + 1]);
    const bool opens = (next >= 'A' && next <= 'Z') || (next >= '0' && next <= '9') ||
                       next == '"' || text.substr(j + 1).starts_with("\u201c");
    if (!opens) continue;
    if (c == '.') {
      std::size_t w = i;
      while (w > 0 && is_word_byte(static_cast<unsigned char>(text[w - 1]))) --w;
      if (is_abbreviation(text.substr(w, i - w))) continue;
    }
    close(j);
  }
  close(text.size());
  return out;
}

std::size_t sentence_at(const std::vector<Span>& sentences, std::size_t offset) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](std::size_t o, const Span& s) { return o < s.start; });
  return it == sentences.begin() ? 0 : static_cast<std::size_t>(it - sentences.begin()) - 1;
}

bool is_stop_word(std::string_view w) {
  static constexpr std::string_view kWords[]{
      "a",       "about",     "above",   "after",   "again",   "against", "ago",     "all",
      "also",    "am",        "an",      "and",     "any",     "are",     "as",      "at",
      "be",      "because",   "been",    "before",  "being",   "below",   "between", "both",
      "but",     "by",        "can",     "could",   "did",     "do",      "does",    "doing",
      "down",    "during",    "each",    "either",  "else",    "even",    "ever",    "every",
      "few",     "for",       "from",    "further", "had",     "has",     "have",    "having",
      "he",      "her",       "here",    "hers",    "herself", "him",     "himself", "his",
      "how",     "however",   "i",       "if",      "in",      "into",    "is",      "it",
      "its",     "itself",    "just",    "least",   "less",    "like",    "many",    "may",
      "me",      "might",     "more",    "most",    "much",    "must",    "my",      "myself",
      "near",    "neither",   "no",      "nor",     "not",     "now",     "of",      "off",
      "on",      "once",      "one",     "only",    "or",      "other",   "others",  "our",
      "ours",    "out",       "over",    "own",     "per",     "rather",  "s",       "said",
      "same",    "say",       "says",    "she",     "should",  "since",   "so",      "some",
      "still",   "such",      "t",       "than",    "that",    "the",     "their",   "theirs",
      "them",    "then",      "there",   "these",   "they",    "this",    "those",   "though",
      "through", "thus",      "to",      "too",     "under",   "until",   "up",      "upon",
      "us",      "very",      "was",     "we",      "were",    "what",    "when",    "where",
      "whether", "which",     "while",   "who",     "whom",    "whose",   "why",     "will",
      "with",    "within",    "without", "would",   "yet",     "you",     "your",    "yours",
      "told",    "according", "re",      "ll",      "ve",      "d",       "m",       "don",
      "didn",    "doesn",     "isn",     "wasn",    "mr",      "mrs",     "ms",      "yes",
      "two",     "three",     "another"};
  static const auto sorted = [] {
    std::vector<std::string_view> v(std::begin(kWords), std::end(kWords));
    std::sort(v.begin(), v.end());
    return v;
  }();
  return std::binary_search(sorted.begin(), sorted.end(), w);
}

std::uint64_t hash_bytes(std::string_view bytes, std::uint64_t seed) {
  std::uint64_t h = 14695981039346656037ull ^ mix64(seed);
  for (const char c : bytes) {
    h ^= static_cast<std::uint8_t>(c);
    h *= 1099511628211ull;
  }
  return h;
}

std::uint64_t mix64(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

}  // namespace presslens::batch
