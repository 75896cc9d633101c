#include "facts/number_words.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

namespace presslens::facts {
namespace {

constexpr std::array<std::pair<std::string_view, int>, 28> kCardinals{{
    {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70}, {"eighty", 80},  {"ninety", 90},
}};

constexpr std::array<std::pair<std::string_view, int>, 27> kOrdinals{{
    {"first", 1},        {"second", 2},      {"third", 3},       {"fourth", 4},
    {"fifth", 5},        {"sixth", 6},       {"seventh", 7},     {"eighth", 8},
    {"ninth", 9},        {"tenth", 10},      {"eleventh", 11},   {"twelfth", 12},
    {"thirteenth", 13},  {"fourteenth", 14}, {"fifteenth", 15},  {"sixteenth", 16},
    {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
    {"thirtieth", 30},   {"fortieth", 40},   {"fiftieth", 50},   {"sixtieth", 60},
    {"seventieth", 70},  {"eightieth", 80},  {"ninetieth", 90},
}};

template <class Table>
std::optional<int> lookup(const Table& table, std::string_view word) {
  for (const auto& [name, value] : table) {
    if (name == word) return value;
  }
  return std::nullopt;
}

// What every name of a table shares: its shortest and longest length and
// its first letters (a bit each).
struct Bounds {
  std::size_t shortest = 99, longest = 0;
  std::uint32_t first_letters = 0;

  // Whether `word` may be one of the names: most words are none of them,
  // and their length or first letter says so before any comparison.
  constexpr bool may_hold(std::string_view word) const {
    return word.size() >= shortest && word.size() <= longest && may_start(word);
  }
  constexpr bool may_start(std::string_view word) const {
    return !word.empty() && word[0] >= 'a' && word[0] <= 'z' &&
           (first_letters >> (word[0] - 'a') & 1) != 0;
  }
};

template <class Table>
constexpr Bounds bounds_of(const Table& table) {
  Bounds b;
  for (const auto& [name, value] : table) {
    b.shortest = std::min(b.shortest, name.size());
    b.longest = std::max(b.longest, name.size());
    b.first_letters |= std::uint32_t{1} << (name[0] - 'a');
  }
  return b;
}

}  // namespace

std::optional<int> unit_or_ten(std::string_view word) {
  // Every word is read as a possible number: the bounds turn most away.
  static constexpr Bounds kBounds = bounds_of(kCardinals);
  if (!kBounds.may_hold(word)) return std::nullopt;
  return lookup(kCardinals, word);
}

std::optional<double> scale(std::string_view word) {
  if (word == "hundred") return 1e2;
  if (word == "thousand") return 1e3;
  if (word == "million") return 1e6;
  if (word == "billion") return 1e9;
  if (word == "trillion") return 1e12;
  return std::nullopt;
}

std::optional<double> fraction(std::string_view word) {
  if (word == "half") return 0.5;
  if (word == "quarter") return 0.25;
  if (word == "third") return 1.0 / 3.0;
  if (word == "quarters") return 0.25;  // "three quarters"
  if (word == "thirds") return 1.0 / 3.0;
  return std::nullopt;
}

std::optional<int> ordinal_word(std::string_view word) {
  static constexpr Bounds kOrdinalBounds = bounds_of(kOrdinals);
  static constexpr Bounds kCardinalBounds = bounds_of(kCardinals);
  if (kOrdinalBounds.may_hold(word)) {
    if (auto value = lookup(kOrdinals, word)) return value;
  }
  if (!kCardinalBounds.may_start(word)) return std::nullopt;
  const auto dash = word.find('-');  // twenty-first
  if (dash == std::string_view::npos) return std::nullopt;
  const auto tens = lookup(kCardinals, word.substr(0, dash));
  const auto unit = lookup(kOrdinals, word.substr(dash + 1));
  if (tens && unit && *tens >= 20 && *tens % 10 == 0 && *unit < 10) return *tens + *unit;
  return std::nullopt;
}

}  // namespace presslens::facts
