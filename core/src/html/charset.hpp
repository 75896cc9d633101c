// The encoding a page declares in its own markup: an XML declaration
// (<?xml ... encoding="...">), <meta charset>, or <meta http-equiv=
// "Content-Type" content="text/html; charset=...">, found in its bytes before
// decoding, as browsers prescan them.
#pragma once

#include <string>
#include <string_view>

namespace presslens::html {

// The label as written ("ISO-8859-1"), or empty.
std::string declared_charset(std::string_view bytes);

// The charset parameter of a MIME type: "text/html; charset=utf-8" -> "utf-8".
std::string charset_parameter(std::string_view content_type);

}  // namespace presslens::html
