// What the readers of news-database exports share: the file as trimmed lines,
// "Key: value" fields, "N of M" counters, and the check of the count found
// against the count the export declares.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "input/records.hpp"

namespace presslens::input::exports {

// The lines of `content` (LF, CRLF or CR), each trimmed of spaces, tabs and
// non-breaking spaces.
std::vector<std::string_view> trimmed_lines(std::string_view content);

// `line` without spaces, tabs and non-breaking spaces at either end.
std::string_view trim(std::string_view line);

// The value of `line` when it reads "<key>: value" (the colon may be
// followed by a non-breaking space, or by nothing); nullopt otherwise.
std::optional<std::string_view> field(std::string_view line, std::string_view key);

// The key of a "KEY: value" line whose key is upper-case letters, spaces and
// hyphens ("LOAD-DATE"), or empty.
std::string_view upper_key(std::string_view line);

// {N, M} when `line` reads "<before>N of M<after>" ("Document 3 of 25",
// "3 of 25 DOCUMENTS"); `after` is compared ignoring ASCII case.
struct Counter {
  std::size_t n = 0;
  std::size_t m = 0;
};
std::optional<Counter> n_of_m(std::string_view line, std::string_view before,
                              std::string_view after);

// The first whole number in `text` ("412 words" -> 412), digits grouped by
// commas allowed.
std::optional<std::size_t> first_number(std::string_view text);

// The lines joined by "\n" (blank lines kept: they separate paragraphs).
std::string join(const std::vector<std::string_view>& lines, std::size_t from, std::size_t to);

// Sets a Record's fields as every reader does; an article without text
// becomes a Record with its error set.
void finish_article(Record& record, std::size_t index);

// The records of an export as analyze() sees them: named "file#N" (the file's
// name when it holds one article), capped like JSON records, and a warning on
// the first one when the count found differs from what the export declares
// (`counters`: each article's "N of M", where it has one).
Result<std::vector<Record>> settle_export(const std::string& file_name,
                                          std::vector<Record> articles,
                                          const std::vector<Counter>& counters, std::size_t bytes);

}  // namespace presslens::input::exports
