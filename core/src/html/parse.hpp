// HTML5 parsing: the bounded markup (bound.hpp) through gumbo, into a Dom.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "html/dom.hpp"

namespace presslens::html {

struct ParsedPage {
  Dom dom;
  std::vector<std::string> warnings;  // what the bounds cut, if anything
};

// Parses UTF-8 markup (any bytes: invalid sequences become U+FFFD). Never
// fails: broken markup is repaired as a browser would.
ParsedPage parse_html(std::string_view utf8);

// The name of a tag as the extraction reports it ("article", "h2"); "" for other.
std::string_view tag_name(Tag tag);

}  // namespace presslens::html
