// What callers hand to the core: named byte buffers, one per file.
#pragma once

#include <optional>
#include <string>

#include "presslens/error.hpp"

namespace presslens {

struct InputFile {
  std::string name;                 // the file name as the user knows it (no directories needed)
  std::string bytes;                // the file's raw bytes, in any encoding
  std::optional<Error> read_error;  // set when the caller could not read the file
};

}  // namespace presslens
