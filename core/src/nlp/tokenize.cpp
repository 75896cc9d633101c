#include "nlp/tokenize.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

#include "text/case.hpp"
#include "text/lexicon.hpp"

namespace presslens::nlp {
namespace {

struct Closer {
  void operator()(UText* text) const { utext_close(text); }
};

UChar32 code_point_at(std::string_view text, std::size_t offset) {
  UChar32 c;
  auto i = static_cast<std::int32_t>(offset);
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i,
          static_cast<std::int32_t>(text.size()), c);
  return c;
}

UChar32 code_point_before(std::string_view text, std::size_t offset) {
  UChar32 c;
  auto i = static_cast<std::int32_t>(offset);
  U8_PREV(reinterpret_cast<const std::uint8_t*>(text.data()), 0, i, c);
  return c;
}

bool is_space(std::string_view segment) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(segment.data());
  const auto length = static_cast<std::int32_t>(segment.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && c < 0x80) {  // ASCII without ICU: tab to carriage return, space
      if (c != ' ' && (c < '\t' || c > '\r')) return false;
    } else if (!u_isUWhiteSpace(c)) {
      return false;
    }
  }
  return true;
}

bool is_alnum(UChar32 c) {
  return u_isalnum(c) != 0;
}

bool has_uppercase(std::string_view word) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto length = static_cast<std::int32_t>(word.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (u_isupper(c) || u_istitle(c)) return true;
  }
  return false;
}

bool is_joiner(std::string_view segment) {
  return segment == "-" || segment == "\u2010" || segment == "\u2011" || segment == "&";
}

// Length in bytes of a CoNLL clitic at the end of `word` ("'s", "n't"), or 0.
// A left quotation mark typed for the apostrophe ("Trump\u2018s", common in
// scraped pages) is one too.
std::size_t clitic_length(std::string_view word) {
  for (std::string_view clitic : {"'s", "'S", "\u2019s", "\u2019S", "\u2018s", "\u2018S"}) {
    if (word.size() > clitic.size() && word.ends_with(clitic)) return clitic.size();
  }
  for (std::string_view clitic : {"n't", "N'T", "n\u2019t"}) {
    if (word.size() > clitic.size() + 1 && word.ends_with(clitic)) return clitic.size();
  }
  return 0;
}

std::vector<Token> iterate_words(std::string_view text, UText* utext, UErrorCode& status) {
  std::vector<Token> segments;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("en"), status));
  if (U_FAILURE(status)) return segments;
  words->setText(utext, status);
  if (U_FAILURE(status)) return segments;
  std::int32_t start = words->first();
  for (std::int32_t end = words->next(); end != icu::BreakIterator::DONE;
       start = end, end = words->next()) {
    const Token segment{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)};
    if (!is_space(text.substr(segment.start, segment.end - segment.start))) {
      segments.push_back(segment);
    }
  }
  return segments;
}

// The word-break classes of Unicode's word boundaries (UAX #29) that
// English news is written in: letters, digits, the marks that join them
// ("U.S.", "3,000", "don’t"), spaces and line ends, and everything else
// on its own. Other classes (combining marks, format characters and
// joiners, Hebrew, Katakana, scripts ICU splits with a dictionary, anything
// from U+2E80 on) are left to ICU. Only ICU's character properties are
// asked, never its emoji data, which the wasm build does not hold.
enum class Break : std::uint8_t {
  other,
  letter,
  numeric,
  mid_letter,      // "\u00B7"
  mid_num,         // "," ";"
  mid_num_let,     // "." "'" "’"
  extend_num_let,  // "_"
  cr,
  lf,
  newline,
  space,
  unknown,
};

Break break_class(UChar32 c) {
  if (c == '@') return Break::letter;  // in ICU's rules (CLDR's), a letter: "a@b" is one segment
  // Beyond these, dictionaries and other scripts' rules take part.
  constexpr UChar32 kFirstUnhandled = 0x2E80;
  if (c < 0 || c >= kFirstUnhandled) return Break::unknown;
  if (u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT) return Break::unknown;
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER:
      return Break::letter;
    case U_WB_NUMERIC:
      return Break::numeric;
    case U_WB_MIDLETTER:
      // ICU's rules (from CLDR) take the colon out of the class: "a:b" is
      // three segments, unlike in UAX #29 itself.
      return c == ':' ? Break::other : Break::mid_letter;
    case U_WB_MIDNUM:
      return Break::mid_num;
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE:
      return Break::mid_num_let;
    case U_WB_EXTENDNUMLET:
      return Break::extend_num_let;
    case U_WB_CR:
      return Break::cr;
    case U_WB_LF:
      return Break::lf;
    case U_WB_NEWLINE:
      return Break::newline;
    case U_WB_WSEGSPACE:
      return Break::space;
    case U_WB_OTHER:  // emoji too ("\u2764", "\u00A9"): they differ only beside a joiner
      return Break::other;
    default:
      return Break::unknown;
  }
}

const std::array<Break, 128>& ascii_break_classes() {
  static const std::array<Break, 128> classes = [] {
    std::array<Break, 128> out{};
    for (UChar32 c = 0; c < 128; ++c) out[static_cast<std::size_t>(c)] = break_class(c);
    return out;
  }();
  return classes;
}

bool joins_letters(Break b) {
  return b == Break::mid_letter || b == Break::mid_num_let;
}

bool joins_digits(Break b) {
  return b == Break::mid_num || b == Break::mid_num_let;
}

// Whether a word boundary lies between the code points of `classes` at
// i - 1 and i (rules WB3 to WB13b of UAX #29; WB4 and the rules of the
// classes left to ICU do not arise).
bool breaks_before(const std::vector<Break>& classes, std::size_t i) {
  const Break before = classes[i - 1], after = classes[i];
  const Break before2 = i >= 2 ? classes[i - 2] : Break::other;
  const Break after2 = i + 1 < classes.size() ? classes[i + 1] : Break::other;
  if (before == Break::cr && after == Break::lf) return false;
  if (before == Break::cr || before == Break::lf || before == Break::newline) return true;
  if (after == Break::cr || after == Break::lf || after == Break::newline) return true;
  if (before == Break::space && after == Break::space) return false;
  const bool letters = before == Break::letter || before == Break::numeric;
  if (letters && (after == Break::letter || after == Break::numeric)) return false;
  if (before == Break::letter && joins_letters(after) && after2 == Break::letter) return false;
  if (before2 == Break::letter && joins_letters(before) && after == Break::letter) return false;
  if (before == Break::numeric && joins_digits(after) && after2 == Break::numeric) return false;
  if (before2 == Break::numeric && joins_digits(before) && after == Break::numeric) return false;
  if ((letters || before == Break::extend_num_let) && after == Break::extend_num_let) return false;
  if (before == Break::extend_num_let && (after == Break::letter || after == Break::numeric))
    return false;
  return true;
}

}  // namespace

std::optional<std::vector<Token>> fast_word_segments(std::string_view text) {
  const auto& ascii = ascii_break_classes();
  std::vector<Break> classes;
  std::vector<std::uint32_t> starts;  // each code point's byte offset
  classes.reserve(text.size());
  starts.reserve(text.size() + 1);
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    starts.push_back(static_cast<std::uint32_t>(i));
    if (bytes[i] < 0x80) {
      classes.push_back(ascii[bytes[i++]]);
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    const Break b = break_class(c);
    if (b == Break::unknown) return std::nullopt;
    classes.push_back(b);
  }
  starts.push_back(static_cast<std::uint32_t>(text.size()));
  std::vector<Token> segments;
  std::size_t first = 0;
  for (std::size_t i = 1; i <= classes.size(); ++i) {
    if (i < classes.size() && !breaks_before(classes, i)) continue;
    const Token segment{starts[first], starts[i]};
    if (!is_space(text.substr(segment.start, segment.end - segment.start)))
      segments.push_back(segment);
    first = i;
  }
  return segments;
}

namespace {

// Joins "al" "-" "Assad" and "AT" "&" "T"; keeps "U.S." and "Mr." whole;
// "Western" "-" "backed" becomes "Western" "-backed".
std::vector<Token> merge_segments(std::string_view text, const std::vector<Token>& segments) {
  std::vector<Token> merged;
  const auto str = [&](const Token& t) { return text.substr(t.start, t.end - t.start); };
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const Token& segment = segments[i];
    if (!merged.empty() && merged.back().end == segment.start) {
      Token& last = merged.back();
      const std::string_view piece = str(segment);
      const bool next_touches = i + 1 < segments.size() && segments[i + 1].start == segment.end;
      if (is_joiner(piece) && next_touches && is_alnum(code_point_before(text, last.end)) &&
          is_alnum(code_point_at(text, segments[i + 1].start))) {
        if (piece != "&" && has_uppercase(str(last)) &&
            text::is_name_attachment(str(segments[i + 1]))) {
          merged.push_back({segment.start, segments[i + 1].end});
        } else {
          last.end = segments[i + 1].end;
        }
        ++i;
        continue;
      }
      if (piece == "." && text::keeps_period(str(last))) {
        last.end = segment.end;
        continue;
      }
    }
    merged.push_back(segment);
  }
  return merged;
}

std::vector<Token> split_clitics(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Token> out;
  out.reserve(tokens.size() + tokens.size() / 16);
  for (const Token& token : tokens) {
    const std::size_t clitic = clitic_length(text.substr(token.start, token.end - token.start));
    if (clitic == 0) {
      out.push_back(token);
    } else {
      const auto at = static_cast<std::uint32_t>(token.end - clitic);  // within the token
      out.push_back({token.start, at});
      out.push_back({at, token.end});
    }
  }
  return out;
}

}  // namespace

Result<std::vector<Token>> icu_word_segments(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, Closer> utext(
      utext_openUTF8(nullptr, text.data(), static_cast<std::int64_t>(text.size()), &status));
  if (U_FAILURE(status)) {
    return Error{ErrorCode::icu_failure,
                 std::string("cannot read the text: ") + u_errorName(status)};
  }
  auto segments = iterate_words(text, utext.get(), status);
  if (U_FAILURE(status)) {
    return Error{ErrorCode::icu_failure,
                 std::string("ICU cannot split the text: ") + u_errorName(status)};
  }
  return segments;
}

Result<std::vector<Token>> tokenize(std::string_view text) {
  if (text.empty()) return std::vector<Token>();
  if (auto fast = fast_word_segments(text)) return split_clitics(text, merge_segments(text, *fast));
  const auto segments = icu_word_segments(text);
  if (!segments) return segments.error();
  return split_clitics(text, merge_segments(text, segments.value()));
}

std::string conll_form(std::string_view token) {
  struct Replacement {
    std::string_view from, to;
  };
  static constexpr std::array<Replacement, 11> kReplacements{{{"\u2019", "'"},
                                                              {"\u2018", "'"},
                                                              {"\u201C", "\""},
                                                              {"\u201D", "\""},
                                                              {"\u201E", "\""},
                                                              {"\u00AB", "\""},
                                                              {"\u00BB", "\""},
                                                              {"\u2014", "--"},
                                                              {"\u2013", "-"},
                                                              {"\u2010", "-"},
                                                              {"\u2026", "..."}}};
  std::string out;
  out.reserve(token.size());
  for (std::size_t i = 0; i < token.size();) {
    bool replaced = false;
    if (static_cast<std::uint8_t>(token[i]) >= 0x80) {
      for (const auto& r : kReplacements) {
        if (token.substr(i).starts_with(r.from)) {
          out += r.to;
          i += r.from.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out.push_back(token[i++]);
  }
  return out;
}

}  // namespace presslens::nlp
