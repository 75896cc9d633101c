#include "input/mojibake.hpp"

#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <optional>

#include "text/utf8.hpp"

namespace presslens::input {
namespace {

// Windows-1252's characters for the bytes 0x80-0x9F (0 where it has none;
// Latin-1's control characters U+0080-U+009F stand for those bytes too).
constexpr std::array<char32_t, 32> kCp1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The byte Windows-1252 (or Latin-1) reads as `c`, if any byte of 0x80-0xFF.
std::optional<std::uint8_t> cp1252_byte(char32_t c) {
  if (c < 0x80) return std::nullopt;
  if (c <= 0xFF) return static_cast<std::uint8_t>(c);
  for (std::size_t b = 0; b < kCp1252High.size(); ++b) {
    if (kCp1252High[b] == c) return static_cast<std::uint8_t>(0x80 + b);
  }
  return std::nullopt;
}

// How many continuation bytes a lead byte takes; 0 for no lead byte of a
// character past U+007F.
int continuations(std::uint8_t lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 1;
  if (lead >= 0xE0 && lead <= 0xEF) return 2;
  if (lead >= 0xF0 && lead <= 0xF4) return 3;
  return 0;
}

// A letter and the combining mark after it at `i`, composed ("A" and U+0303
// as U+00C3: text decomposed after the damage); `i` moves past the mark.
// `c` itself when they do not compose.
UChar32 composed(const std::uint8_t* s, std::int32_t& i, std::int32_t n, UChar32 c) {
  if (c < 'A' || c > 'z' || i >= n || s[i] != 0xCC) return c;  // marks U+0300-U+033F
  std::int32_t k = i;
  UChar32 mark = 0;
  U8_NEXT(s, k, n, mark);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || mark < 0) return c;
  const UChar32 both = nfc->composePair(c, mark);
  if (both < 0) return c;
  i = k;
  return both;
}

}  // namespace

std::size_t repair_double_encoding(std::string& text) {
  // Every character of a double encoding is past U+007F: plain ASCII has none.
  bool any = false;
  for (const char ch : text) any = any || static_cast<unsigned char>(ch) >= 0xC2;
  if (!any) return 0;
  std::string out;
  std::size_t repaired = 0;
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto n = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < n) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, n, c);
    c = composed(s, i, n, c);
    const std::optional<std::uint8_t> lead = c < 0 ? std::nullopt : cp1252_byte(c);
    const int more = lead ? continuations(*lead) : 0;
    if (more > 0) {
      // The characters after it, read back as bytes, must all continue it.
      std::array<std::uint8_t, 4> bytes{*lead};
      std::int32_t k = i;
      int got = 0;
      while (got < more && k < n) {
        UChar32 next = 0;
        U8_NEXT(s, k, n, next);
        const auto b = next < 0 ? std::nullopt : cp1252_byte(next);
        if (!b || *b < 0x80 || *b > 0xBF) break;
        bytes[static_cast<std::size_t>(++got)] = *b;
      }
      if (got == more) {
        std::int32_t at = 0;
        UChar32 decoded = 0;
        U8_NEXT(bytes.data(), at, more + 1, decoded);
        if (decoded >= 0x80 && at == more + 1) {
          if (repaired == 0) out.assign(text, 0, static_cast<std::size_t>(start));
          text::append_utf8(out, static_cast<char32_t>(decoded));
          ++repaired;
          i = k;
          continue;
        }
      }
    }
    // Until the first repair the text is kept as it is; after, it is copied.
    if (repaired > 0)
      out.append(text, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
  }
  if (repaired > 0) text = std::move(out);
  return repaired;
}

}  // namespace presslens::input
