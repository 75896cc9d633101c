// Character references left in metadata text ("&amp;", "&#8211;", "&#x27;"):
// JSON-LD written by content systems often carries them escaped twice.
#pragma once

#include <string>
#include <string_view>

namespace presslens::html {

std::string decode_entities(std::string_view text);

}  // namespace presslens::html
