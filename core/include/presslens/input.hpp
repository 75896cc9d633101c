// What callers hand to the core: named byte buffers, one per file.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "presslens/error.hpp"

namespace presslens {

struct InputFile {
  std::string name;                 // the file name as the user knows it (no directories needed)
  std::string bytes;                // the file's raw bytes, in any encoding
  std::optional<Error> read_error;  // set when the caller could not read the file
};

// The bytes of a text file in any common encoding, as UTF-8 (decoded as
// analyze() decodes a .txt file, not normalised). An Error for an empty or
// binary file; `warnings`, if given, get what was repaired.
Result<std::string> decode_text(std::string_view bytes,
                                std::vector<std::string>* warnings = nullptr);

}  // namespace presslens
