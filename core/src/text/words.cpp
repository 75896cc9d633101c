#include "text/words.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

#include "text/case.hpp"
#include "text/lexicon.hpp"

namespace presslens::text {
namespace {

// How far word_before() and word_after() look for the word: a word longer
// than this is no word of prose.
constexpr std::size_t kWordReach = 200;

inline UChar32 code_point_at(std::string_view text, std::size_t i, std::size_t& next) {
  if (const auto byte = static_cast<unsigned char>(text[i]); byte < 0x80) {
    next = i + 1;
    return byte;
  }
  UChar32 c;
  auto k = static_cast<std::int32_t>(i);
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), k,
          static_cast<std::int32_t>(text.size()), c);
  next = static_cast<std::size_t>(k);
  return c;
}

// ASCII without ICU: the same answers (letters and digits are word
// characters; tab to carriage return and the space are white space).
bool is_word_char(UChar32 c) {
  if (c >= 0 && c < 0x80) return is_ascii_alnum(static_cast<char>(c));
  return c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK);
}

bool is_space(UChar32 c) {
  if (c >= 0 && c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(c);
}

// Marks that join two runs of word characters into one word: "al-Assad",
// "O'Brien", "U.S", "AT&T", "24/7".
bool is_joiner(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010 || c == '.' || c == '&' || c == '/';
}

Word make_word(std::string_view text, std::size_t start, std::size_t end, bool punct) {
  Word w;
  w.text = text.substr(start, end - start);
  w.start = start;
  w.end = end;
  w.lower = ascii_lower(w.text);
  w.punct = punct;
  if (!punct) {
    std::size_t next = 0;
    const UChar32 first = code_point_at(text, start, next);
    w.capitalised = first < 0x80 ? is_ascii_upper(static_cast<char>(first))
                                 : u_isupper(first) || u_istitle(first);
    w.possessive = w.text.size() > 3 && (w.text.ends_with("'s") || w.text.ends_with("\u2019s"));
  }
  return w;
}

// Scans text[from, to) (`from` at a code-point boundary) for the bounds of
// its words and marks: emit(start, end, punct) for each, in order, until it
// returns false. Words never hold a space or a line break, so the words
// after any space of the text are the same whichever earlier point a scan
// starts from.
template <class Emit>
void scan_bounds(std::string_view text, std::size_t from, std::size_t to, Emit&& emit) {
  std::size_t i = from;
  while (i < to) {
    std::size_t next = 0;
    const UChar32 c = code_point_at(text, i, next);
    if (c < 0 || is_space(c)) {
      i = next;
      continue;
    }
    if (!is_word_char(c)) {
      if (!emit(i, next, true)) return;
      i = next;
      continue;
    }
    std::size_t end = next;
    while (end < to) {
      std::size_t after = 0;
      const UChar32 d = code_point_at(text, end, after);
      if (is_word_char(d)) {
        end = after;
        continue;
      }
      if (is_joiner(d) && after < to) {
        std::size_t after2 = 0;
        const UChar32 e = code_point_at(text, after, after2);
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
      const bool initial = w.size() == 1 && is_ascii_upper(w[0]);
      if (dotted || initial || name_abbreviation(abbreviation(w))) ++end;
    }
    if (!emit(i, end, false)) return;
    i = end;
  }
}

// A long text's words are counted first, so that the vector holds no room
// to spare: a word is some 70 bytes, several times the bytes it stands for,
// and a vector that grows holds up to three times that while it moves.
constexpr std::size_t kCountFirstBytes = 16 * 1024;

// Hands each word and mark of text[from, to) to `f` in turn, `joined` set
// from the word before it.
template <class F>
void each_scanned(std::string_view text, std::size_t from, std::size_t to, F&& f) {
  std::optional<std::size_t> previous_end;
  scan_bounds(text, from, to, [&](std::size_t start, std::size_t end, bool punct) {
    Word w = make_word(text, start, end, punct);
    if (previous_end) {
      w.joined = true;
      for (std::size_t i = *previous_end; i < start && w.joined; ++i) w.joined = text[i] == ' ';
    }
    previous_end = end;
    f(std::move(w));
    return true;
  });
}

std::vector<Word> scan(std::string_view text, std::size_t from, std::size_t to) {
  std::vector<Word> words;
  if (to - from > kCountFirstBytes) {
    std::size_t count = 0;
    scan_bounds(text, from, to, [&](std::size_t, std::size_t, bool) { return ++count > 0; });
    words.reserve(count);
  }
  each_scanned(text, from, to, [&](Word&& w) { words.push_back(std::move(w)); });
  return words;
}

bool is_plain_word_byte(unsigned char c) {
  return is_ascii_alnum(static_cast<char>(c)) || c >= 0x80;
}

// Curly quotes and dashes are multi-byte: they separate words like ASCII
// punctuation. The length of the one at text[i], or 0.
std::size_t multibyte_mark_length(std::string_view text, std::size_t i) {
  static constexpr std::array<std::string_view, 9> kMarks{
      "\u2018", "\u2019", "\u201c", "\u201d", "\u2013", "\u2014", "\u2026", "\u00ab", "\u00bb"};
  for (auto mark : kMarks) {
    if (text.substr(i).starts_with(mark)) return mark.size();
  }
  return 0;
}

}  // namespace

std::vector<Word> words_in(std::string_view text, std::size_t from, std::size_t to) {
  to = std::min(to, text.size());
  if (from >= to) return {};
  return scan(text, from, to);
}

void each_word_in(std::string_view text, std::size_t from, std::size_t to,
                  const std::function<void(const Word&)>& f) {
  to = std::min(to, text.size());
  if (from >= to) return;
  each_scanned(text, from, to, [&](Word&& w) { f(w); });
}

// The last word of text[from, at) as scan() gives it, reading only its end:
// the scan starts at a space close to `at` and moves back only while fewer
// than two words follow it (the last word's `joined` reads the one before).
std::optional<Word> word_before(std::string_view text, std::size_t at) {
  at = std::min(at, text.size());
  std::size_t from = at > kWordReach ? at - kWordReach : 0;
  while (from > 0 && text[from] != ' ' && text[from] != '\n') --from;
  struct Bounds {
    std::size_t start = 0;
    std::size_t end = 0;
    bool punct = false;
  };
  Bounds last;
  Bounds previous;
  std::size_t found = 0;
  for (std::size_t reach = 32;; reach *= 4) {
    std::size_t start = at > reach ? at - reach : 0;
    if (start <= from) {
      start = from;
    } else {
      while (start > from && text[start] != ' ' && text[start] != '\n') --start;
    }
    found = 0;
    scan_bounds(text, start, at, [&](std::size_t s, std::size_t e, bool punct) {
      previous = last;
      last = {s, e, punct};
      ++found;
      return true;
    });
    if (found >= 2 || start == from) break;
  }
  if (found == 0) return std::nullopt;
  Word w = make_word(text, last.start, last.end, last.punct);
  if (found >= 2) {
    w.joined = true;
    for (std::size_t i = previous.end; i < w.start && w.joined; ++i) w.joined = text[i] == ' ';
  }
  return w;
}

std::optional<Word> word_after(std::string_view text, std::size_t at) {
  std::size_t to = std::min(text.size(), at + kWordReach);
  while (to < text.size() && text[to] != ' ' && text[to] != '\n') ++to;
  if (at >= to) return std::nullopt;
  std::optional<Word> first;
  scan_bounds(text, at, to, [&](std::size_t s, std::size_t e, bool punct) {
    first = make_word(text, s, e, punct);
    return false;
  });
  return first;
}

std::optional<Word> bracketed_word(std::string_view text, std::size_t at) {
  const auto open = word_after(text, at);
  if (!open || open->text != "(") return std::nullopt;
  auto inner = word_after(text, open->end);
  if (!inner || inner->punct) return std::nullopt;
  const auto close = word_after(text, inner->end);
  if (!close || close->text != ")") return std::nullopt;
  return inner;
}

namespace {

// The bounds of plain_words' words: emit(start, end, joined) for each.
template <class Emit>
void scan_plain(std::string_view text, Emit&& emit) {
  std::size_t i = 0;
  bool broken = true;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (const std::size_t n = c >= 0x80 ? multibyte_mark_length(text, i) : 0) {
      broken = true;
      i += n;
      continue;
    }
    if (!is_plain_word_byte(c)) {
      // A hyphen inside a word ("cease-fire") joins; other punctuation breaks.
      const bool hyphen = c == '-' && i > 0 && i + 1 < text.size() &&
                          is_plain_word_byte(static_cast<unsigned char>(text[i - 1])) &&
                          is_plain_word_byte(static_cast<unsigned char>(text[i + 1]));
      if (c != ' ' && !hyphen) broken = true;
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < text.size() && is_plain_word_byte(static_cast<unsigned char>(text[i])) &&
           !(static_cast<unsigned char>(text[i]) >= 0x80 && multibyte_mark_length(text, i))) {
      ++i;
    }
    emit(start, i, !broken);
    broken = false;
  }
}

// A word of plain_words.
Word plain_word(std::string_view text, std::size_t start, std::size_t end, bool joined) {
  Word word;
  word.start = start;
  word.end = end;
  word.text = text.substr(start, end - start);
  word.lower = ascii_lower(word.text);
  word.capitalised = is_ascii_upper(word.text[0]);
  word.joined = joined;
  return word;
}

}  // namespace

std::vector<Word> plain_words(std::string_view text) {
  std::vector<Word> words;
  scan_plain(text, [&](std::size_t start, std::size_t end, bool joined) {
    words.push_back(plain_word(text, start, end, joined));
  });
  return words;
}

std::vector<Word> plain_words(std::string_view text, std::size_t from, std::size_t to) {
  const std::string_view part = text.substr(from, to - from);
  std::vector<Word> words;
  scan_plain(part, [&](std::size_t start, std::size_t end, bool joined) {
    words.push_back(plain_word(text, from + start, from + end, joined));
  });
  return words;
}

void each_plain_word(std::string_view text, const std::function<void(const Word&)>& f) {
  scan_plain(text, [&](std::size_t start, std::size_t end, bool joined) {
    f(plain_word(text, start, end, joined));
  });
}

void each_plain_word(std::string_view text, const std::function<void(std::string_view)>& f) {
  std::string lower;
  scan_plain(text, [&](std::size_t start, std::size_t end, bool) {
    lower.assign(text, start, end - start);
    for (char& c : lower) c = ascii_lower(c);
    f(lower);
  });
}

std::size_t plain_word_count(std::string_view text) {
  std::size_t count = 0;
  scan_plain(text, [&](std::size_t, std::size_t, bool) { ++count; });
  return count;
}

std::string_view without_possessive(std::string_view name) {
  for (const std::string_view tail : {"'s", "\u2019s"}) {
    if (name.size() > tail.size() + 1 && name.ends_with(tail))
      return name.substr(0, name.size() - tail.size());
  }
  return name;
}

}  // namespace presslens::text
