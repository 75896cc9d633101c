// Letter case, in one place: ASCII tests and lower-casing (the same in every
// build and locale), and Unicode simple lower-casing (ICU) for words that
// are not ASCII.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace presslens::text {

constexpr bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
constexpr bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}
constexpr bool is_ascii_letter(char c) {
  return is_ascii_upper(c) || is_ascii_lower(c);
}
constexpr bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
constexpr bool is_ascii_alnum(char c) {
  return is_ascii_letter(c) || is_ascii_digit(c);
}
constexpr bool is_ascii(std::string_view s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

constexpr char ascii_lower(char c) {
  return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

// A..Z lowered; every other byte (UTF-8 sequences too) as it is.
std::string ascii_lower(std::string_view s);

// ascii_lower(s) == lower, without making the lowered copy.
constexpr bool ascii_lower_equals(std::string_view s, std::string_view lower) {
  return std::equal(s.begin(), s.end(), lower.begin(), lower.end(),
                    [](char c, char l) { return ascii_lower(c) == l; });
}

// Unicode simple lower case (ICU u_tolower): "ÖSTERREICH" -> "österreich".
char32_t lower(char32_t c);
std::string lower(std::string_view s);

}  // namespace presslens::text
