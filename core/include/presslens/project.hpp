// A project file (`.presslens`), as the explorer exports it: the batch's
// files (names and bytes), the user's corrections and notes, in one
// versioned JSON document (docs/output.md, "Project files"). The native and
// node command lines read it (`presslens analyze --project FILE`); the page
// reads and writes the same format (web/project-format.js).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "presslens/corrections.hpp"
#include "presslens/error.hpp"
#include "presslens/input.hpp"

namespace presslens {

// The `format` field of every project file.
inline constexpr std::string_view kProjectFormat = "presslens-project";
// The version this build writes, and the oldest it still reads.
inline constexpr int kProjectVersion = 1;
inline constexpr int kOldestProjectVersion = 1;

struct Project {
  std::string name;              // as the user named it in the page ("" if none)
  std::vector<InputFile> files;  // in the batch's order, bytes exactly as dropped
  // The project's corrections, read as a corrections file's list is
  // (parse_corrections): an entry that is wrong in itself is kept, with its
  // problem, and reported when the batch is analysed.
  std::vector<Correction> corrections;
};

// Reads a project file. A file that is not JSON, not a project, from a
// newer or an older format, or whose contents are damaged (a file's bytes
// not valid base64 or not of its recorded size, two files of one name) is an
// Error (invalid_argument) whose message says which, in words a user can act
// on; nothing is returned then.
Result<Project> read_project(std::string_view text);

}  // namespace presslens
