#include "facts/scan.hpp"

namespace presslens::facts {
namespace {

bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Length of the currency or percent sign at `text[i]`, or 0.
std::size_t symbol_length(std::string_view text, std::size_t i) {
  if (text[i] == '$' || text[i] == '%') return 1;
  for (std::string_view sign : {"\u20ac", "\u00a3"}) {  // euro, pound
    if (text.substr(i).starts_with(sign)) return sign.size();
  }
  return 0;
}

}  // namespace

std::vector<Token> scan(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t previous_end = std::string_view::npos;
  bool sentence_start = true;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    Token token{TokenKind::word};
    token.start = i;
    if (is_digit(c)) {
      token.kind = TokenKind::digits;
      std::size_t j = i + 1;
      while (j < text.size() &&
             (is_digit(text[j]) || ((text[j] == ',' || text[j] == '.') && j + 1 < text.size() &&
                                    is_digit(text[j + 1])))) {
        ++j;
      }
      // 21st, 4th; 38-year-old
      while (j < text.size() &&
             (is_alpha(text[j]) || (text[j] == '-' && j + 1 < text.size() &&
                                    (is_alpha(text[j + 1]) || is_digit(text[j + 1]))))) {
        ++j;
      }
      token.end = j;
    } else if (is_alpha(c)) {
      // Letters, with hyphenated parts that may be digits (France-24, F-16).
      std::size_t j = i + 1;
      while (j < text.size() &&
             (is_alpha(text[j]) ||
              (is_digit(text[j]) && (text[j - 1] == '-' || is_digit(text[j - 1]))) ||
              (text[j] == '-' && j + 1 < text.size() &&
               (is_alpha(text[j + 1]) || is_digit(text[j + 1]))))) {
        ++j;
      }
      token.end = j;
      token.capitalized = c >= 'A' && c <= 'Z';
    } else if (const std::size_t n = symbol_length(text, i)) {
      token.kind = TokenKind::symbol;
      token.end = i + n;
    } else {
      if (c == '.' || c == '!' || c == '?' || c == '\n') sentence_start = true;
      ++i;
      continue;
    }
    for (std::size_t k = token.start; k < token.end; ++k) token.lower.push_back(lower(text[k]));
    token.joined = previous_end != std::string_view::npos &&
                   (token.start == previous_end ||
                    (token.start == previous_end + 1 && text[previous_end] == ' '));
    token.sentence_start = sentence_start;
    sentence_start = false;
    previous_end = token.end;
    i = token.end;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

std::size_t match_phrase(const std::vector<Token>& tokens, std::size_t i, std::string_view phrase) {
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
