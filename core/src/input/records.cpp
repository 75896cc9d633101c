#include "input/records.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>

namespace presslens::input {
namespace {

using nlohmann::json;

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// A string field, or the paragraphs of an array of strings joined.
std::optional<std::string> string_field(const json& record,
                                        std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    const auto it = record.find(key);
    if (it == record.end() || it->is_null()) continue;
    if (it->is_string()) {
      auto value = it->get<std::string>();
      if (!value.empty()) return value;
    } else if (it->is_array()) {
      std::string joined;
      for (const auto& part : *it) {
        if (!part.is_string()) continue;
        if (!joined.empty()) joined += "\n\n";
        joined += part.get<std::string>();
      }
      if (!joined.empty()) return joined;
    } else if (it->is_object()) {  // e.g. "source": {"name": "Reuters"}
      if (auto inner = string_field(*it, {"name", "title", "id"})) return inner;
    } else if (it->is_number()) {
      return it->dump();
    }
  }
  return std::nullopt;
}

Record to_record(const json& value, std::string name) {
  Record record;
  record.name = std::move(name);
  if (!value.is_object()) {
    record.error = Error{ErrorCode::invalid_record, "the record is not a JSON object"};
    return record;
  }
  record.title = string_field(value, {"title", "headline", "name"});
  record.date =
      string_field(value, {"date", "published", "published_at", "publishedAt", "datePublished",
                           "pubDate", "date_publish", "publish_date", "created_at"});
  record.url = string_field(value, {"url", "link", "uri"});
  record.source =
      string_field(value, {"source", "publisher", "site", "site_name", "source_name", "outlet"});
  auto body = string_field(value, {"text", "body", "content", "articleBody", "article", "maintext",
                                   "full_text", "description", "summary"});
  if (!body) {
    record.error = Error{ErrorCode::invalid_record,
                         "the record has no article text (expected a field such as "
                         "\"text\", \"body\" or \"content\")"};
    return record;
  }
  record.body = std::move(*body);
  return record;
}

std::string record_name(const std::string& file_name, std::size_t index, std::size_t count) {
  return count == 1 ? file_name : file_name + "#" + std::to_string(index + 1);
}

// Arrays of records may sit under a wrapper key, as in many API exports.
const json* record_array(const json& document) {
  if (document.is_array()) return &document;
  if (!document.is_object()) return nullptr;
  for (const char* key : {"articles", "items", "results", "data", "documents", "records"}) {
    const auto it = document.find(key);
    if (it != document.end() && it->is_array()) return &*it;
  }
  return nullptr;
}

Result<std::vector<Record>> split_json(const std::string& file_name, std::string_view content) {
  const json document = json::parse(content.begin(), content.end(), nullptr, false);
  if (document.is_discarded()) {
    return Error{ErrorCode::invalid_record, "the file is not valid JSON"};
  }
  std::vector<Record> records;
  if (const json* array = record_array(document)) {
    for (std::size_t i = 0; i < array->size(); ++i) {
      records.push_back(to_record((*array)[i], record_name(file_name, i, array->size())));
    }
    if (records.empty()) return Error{ErrorCode::invalid_record, "the JSON file holds no records"};
    return records;
  }
  records.push_back(to_record(document, file_name));
  if (records.front().error) return *records.front().error;
  return records;
}

Result<std::vector<Record>> split_json_lines(const std::string& file_name,
                                             std::string_view content) {
  std::vector<std::pair<std::size_t, std::string_view>> lines;  // line number, text
  std::size_t line_number = 0;
  while (!content.empty()) {
    ++line_number;
    const auto end = content.find('\n');
    auto line = content.substr(0, end);
    content = end == std::string_view::npos ? std::string_view{} : content.substr(end + 1);
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
      line.remove_suffix(1);
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front())))
      line.remove_prefix(1);
    if (!line.empty()) lines.emplace_back(line_number, line);
  }
  if (lines.empty()) return Error{ErrorCode::empty_file, "the file holds no records"};
  std::vector<Record> records;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& [number, line] = lines[i];
    const json value = json::parse(line.begin(), line.end(), nullptr, false);
    auto name = record_name(file_name, i, lines.size());
    if (value.is_discarded()) {
      Record bad;
      bad.name = std::move(name);
      bad.error =
          Error{ErrorCode::invalid_record, "line " + std::to_string(number) + " is not valid JSON"};
      records.push_back(std::move(bad));
      continue;
    }
    records.push_back(to_record(value, std::move(name)));
  }
  return records;
}

}  // namespace

FileFormat format_of(std::string_view file_name) {
  const auto dot = file_name.rfind('.');
  if (dot == std::string_view::npos) return FileFormat::text;
  const auto extension = lower(file_name.substr(dot + 1));
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
      return split_json(file_name, content);
    case FileFormat::json_lines:
      return split_json_lines(file_name, content);
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
