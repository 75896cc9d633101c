// A web page file (.html, or a .mhtml web archive) to a Document: the bytes
// decoded (the archive's part header, the BOM, <meta charset>, then
// detection), parsed as HTML5, and its article extracted (extract.hpp).
#pragma once

#include <string>
#include <string_view>

#include "presslens/document.hpp"

namespace presslens::html {

Document read_page(const std::string& name, std::string_view bytes, InputFormat format);

}  // namespace presslens::html
