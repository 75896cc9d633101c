// Trimming characters off both ends of a view: one helper for the readers
// (MIME headers, search queries, corrections files), each naming the
// characters it treats as blank.
#pragma once

#include <string_view>

namespace presslens::text {

// Space, tab, carriage return, line feed, form feed.
inline constexpr std::string_view kAsciiBlanks = " \t\r\n\f";

// `s` without any of `blanks` at either end.
constexpr std::string_view trim(std::string_view s, std::string_view blanks = kAsciiBlanks) {
  const auto first = s.find_first_not_of(blanks);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(blanks) - first + 1);
}

}  // namespace presslens::text
