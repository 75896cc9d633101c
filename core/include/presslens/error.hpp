// Errors are values: every fallible core call returns a Status or a Result<T>.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace presslens {

enum class ErrorCode {
  ok = 0,
  empty_file,        // zero bytes, or nothing but whitespace
  binary_file,       // an image, archive, executable... not text
  undecodable,       // text in an encoding we cannot identify or convert
  file_too_large,    // above AnalyzeOptions::max_file_bytes
  invalid_record,    // a .json/.jsonl record that is not an article
  unreadable,        // the file could not be read (CLI)
  icu_failure,       // ICU reported an error (missing data, ...)
  invalid_argument,  // a caller passed something malformed
  too_large,         // analysing the document ran out of memory
  too_complex,       // analysing the document failed in a way no limit foresaw
};

std::string_view to_string(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::ok;
  std::string message;
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)) {}
  static Status success() { return {}; }

  bool ok() const { return error_.code == ErrorCode::ok; }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return error_; }

 private:
  Error error_;
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}
  Result(Error error) : value_(std::move(error)) {}

  bool ok() const { return std::holds_alternative<T>(value_); }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return std::get<T>(value_); }
  T& value() & { return std::get<T>(value_); }
  T&& value() && { return std::get<T>(std::move(value_)); }
  const Error& error() const { return std::get<Error>(value_); }

 private:
  std::variant<T, Error> value_;
};

}  // namespace presslens
