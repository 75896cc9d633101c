#include "input/mhtml.hpp"

#include <vector>

#include "input/mime_headers.hpp"

namespace presslens::input {
namespace {

// The parts of a multipart body, each its headers and its body.
std::vector<MimeEntity> split_parts(std::string_view body, std::string_view boundary) {
  std::vector<MimeEntity> parts;
  const std::string delimiter = "--" + std::string(boundary);
  std::size_t at = body.find(delimiter);
  while (at != std::string_view::npos) {
    std::size_t start = at + delimiter.size();
    if (body.substr(start, 2) == "--") break;      // the closing delimiter
    const auto line_end = body.find('\n', start);  // the rest of the delimiter line
    start = line_end == std::string_view::npos ? body.size() : line_end + 1;
    MimeEntity part;
    part.headers = read_mime_headers(body, start);
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
  const auto headers = read_mime_headers(bytes.substr(0, kHeaderReach), at);
  return media_type(headers.get("content-type")).starts_with("multipart/related");
}

Result<MhtmlPage> read_mhtml(std::string_view bytes) {
  std::size_t at = 0;
  const auto headers = read_mime_headers(bytes, at);
  const std::string type = headers.get("content-type");
  const std::string boundary = mime_parameter(type, "boundary");
  if (!media_type(type).starts_with("multipart/") || boundary.empty()) {
    return Error{ErrorCode::invalid_record,
                 "not a web archive: no multipart/related header with a boundary"};
  }
  const auto parts = split_parts(bytes.substr(at), boundary);
  // The root is the part named by the "start" parameter, else the first HTML part.
  const std::string start = mime_parameter(type, "start");
  const MimeEntity* root = nullptr;
  for (const auto& part : parts) {
    const std::string part_type = media_type(part.headers.get("content-type"));
    const bool html =
        part_type.starts_with("text/html") || part_type.starts_with("application/xhtml");
    if (!start.empty() && part.headers.get("content-id") == start) {
      root = &part;
      break;
    }
    if (html && !root) root = &part;
  }
  if (!root) return Error{ErrorCode::invalid_record, "the web archive holds no HTML page"};
  MhtmlPage page;
  page.html = undo_transfer_encoding(*root).bytes;
  const std::string root_type = root->headers.get("content-type");
  page.charset = mime_parameter(root_type, "charset");
  page.url = root->headers.get("content-location");
  if (page.url.empty()) page.url = headers.get("snapshot-content-location");
  return page;
}

}  // namespace presslens::input
