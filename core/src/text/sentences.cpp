#include "text/sentences.hpp"

#include <algorithm>
#include <array>

#include "text/case.hpp"

namespace presslens::text {
namespace {

bool is_word_byte(unsigned char c) {
  return is_ascii_alnum(static_cast<char>(c)) || c >= 0x80;
}

bool is_abbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kShort{
      "mr",  "mrs", "ms", "dr", "prof", "gen", "col",  "lt", "sgt", "capt", "gov", "sen",
      "rep", "rev", "st", "jr", "sr",   "inc", "corp", "co", "ltd", "vs",   "no",  "mt"};
  if (word.size() == 1) return true;  // initials, U.S.
  const std::string lower = ascii_lower(word);
  return std::find(kShort.begin(), kShort.end(), lower) != kShort.end();
}

}  // namespace

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
    const bool opens = is_ascii_upper(static_cast<char>(next)) ||
                       is_ascii_digit(static_cast<char>(next)) || next == '"' ||
                       text.substr(j + 1).starts_with("\u201c");
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

}  // namespace presslens::text
