#include "input/record_caps.hpp"

#include <algorithm>

namespace presslens::input {
namespace {

// Each record costs about 2 KB of memory whatever its size, so beyond the
// first kRecordsAlwaysRead a file must hold kMinBytesPerRecord per record,
// and never more than kMaxRecordsPerFile.
constexpr std::size_t kMaxRecordsPerFile = 10000;
constexpr std::size_t kRecordsAlwaysRead = 500;
constexpr std::size_t kMinBytesPerRecord = 256;

}  // namespace

std::size_t max_records(std::size_t file_bytes) {
  return std::min(kMaxRecordsPerFile,
                  std::max(kRecordsAlwaysRead, file_bytes / kMinBytesPerRecord));
}

std::string thousands(std::size_t n) {
  std::string digits = std::to_string(n);
  for (std::size_t i = digits.size(); i > 3; i -= 3) digits.insert(i - 3, ",");
  return digits;
}

void RecordTally::keep(Record record, bool good_record, std::size_t cap) {
  good_record ? ++good : ++failed;
  if (records.size() < cap && (good_record || failed <= kMaxFailedRecordsListed)) {
    records.push_back(std::move(record));
  } else if (!good_record && !first_unlisted_failure) {
    first_unlisted_failure = total;
  }
}

Result<std::vector<Record>> settle(const std::string& file_name, RecordTally set, std::size_t cap,
                                   std::string_view empty_message) {
  if (set.total == 0) return Error{ErrorCode::invalid_record, std::string(empty_message)};
  if (set.good == 0 && set.total > 1) {
    const std::string first = set.records.empty() || !set.records.front().error
                                  ? std::string()
                                  : set.records.front().error->message;
    return Error{ErrorCode::invalid_record, "none of the " + thousands(set.total) +
                                                " records is an article (the first: " + first +
                                                ")"};
  }
  std::vector<Record> records = std::move(set.records);
  const std::size_t listed_failures = std::min(set.failed, kMaxFailedRecordsListed);
  if (set.failed > listed_failures && set.first_unlisted_failure) {
    Record more;
    more.name = file_name + "#" + std::to_string(*set.first_unlisted_failure);
    more.error = Error{ErrorCode::invalid_record,
                       "this and " + thousands(set.failed - listed_failures - 1) +
                           " more records are not articles (only the first " +
                           std::to_string(kMaxFailedRecordsListed) + " are listed)"};
    records.push_back(std::move(more));
  }
  const std::size_t read = std::min(set.total, cap);
  if (set.total > read) {
    Record rest;
    rest.name = file_name + "#" + std::to_string(read + 1);
    rest.error = Error{ErrorCode::file_too_large,
                       "only the first " + thousands(read) + " records were read; the file holds " +
                           thousands(set.total) + " (split it into smaller files)"};
    records.push_back(std::move(rest));
  }
  return records;
}

}  // namespace presslens::input
