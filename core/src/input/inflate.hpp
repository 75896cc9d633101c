// DEFLATE (RFC 1951), the compression of ZIP files and so of DOCX, decoded
// with a bound on the output: a zip bomb stops at the bound instead of
// filling memory.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "presslens/error.hpp"

namespace presslens::input {

enum class InflateStatus {
  ok,
  too_large,  // the output would pass `max_output`
  corrupt,    // not valid DEFLATE data, or cut short
};

struct Inflated {
  std::string bytes;
  InflateStatus status = InflateStatus::ok;
};

// The raw DEFLATE stream `compressed` decoded, up to `max_output` bytes.
Inflated inflate(std::string_view compressed, std::size_t max_output);

}  // namespace presslens::input
