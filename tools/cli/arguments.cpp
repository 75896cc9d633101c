#include "cli.hpp"

namespace presslens::cli {

std::optional<std::string> ArgumentReader::next_option() {
  while (next_ < args_.size()) {
    const std::string& arg = args_[next_++];
    if (options_done_) {
      operands_.push_back(arg);
    } else if (arg == "--") {
      options_done_ = true;
    } else if (arg.starts_with("--")) {
      option_ = arg;
      return arg;
    } else {
      operands_.push_back(arg);
    }
  }
  return std::nullopt;
}

std::optional<std::string> ArgumentReader::value() {
  if (next_ >= args_.size()) return std::nullopt;
  return args_[next_++];
}

int ArgumentReader::unknown() const {
  return usage_error(std::string(command_) + ": unknown option " + printable(option_));
}

void report_document_errors(const Batch& batch) {
  for (const auto& document : batch.documents) {
    if (document.error)
      write_error("presslens: " + printable(document.name) + ": " + document.error->message + "\n");
  }
}

}  // namespace presslens::cli
