#include "facts/scan.hpp"

#include "text/case.hpp"

namespace presslens::facts {
namespace {

using text::is_ascii_digit;
using text::is_ascii_letter;

// Length of the currency or percent sign at `text[i]`, or 0.
std::size_t symbol_length(std::string_view text, std::size_t i) {
  if (text[i] == '$' || text[i] == '%') return 1;
  for (std::string_view sign : {"\u20ac", "\u00a3"}) {  // euro, pound
    if (text.substr(i).starts_with(sign)) return sign.size();
  }
  return 0;
}

// One past a digit run at text[i]: 250,000 and 3.5; 21st, 4th; 38-year-old.
std::size_t digits_end(std::string_view text, std::size_t i) {
  std::size_t j = i + 1;
  while (j < text.size() &&
         (is_ascii_digit(text[j]) || ((text[j] == ',' || text[j] == '.') && j + 1 < text.size() &&
                                      is_ascii_digit(text[j + 1])))) {
    ++j;
  }
  while (j < text.size() && (is_ascii_letter(text[j]) ||
                             (text[j] == '-' && j + 1 < text.size() &&
                              (is_ascii_letter(text[j + 1]) || is_ascii_digit(text[j + 1]))))) {
    ++j;
  }
  return j;
}

// One past a word at text[i]: letters, with hyphenated parts that may be
// digits (France-24, F-16).
std::size_t letters_end(std::string_view text, std::size_t i) {
  std::size_t j = i + 1;
  while (j < text.size() &&
         (is_ascii_letter(text[j]) ||
          (is_ascii_digit(text[j]) && (text[j - 1] == '-' || is_ascii_digit(text[j - 1]))) ||
          (text[j] == '-' && j + 1 < text.size() &&
           (is_ascii_letter(text[j + 1]) || is_ascii_digit(text[j + 1]))))) {
    ++j;
  }
  return j;
}

}  // namespace

std::vector<Word> scan(std::string_view text) {
  return scan(text, 0, text.size());
}

std::vector<Word> scan(std::string_view whole, std::size_t from, std::size_t to) {
  const std::string_view text = whole.substr(0, to);  // no word read past the part
  std::vector<Word> tokens;
  std::size_t previous_end = std::string_view::npos;
  std::size_t i = from;
  while (i < text.size()) {
    const char c = text[i];
    Word token;
    token.start = i;
    if (is_ascii_digit(c)) {
      token.end = digits_end(text, i);
    } else if (is_ascii_letter(c)) {
      token.end = letters_end(text, i);
      token.capitalised = text::is_ascii_upper(c);
    } else if (const std::size_t n = symbol_length(text, i)) {
      token.punct = true;
      token.end = i + n;
    } else {
      ++i;
      continue;
    }
    token.text = text.substr(token.start, token.end - token.start);
    token.lower = text::ascii_lower(token.text);
    token.joined = previous_end != std::string_view::npos &&
                   text.substr(previous_end, token.start - previous_end).find_first_not_of(' ') ==
                       std::string_view::npos;
    previous_end = token.end;
    i = token.end;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

std::size_t match_phrase(const std::vector<Word>& tokens, std::size_t i, std::string_view phrase) {
  // Most tokens differ from the phrase in their first letter.
  if (i >= tokens.size() || phrase.empty() || !tokens[i].lower.starts_with(phrase.front()))
    return 0;
  std::size_t n = 0;
  while (!phrase.empty()) {
    const auto space = phrase.find(' ');
    const auto word = phrase.substr(0, space);
    phrase = space == std::string_view::npos ? std::string_view{} : phrase.substr(space + 1);
    if (i + n >= tokens.size() || tokens[i + n].lower != word) return 0;
    if (n > 0 && !tokens[i + n].joined) return 0;
    ++n;
  }
  return n;
}

}  // namespace presslens::facts
