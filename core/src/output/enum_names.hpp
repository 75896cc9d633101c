// The names the enums of the public types carry in JSON, in one table per
// enum (indexed by the enum's value): to_string() reads them, and the
// stage-2 exchange reads them back.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "presslens/document.hpp"

namespace presslens::output {

inline constexpr std::array<std::string_view, 8> kBlockKindNames{
    "title", "dateline", "heading", "paragraph", "credit", "caption", "boilerplate", "duplicate"};
inline constexpr std::array<std::string_view, 4> kEntityTypeNames{"PER", "ORG", "LOC", "MISC"};
inline constexpr std::array<std::string_view, 2> kQuoteKindNames{"direct", "indirect"};
inline constexpr std::array<std::string_view, 5> kNumberKindNames{"cardinal", "ordinal", "percent",
                                                                  "money", "age"};
inline constexpr std::array<std::string_view, 6> kQualifierNames{
    "", "approximately", "more than", "at least", "less than", "at most"};
inline constexpr std::array<std::string_view, 6> kDateModifierNames{"",     "early",   "mid",
                                                                    "late", "earlier", "later"};
inline constexpr std::array<std::string_view, 3> kPassageKindNames{"verbatim", "near", "repeat"};
inline constexpr std::array<std::string_view, 8> kInputFormatNames{"text", "json", "html",  "mhtml",
                                                                   "docx", "rtf",  "email", "pdf"};
inline constexpr std::array<std::string_view, 7> kDateSourceNames{
    "", "record", "metadata", "address", "text", "file name", "user"};

template <class Enum, std::size_t N>
std::string_view name_of(const std::array<std::string_view, N>& names, Enum value) {
  const auto i = static_cast<std::size_t>(value);
  return i < N ? names[i] : std::string_view();
}

template <class Enum, std::size_t N>
std::optional<Enum> value_named(const std::array<std::string_view, N>& names,
                                std::string_view name) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

}  // namespace presslens::output
