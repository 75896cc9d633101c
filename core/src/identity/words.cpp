#include "identity/words.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>

namespace presslens::identity {
namespace {

constexpr std::string_view kAbbreviations[]{"Mr",  "Mrs", "Ms",   "Dr",  "Gen",  "Sen",  "Rep",
                                            "Gov", "St",  "Jr",   "Lt",  "Col",  "Prof", "Sgt",
                                            "Rev", "Sr",  "Capt", "Adm", "Gens", "Reps", "Sens",
                                            "Del", "Amb", "Supt", "Det", "Cpl",  "Maj"};

UChar32 at_code_point(std::string_view text, std::size_t i, std::size_t& next) {
  UChar32 c;
  auto k = static_cast<std::int32_t>(i);
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), k,
          static_cast<std::int32_t>(text.size()), c);
  next = static_cast<std::size_t>(k);
  return c;
}

bool is_word_char(UChar32 c) {
  return c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK);
}

bool is_joiner(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010 || c == '.' || c == '&' || c == '/';
}

Word make_word(std::string_view text, std::size_t start, std::size_t end, bool punct) {
  Word w;
  w.text = text.substr(start, end - start);
  w.start = start;
  w.end = end;
  w.punct = punct;
  if (!punct) {
    std::size_t next = 0;
    const UChar32 first = at_code_point(text, start, next);
    w.capitalised = u_isupper(first) || u_istitle(first);
    w.possessive = w.text.size() > 3 && (w.text.ends_with("'s") || w.text.ends_with("\u2019s"));
  }
  return w;
}

// Scans text[from, to); `from` must be at a code-point boundary.
std::vector<Word> scan(std::string_view text, std::size_t from, std::size_t to) {
  std::vector<Word> words;
  std::size_t i = from;
  while (i < to) {
    std::size_t next = 0;
    const UChar32 c = at_code_point(text, i, next);
    if (c < 0 || u_isUWhiteSpace(c)) {
      i = next;
      continue;
    }
    if (!is_word_char(c)) {
      words.push_back(make_word(text, i, next, true));
      i = next;
      continue;
    }
    std::size_t end = next;
    while (end < to) {
      std::size_t after = 0;
      const UChar32 d = at_code_point(text, end, after);
      if (is_word_char(d)) {
        end = after;
        continue;
      }
      if (is_joiner(d) && after < to) {
        std::size_t after2 = 0;
        const UChar32 e = at_code_point(text, after, after2);
        if (is_word_char(e)) {
          end = after2;
          continue;
        }
      }
      break;
    }
    // A final period belongs to "U.S." and "Mr." but not to "said.".
    if (end < to && text[end] == '.') {
      const std::string_view w = text.substr(i, end - i);
      const bool dotted = w.find('.') != std::string_view::npos;
      const bool initial = w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z';
      if (dotted || initial ||
          std::find(std::begin(kAbbreviations), std::end(kAbbreviations), w) !=
              std::end(kAbbreviations)) {
        ++end;
      }
    }
    words.push_back(make_word(text, i, end, false));
    i = end;
  }
  return words;
}

}  // namespace

std::vector<Word> words_in(std::string_view text, std::size_t from, std::size_t to) {
  to = std::min(to, text.size());
  if (from >= to) return {};
  return scan(text, from, to);
}

std::optional<Word> word_before(std::string_view text, std::size_t at) {
  at = std::min(at, text.size());
  std::size_t from = at > 200 ? at - 200 : 0;
  while (from > 0 && text[from] != ' ' && text[from] != '\n') --from;
  auto words = scan(text, from, at);
  if (words.empty()) return std::nullopt;
  return words.back();
}

std::optional<Word> word_after(std::string_view text, std::size_t at) {
  std::size_t to = std::min(text.size(), at + 200);
  while (to < text.size() && text[to] != ' ' && text[to] != '\n') ++to;
  auto words = words_in(text, at, to);
  if (words.empty()) return std::nullopt;
  return words.front();
}

std::string lowercase(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace presslens::identity
