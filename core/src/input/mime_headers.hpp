// MIME headers (RFC 5322 and 2045) as e-mail messages (input/email.hpp) and
// web archives (input/mhtml.hpp) write them: header lines up to the first
// blank line, long ones folded onto lines that start with a space or a tab;
// a Content-Type's parameters (boundary, charset); the body's
// Content-Transfer-Encoding.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace presslens::input {

struct MimeHeader {
  std::string name;   // lower case
  std::string value;  // unfolded, trimmed
};

struct MimeHeaders {
  std::vector<MimeHeader> fields;

  // The value of the first header named `name` (any case), or "".
  std::string get(std::string_view name) const;
};

// Header lines of `text` from `at` up to the first blank line, continuation
// lines unfolded; `at` moves past the blank line, to the body. Lines without a
// colon are skipped.
MimeHeaders read_mime_headers(std::string_view text, std::size_t& at);

struct MimeEntity {
  MimeHeaders headers;
  std::string_view body;  // what follows the blank line; empty when there is none
};

MimeEntity read_mime_entity(std::string_view raw);

// The media type of a Content-Type value, in lower case: "text/plain" for
// "Text/Plain; charset=utf-8".
std::string media_type(std::string_view content_type);

// The parameter `name` (any case) of a header value such as
// "multipart/related; boundary=\"----x\"; type=text/html", quoted or not;
// "" when absent. Parameters follow a ';', with spaces or tabs allowed
// around the '='.
std::string mime_parameter(std::string_view value, std::string_view name);

// The body with its Content-Transfer-Encoding undone (quoted-printable,
// base64); other encodings (7bit, 8bit, binary, none) are the bytes as they
// are, and `transformed` is false for them.
struct TransferDecoded {
  std::string bytes;
  bool transformed = false;
};
TransferDecoded undo_transfer_encoding(const MimeEntity& entity);

}  // namespace presslens::input
