#include "input/records.hpp"

#include "input/json_records.hpp"
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

Result<std::vector<Record>> split_records(const std::string& file_name, std::string_view content) {
  switch (format_of(file_name)) {
    case FileFormat::json:
      return read_json_records(file_name, content);
    case FileFormat::json_lines:
      return read_json_lines(file_name, content);
    case FileFormat::text:
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
