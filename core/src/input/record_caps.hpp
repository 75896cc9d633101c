// The limits on the records one file may give (docs/robustness.md), shared by
// every reader of many-article files: JSON records, JSON lines, news-database
// exports.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "input/records.hpp"

namespace presslens::input {

// Records that are not articles are listed one by one up to this many per
// file; the rest are counted in one more entry.
inline constexpr std::size_t kMaxFailedRecordsListed = 100;

// How many records a file of `file_bytes` may give.
std::size_t max_records(std::size_t file_bytes);

// "1,000,000".
std::string thousands(std::size_t n);

// The records of one file as they are read, with what the caps left out.
struct RecordTally {
  std::vector<Record> records;
  std::size_t total = 0;                              // records seen (the caller counts)
  std::size_t good = 0;                               // with article text
  std::size_t failed = 0;                             // without
  std::optional<std::size_t> first_unlisted_failure;  // index of the first failed one not kept

  // Counts `record` (the total-th) and keeps it when the caps allow.
  void keep(Record record, bool good_record, std::size_t cap);
};

// The file's records as documents will see them: at most `cap`, failed ones
// listed up to kMaxFailedRecordsListed and counted past it, a file of nothing
// but failed records one error, a file of none `empty_message`.
Result<std::vector<Record>> settle(const std::string& file_name, RecordTally tally, std::size_t cap,
                                   std::string_view empty_message);

}  // namespace presslens::input
