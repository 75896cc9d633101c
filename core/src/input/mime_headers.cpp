#include "input/mime_headers.hpp"

#include "input/transfer_encoding.hpp"
#include "text/case.hpp"
#include "text/trim.hpp"

namespace presslens::input {
namespace {

// A header line's blanks (lines are already split at LF).
std::string_view trim(std::string_view s) {
  return text::trim(s, " \t\r\f");
}

// One line (without its CR LF or LF) from `at`; `at` moves past it.
std::string_view next_line(std::string_view text, std::size_t& at) {
  const auto end = text.find('\n', at);
  const std::size_t stop = end == std::string_view::npos ? text.size() : end;
  std::string_view line = text.substr(at, stop - at);
  if (line.ends_with('\r')) line.remove_suffix(1);
  at = end == std::string_view::npos ? text.size() : end + 1;
  return line;
}

}  // namespace

std::string MimeHeaders::get(std::string_view name) const {
  const std::string lower = text::ascii_lower(name);
  for (const auto& field : fields) {
    if (field.name == lower) return field.value;
  }
  return {};
}

MimeHeaders read_mime_headers(std::string_view text, std::size_t& at) {
  MimeHeaders headers;
  while (at < text.size()) {
    const std::string_view line = next_line(text, at);
    if (trim(line).empty()) break;
    auto& fields = headers.fields;
    if ((line.front() == ' ' || line.front() == '\t') && !fields.empty()) {
      fields.back().value += ' ';
      fields.back().value += trim(line);
      continue;
    }
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) continue;
    fields.push_back({text::ascii_lower(trim(line.substr(0, colon))),
                      std::string(trim(line.substr(colon + 1)))});
  }
  return headers;
}

MimeEntity read_mime_entity(std::string_view raw) {
  std::size_t at = 0;
  MimeEntity entity;
  entity.headers = read_mime_headers(raw, at);
  entity.body = raw.substr(at);
  return entity;
}

std::string media_type(std::string_view content_type) {
  return text::ascii_lower(trim(content_type.substr(0, content_type.find(';'))));
}

std::string mime_parameter(std::string_view value, std::string_view name) {
  const std::string lower = text::ascii_lower(value);
  const std::string wanted = text::ascii_lower(name);
  for (auto semi = lower.find(';'); semi != std::string::npos; semi = lower.find(';', semi + 1)) {
    std::size_t i = semi + 1;
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t')) ++i;
    if (lower.compare(i, wanted.size(), wanted) != 0) continue;
    i += wanted.size();
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t')) ++i;
    if (i >= lower.size() || lower[i] != '=') continue;
    ++i;
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t')) ++i;
    if (i < value.size() && value[i] == '"') {
      const auto close = value.find('"', i + 1);
      return std::string(
          value.substr(i + 1, close == std::string_view::npos ? close : close - i - 1));
    }
    const auto end = value.find_first_of("; \t", i);
    return std::string(value.substr(i, end == std::string_view::npos ? end : end - i));
  }
  return {};
}

TransferDecoded undo_transfer_encoding(const MimeEntity& entity) {
  const std::string encoding = text::ascii_lower(entity.headers.get("content-transfer-encoding"));
  if (encoding == "quoted-printable") return {decode_quoted_printable(entity.body), true};
  if (encoding == "base64") return {decode_base64(entity.body), true};
  return {std::string(entity.body), false};
}

}  // namespace presslens::input
