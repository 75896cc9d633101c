// MIME's content transfer encodings (RFC 2045), undone: what e-mail messages
// and web archives (.mhtml) wrap their parts in.
#pragma once

#include <string>
#include <string_view>

namespace presslens::input {

// Quoted-printable: "=C3=A9" a byte, "=" at a line's end a soft line break;
// a stray "=" is kept as it is. Never an error.
std::string decode_quoted_printable(std::string_view text);
// Base64, standard or URL-safe alphabet; line breaks and other characters
// outside the alphabet are skipped, decoding stops at "=". Never an error.
std::string decode_base64(std::string_view text);

}  // namespace presslens::input
