// Publication dates as news exports write them, to ISO 8601 (date only).
#include <array>
#include <charconv>
#include <string>
#include <vector>

#include "input/records.hpp"
#include "text/case.hpp"
#include "text/lexicon.hpp"

namespace presslens::input {
namespace {

struct Token {
  std::string text;  // lower case
  bool number = false;
  char after = 0;  // the character just after it (0 at the end)
};

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < s.size()) {
    if (text::is_ascii_alnum(s[i])) {
      const bool digits = text::is_ascii_digit(s[i]);
      std::size_t j = i;
      while (j < s.size() && (digits ? text::is_ascii_digit(s[j]) : text::is_ascii_letter(s[j]))) {
        ++j;
      }
      tokens.push_back({text::ascii_lower(s.substr(i, j - i)), digits, j < s.size() ? s[j] : '\0'});
      i = j;
    } else {
      ++i;
    }
  }
  return tokens;
}

int to_int(const std::string& digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

bool valid(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  if (month == 2 && day == 29) return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[static_cast<std::size_t>(month - 1)];
}

std::optional<std::string> format(int year, int month, int day) {
  if (!valid(year, month, day)) return std::nullopt;
  char buffer[40];  // room for any three ints, so the compiler sees no truncation
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return std::string(buffer);
}

bool ordinal(const Token& t) {
  return t.text == "st" || t.text == "nd" || t.text == "rd" || t.text == "th";
}

bool year(const Token& t) {
  return t.number && t.text.size() == 4;
}

bool day(const Token& t) {
  return t.number && t.text.size() <= 2;
}

// The first date in the tokens. `written` also reads ordinal days and
// day-month orders written with dots or slashes (written_date).
std::optional<std::string> scan(const std::vector<Token>& t, bool written) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    const std::size_t left = t.size() - i;
    // "1st": the ordinal's letters are a token of their own.
    const std::size_t skip = written && left >= 2 && day(t[i]) && ordinal(t[i + 1]) ? 1 : 0;
    // 2015-09-16, 2015/09/16, 2015.09.16 (with any time after it)
    if (left >= 3 && year(t[i]) && t[i + 1].number && t[i + 2].number) {
      return format(to_int(t[i].text), to_int(t[i + 1].text), to_int(t[i + 2].text));
    }
    // 16 Sep 2015, 16 September 2015 (RFC 2822 and British style)
    if (left >= 3 + skip && day(t[i]) && !t[i + 1 + skip].number && year(t[i + 2 + skip])) {
      if (const int m = text::month_of(t[i + 1 + skip].text)) {
        return format(to_int(t[i + 2 + skip].text), m, to_int(t[i].text));
      }
    }
    // September 16, 2015 / Sep 16 2015
    if (left >= 3 && !t[i].number && day(t[i + 1])) {
      const std::size_t after = written && left >= 4 && ordinal(t[i + 2]) ? 1 : 0;
      if (year(t[i + 2 + after])) {
        if (const int m = text::month_of(t[i].text)) {
          return format(to_int(t[i + 2 + after].text), m, to_int(t[i + 1].text));
        }
      }
    }
    // 12.12.2025 (day first), 10/31/2024 or 15/12/2025 (whichever is over 12 is the day)
    if (written && left >= 3 && day(t[i]) && day(t[i + 1]) && year(t[i + 2]) &&
        t[i].after == t[i + 1].after && (t[i].after == '.' || t[i].after == '/')) {
      const int a = to_int(t[i].text);
      const int b = to_int(t[i + 1].text);
      if (t[i].after == '.') return format(to_int(t[i + 2].text), b, a);
      if (a > 12 && b <= 12) return format(to_int(t[i + 2].text), b, a);
      if (b > 12 && a <= 12) return format(to_int(t[i + 2].text), a, b);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> iso_date(std::string_view text) {
  return scan(tokenize(text), false);
}

std::optional<std::string> written_date(std::string_view text) {
  return scan(tokenize(text), true);
}

}  // namespace presslens::input
