// A web page file (.html, or a .mhtml web archive) to a Document: the bytes
// decoded (the archive's part header, the BOM, <meta charset>, then
// detection), parsed as HTML5, and its article extracted (extract.hpp).
#pragma once

#include <string>
#include <string_view>

#include "html/parse.hpp"
#include "input/decode.hpp"
#include "presslens/document.hpp"

namespace presslens::html {

// A page file's markup as UTF-8 (a web archive's page taken out of it).
struct DecodedPage {
  input::Decoded decoded;
  std::string archive_url;  // the address a web archive gives its page
};

Result<DecodedPage> decode_page(std::string_view bytes, InputFormat format);

// The page's one Document, from its markup parsed (`parsed` is of
// `page.decoded.text`).
Document read_page(const std::string& name, const DecodedPage& page, ParsedPage parsed,
                   InputFormat format, std::size_t file_bytes);

// The two steps above at once.
Document read_page(const std::string& name, std::string_view bytes, InputFormat format);

}  // namespace presslens::html
