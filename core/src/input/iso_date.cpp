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
      tokens.push_back({text::ascii_lower(s.substr(i, j - i)), digits});
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

}  // namespace

std::optional<std::string> iso_date(std::string_view text) {
  const auto t = tokenize(text);
  for (std::size_t i = 0; i < t.size(); ++i) {
    const std::size_t left = t.size() - i;
    // 2015-09-16, 2015/09/16, 2015.09.16 (with any time after it)
    if (left >= 3 && t[i].number && t[i].text.size() == 4 && t[i + 1].number && t[i + 2].number) {
      return format(to_int(t[i].text), to_int(t[i + 1].text), to_int(t[i + 2].text));
    }
    // 16 Sep 2015, 16 September 2015 (RFC 2822 and British style)
    if (left >= 3 && t[i].number && t[i].text.size() <= 2 && !t[i + 1].number && t[i + 2].number &&
        t[i + 2].text.size() == 4) {
      if (const int m = text::month_of(t[i + 1].text)) {
        return format(to_int(t[i + 2].text), m, to_int(t[i].text));
      }
    }
    // September 16, 2015 / Sep 16 2015
    if (left >= 3 && !t[i].number && t[i + 1].number && t[i + 1].text.size() <= 2 &&
        t[i + 2].number && t[i + 2].text.size() == 4) {
      if (const int m = text::month_of(t[i].text)) {
        return format(to_int(t[i + 2].text), m, to_int(t[i + 1].text));
      }
    }
  }
  return std::nullopt;
}

}  // namespace presslens::input
