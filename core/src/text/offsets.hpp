// Offsets and counts in 4 bytes, as the core's compact records hold them
// (the base layer's one narrowing, as room.hpp holds its container helper).
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>

#include "presslens/document.hpp"

namespace presslens::text {

// `n` in 4 bytes; throws std::length_error(`what`) when it does not fit (a
// text or source of 4 GB or more).
inline std::uint32_t offset32(std::size_t n, const char* what) {
  if (n > std::numeric_limits<std::uint32_t>::max()) throw std::length_error(what);
  return static_cast<std::uint32_t>(n);
}

// The span [start, end) of a text in 4-byte offsets (Span); throws
// std::length_error when an offset does not fit (a text of 4 GB or more:
// every stage that makes spans is guarded, so that document alone fails).
inline Span make_span(std::size_t start, std::size_t end) {
  return {offset32(start, "a text of 4 GB or more"), offset32(end, "a text of 4 GB or more")};
}

}  // namespace presslens::text
