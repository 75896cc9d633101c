// Encoding labels as pages and mail parts declare them ("ISO-8859-1",
// "latin1", "utf8", "x-cp1251") to the names the decoder converts from,
// following the WHATWG Encoding Standard's labels for the encodings
// Presslens reads.
#pragma once

#include <string>
#include <string_view>

namespace presslens::input {

// "UTF-8", "windows-1252", "KOI8-R"...; empty for a label Presslens does not
// read (Shift_JIS, GBK...) or does not know. As in browsers, ISO-8859-1 and
// US-ASCII are read as windows-1252, ISO-8859-9 as windows-1254, and a page
// declaring UTF-16 in its own markup as UTF-8.
std::string charset_from_label(std::string_view label);

}  // namespace presslens::input
