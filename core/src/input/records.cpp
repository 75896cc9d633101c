#include "input/records.hpp"

#include "input/email.hpp"
#include "input/json_records.hpp"
#include "input/news_exports.hpp"
#include "input/rtf.hpp"
#include "text/case.hpp"

namespace presslens::input {

FileFormat format_of(std::string_view file_name) {
  const auto dot = file_name.rfind('.');
  if (dot == std::string_view::npos) return FileFormat::text;
  const auto extension = text::ascii_lower(file_name.substr(dot + 1));
  if (extension == "json") return FileFormat::json;
  if (extension == "jsonl" || extension == "ndjson") return FileFormat::json_lines;
  if (extension == "html" || extension == "htm" || extension == "xhtml" || extension == "xht" ||
      extension == "shtml") {
    return FileFormat::html;
  }
  if (extension == "mhtml" || extension == "mht") return FileFormat::mhtml;
  return FileFormat::text;
}

namespace {

// An RTF file: its text, then one article or an export's many.
Result<std::vector<Record>> read_rtf(const std::string& file_name, std::string_view content) {
  auto rtf = rtf_to_text(content);
  if (auto records = read_news_export(file_name, rtf.text)) {
    if (*records && !records->value().empty()) {
      auto& first = records->value().front().warnings;
      first.insert(first.begin(), rtf.warnings.begin(), rtf.warnings.end());
    }
    return std::move(*records);
  }
  Record record;
  record.name = file_name;
  record.body = std::move(rtf.text);
  record.warnings = std::move(rtf.warnings);
  return std::vector<Record>{std::move(record)};
}

}  // namespace

Result<std::vector<Record>> read_as(Result<std::vector<Record>> records, InputFormat format) {
  if (records) {
    for (auto& record : records.value()) record.format = format;
  }
  return records;
}

Result<std::vector<Record>> split_records(const std::string& file_name, std::string_view content) {
  switch (format_of(file_name)) {
    case FileFormat::json:
      return read_as(read_json_records(file_name, content), InputFormat::json);
    case FileFormat::json_lines:
      return read_as(read_json_lines(file_name, content), InputFormat::json);
    case FileFormat::text:
      if (is_rtf(content)) return read_as(read_rtf(file_name, content), InputFormat::rtf);
      if (is_email(file_name, content))
        return read_as(read_email(file_name, content), InputFormat::email);
      if (auto records = read_news_export(file_name, content)) return std::move(*records);
      break;
    case FileFormat::html:
    case FileFormat::mhtml:
      break;
  }
  Record record;
  record.name = file_name;
  record.body = std::string(content);
  return std::vector<Record>{std::move(record)};
}

}  // namespace presslens::input
