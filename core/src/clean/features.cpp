#include "clean/features.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/case.hpp"
#include "text/hash.hpp"
#include "text/utf8.hpp"

namespace presslens::clean {
namespace {

// Scripts written without spaces between words: two characters make a word.
bool unspaced_script(UChar32 c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x0E00 && c <= 0x0EFF) ||
         (c >= 0x1000 && c <= 0x109F) || (c >= 0x1780 && c <= 0x17FF);
}

bool closes_sentence(UChar32 c) {
  switch (c) {
    case '.':
    case '!':
    case '?':
    case 0x2026:
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
    case 0xFF0E:
    case 0x061F:
    case 0x06D4:
    case 0x0964:
    case 0x0965:
      return true;
    default:
      return false;
  }
}

// Closing quotes and brackets may follow the full stop: ."  .)  .»
bool trails_sentence(UChar32 c) {
  if (c < 0x80) return c == '"' || c == '\'' || c == ')' || c == ']' || c == '*';
  const auto type = u_charType(c);
  return type == U_FINAL_PUNCTUATION || type == U_END_PUNCTUATION || c == '"' || c == '\'' ||
         c == 0x201D || c == 0x2019 || c == 0xBB || c == '*';
}

bool ascii_alnum(std::uint8_t c) {
  return text::is_ascii_alnum(static_cast<char>(c));
}

bool word_char(UChar32 c) {
  if (u_isalnum(c)) return true;
  const auto type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

// A link rather than text: a bare address, a handle, an arrow-marked link or
// a menu of "|"-separated items. An address at the end of a sentence (an
// embedded post) does not make the sentence a link.
bool looks_like_link(std::string_view t) {
  if (t.starts_with("\xC2\xBB") || t.starts_with("\xE2\x80\xBA") || t.starts_with("\xE2\x86\x92")) {
    return true;  // » › → mark a link
  }
  if (t.find(" | ") != t.npos || t.find(" \xC2\xBB ") != t.npos ||
      t.find("\xE2\x80\xBA") != t.npos) {
    return true;
  }
  if (t.find(' ') == t.npos) {
    return t.find('@') != t.npos || t.find("http") != t.npos || t.find("www.") != t.npos;
  }
  for (std::string_view scheme : {"https://", "http://", "www."}) {
    const auto at = t.find(scheme);
    if (at == t.npos) continue;
    auto end = t.find(' ', at);
    if (end == t.npos) end = t.size();
    return (end - at) * 2 >= t.size();  // the address is most of the line
  }
  return false;
}

enum class DateCue { none, year, clock };

// A clock time (12:01) or "N hours ago"; else a year (1900-2099).
DateCue find_date(std::string_view t) {
  DateCue found = t.ends_with(" ago") ? DateCue::clock : DateCue::none;
  std::size_t i = 0;
  while (i < t.size() && found != DateCue::clock) {
    if (t[i] < '0' || t[i] > '9') {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    const std::string_view number = t.substr(start, i - start);
    const bool bounded = (start == 0 || !ascii_alnum(static_cast<std::uint8_t>(t[start - 1]))) &&
                         (i == t.size() || !ascii_alnum(static_cast<std::uint8_t>(t[i])));
    if (!bounded) continue;
    if (number.size() <= 2 && i + 2 < t.size() && t[i] == ':' && t[i + 1] >= '0' &&
        t[i + 1] <= '9') {
      found = DateCue::clock;
    } else if (number.size() == 4 && (number.starts_with("19") || number.starts_with("20"))) {
      found = DateCue::year;
    }
  }
  return found;
}

// A dateline of a teaser, a comment or a byline: a short line with a clock
// time, or with a year unless it reads as a sentence ("The war began in 2011.").
bool dated_line(const BlockFeatures& f, std::string_view text) {
  if (f.words > 12 || f.digits == 0 || f.link_like) return false;
  if (text.starts_with("\xE2\x80\x94")) return false;  // an embedded post's signature
  const DateCue cue = find_date(f.folded);
  if (cue == DateCue::clock) return true;
  return cue == DateCue::year && (f.words <= 6 || f.lower_ratio() < 0.5 || !f.ends_sentence);
}

// The last character that is not a space, a closing quote or a bracket.
UChar32 last_significant_char(const std::uint8_t* s, std::int32_t length) {
  std::int32_t i = length;
  while (i > 0) {
    UChar32 c;
    U8_PREV(s, 0, i, c);
    if (c != ' ' && !trails_sentence(c)) return c;
  }
  return 0;
}

}  // namespace

BlockFeatures measure(std::string_view text) {
  BlockFeatures f;
  f.folded.reserve(text.size());
  std::uint64_t key = text::kFnvOffset;
  bool keyed = false;
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  bool in_word = false;
  int unspaced = 0;
  while (i < length) {
    UChar32 c;
    bool is_word;
    if (s[i] < 0x80) {
      // ASCII without ICU calls: most of the text of most pages.
      c = s[i++];
      const bool upper = text::is_ascii_upper(static_cast<char>(c));
      const bool lower = text::is_ascii_lower(static_cast<char>(c));
      const bool digit = text::is_ascii_digit(static_cast<char>(c));
      is_word = upper || lower || digit;
      if (is_word) {
        if (!in_word) {
          ++f.words;
          if (upper || lower) ++f.cased_words;
          if (lower) ++f.lower_words;
        }
        if (digit) {
          ++f.digits;
        } else {
          ++f.letters;
          if (upper) ++f.upper_letters;
        }
      } else if (c == '.' || c == '!' || c == '?') {
        ++f.sentence_marks;
      } else if (c == ',') {
        ++f.commas;
      }
      const char folded = text::ascii_lower(static_cast<char>(c));
      f.folded.push_back(folded);
      if (is_word) key = text::fnv1a_step(key, static_cast<std::uint8_t>(folded)), keyed = true;
    } else {
      U8_NEXT(s, i, length, c);
      if (c < 0) c = 0xFFFD;
      is_word = word_char(c);
      if (is_word) {
        if (unspaced_script(c)) {
          ++unspaced;
        } else if (!in_word) {
          ++f.words;
          if (u_isupper(c) || u_istitle(c)) ++f.cased_words;
          if (u_islower(c)) ++f.cased_words, ++f.lower_words;
        }
        if (u_isalpha(c)) {
          ++f.letters;
          if (u_isupper(c)) ++f.upper_letters;
        } else if (u_isdigit(c)) {
          ++f.digits;
        }
      } else if (closes_sentence(c)) {
        ++f.sentence_marks;
      } else if (c == 0x3001 || c == 0xFF0C || c == 0x060C) {
        ++f.commas;
      }
      const char32_t folded = text::lower(static_cast<char32_t>(c));
      text::append_utf8(f.folded, folded);
      if (is_word) {
        key = text::fnv1a_step(key, folded);
        keyed = true;
      }
    }
    // An apostrophe or hyphen between letters does not end the word.
    in_word = is_word || (in_word && (c == '\'' || c == 0x2019 || c == '-') && i < length &&
                          (s[i] >= 0x80 || ascii_alnum(s[i])));
  }
  f.key = keyed ? (key | 1) : 0;
  f.words += (unspaced + 1) / 2;
  const UChar32 last_significant = last_significant_char(s, length);
  f.ends_sentence = closes_sentence(last_significant);
  f.ends_colon = last_significant == ':' || last_significant == 0xFF1A;
  if (f.ends_sentence) --f.sentence_marks;
  f.link_like = text.size() <= 300 && looks_like_link(text);
  f.dateish = dated_line(f, text);
  return f;
}

}  // namespace presslens::clean
