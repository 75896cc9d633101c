// Article records of .json and .jsonl files (see records.hpp), read as a
// stream: memory in proportion to the fields kept, whatever the file holds.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "input/records.hpp"

namespace presslens::input {

// A .json file: one record (an object), an array of records, or an array
// under a wrapper key ("articles", "items"...). A file that is not JSON, or
// whose records are none of them articles, is one Error.
Result<std::vector<Record>> read_json_records(const std::string& file_name,
                                              std::string_view content);

// A .jsonl file: one record per non-empty line; a bad line is a Record with
// its error set and the others still count.
Result<std::vector<Record>> read_json_lines(const std::string& file_name, std::string_view content);

}  // namespace presslens::input
