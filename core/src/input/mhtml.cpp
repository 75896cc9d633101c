#include "input/mhtml.hpp"

#include <optional>
#include <vector>

#include "html/charset.hpp"
#include "input/transfer_encoding.hpp"
#include "text/case.hpp"

namespace presslens::input {
namespace {

struct Header {
  std::string name;  // lower case
  std::string value;
};

struct Part {
  std::vector<Header> headers;
  std::string_view body;
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// One line (without its CR LF or LF) from `at`; `at` moves past it.
std::string_view next_line(std::string_view text, std::size_t& at) {
  const auto end = text.find('\n', at);
  const std::size_t stop = end == std::string_view::npos ? text.size() : end;
  std::string_view line = text.substr(at, stop - at);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  at = end == std::string_view::npos ? text.size() : end + 1;
  return line;
}

// Headers up to the first empty line (continuation lines folded); `at` moves
// to the body.
std::vector<Header> read_headers(std::string_view text, std::size_t& at) {
  std::vector<Header> headers;
  while (at < text.size()) {
    const std::string_view line = next_line(text, at);
    if (trim(line).empty()) break;
    if ((line.front() == ' ' || line.front() == '\t') && !headers.empty()) {
      headers.back().value += " ";
      headers.back().value += trim(line);
      continue;
    }
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    headers.push_back({text::ascii_lower(trim(line.substr(0, colon))),
                       std::string(trim(line.substr(colon + 1)))});
  }
  return headers;
}

std::string header(const std::vector<Header>& headers, std::string_view name) {
  for (const auto& h : headers) {
    if (h.name == name) return h.value;
  }
  return {};
}

// A parameter of a header value: boundary="----x", type=text/html.
std::string parameter(std::string_view value, std::string_view name) {
  const std::string folded = text::ascii_lower(value);
  std::size_t from = 0;
  while (true) {
    const auto at = folded.find(name, from);
    if (at == std::string::npos) return {};
    from = at + name.size();
    const bool starts =
        at == 0 || folded[at - 1] == ';' || folded[at - 1] == ' ' || folded[at - 1] == '\t';
    std::size_t i = from;
    while (i < folded.size() && folded[i] == ' ') ++i;
    if (!starts || i >= folded.size() || folded[i] != '=') continue;
    ++i;
    while (i < folded.size() && folded[i] == ' ') ++i;
    if (i < value.size() && value[i] == '"') {
      const auto end = value.find('"', i + 1);
      return std::string(
          value.substr(i + 1, (end == std::string_view::npos ? value.size() : end) - i - 1));
    }
    std::size_t end = i;
    while (end < value.size() && value[end] != ';' && value[end] != ' ') ++end;
    return std::string(value.substr(i, end - i));
  }
}

std::vector<Part> split_parts(std::string_view body, std::string_view boundary) {
  std::vector<Part> parts;
  const std::string delimiter = "--" + std::string(boundary);
  std::size_t at = body.find(delimiter);
  while (at != std::string_view::npos) {
    std::size_t start = at + delimiter.size();
    if (body.substr(start, 2) == "--") break;  // the closing delimiter
    next_line(body, start);                    // the rest of the delimiter line
    Part part;
    part.headers = read_headers(body, start);
    std::size_t next = body.find(delimiter, start);
    std::size_t end = next == std::string_view::npos ? body.size() : next;
    // The line break before a delimiter belongs to the delimiter.
    if (end > start && body[end - 1] == '\n') --end;
    if (end > start && body[end - 1] == '\r') --end;
    part.body = body.substr(start, end - start);
    parts.push_back(std::move(part));
    at = next;
  }
  return parts;
}

}  // namespace

bool looks_like_mhtml(std::string_view bytes) {
  constexpr std::size_t kHeaderReach = 8192;
  std::size_t at = 0;
  const auto headers = read_headers(bytes.substr(0, kHeaderReach), at);
  return text::ascii_lower(header(headers, "content-type")).starts_with("multipart/related");
}

Result<MhtmlPage> read_mhtml(std::string_view bytes) {
  std::size_t at = 0;
  const auto headers = read_headers(bytes, at);
  const std::string type = header(headers, "content-type");
  const std::string boundary = parameter(type, "boundary");
  if (!text::ascii_lower(type).starts_with("multipart/") || boundary.empty()) {
    return Error{ErrorCode::invalid_record,
                 "not a web archive: no multipart/related header with a boundary"};
  }
  const auto parts = split_parts(bytes.substr(at), boundary);
  // The root is the part named by the "start" parameter, else the first HTML part.
  const std::string start = parameter(type, "start");
  const Part* root = nullptr;
  for (const auto& part : parts) {
    const std::string part_type = text::ascii_lower(header(part.headers, "content-type"));
    const bool html =
        part_type.starts_with("text/html") || part_type.starts_with("application/xhtml");
    if (!start.empty() && header(part.headers, "content-id") == start) {
      root = &part;
      break;
    }
    if (html && !root) root = &part;
  }
  if (!root) return Error{ErrorCode::invalid_record, "the web archive holds no HTML page"};
  MhtmlPage page;
  const std::string encoding =
      text::ascii_lower(header(root->headers, "content-transfer-encoding"));
  if (encoding == "quoted-printable") {
    page.html = decode_quoted_printable(root->body);
  } else if (encoding == "base64") {
    page.html = decode_base64(root->body);
  } else {
    page.html = std::string(root->body);
  }
  page.charset = html::charset_parameter(header(root->headers, "content-type"));
  page.url = header(root->headers, "content-location");
  if (page.url.empty()) page.url = header(headers, "snapshot-content-location");
  return page;
}

}  // namespace presslens::input
