// An e-mail's HTML part as the newsletter reader (input/email.cpp) wants it:
// parsed as HTML5 and laid out as the page's blocks (blocks.hpp: each block
// element a line; scripts, styles and hidden elements give no text), each
// line marked as a heading or as a link alone, and the tracking images
// counted. The reader, not this file, decides which lines are furniture.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace presslens::html {

struct PartLine {
  std::string text;        // whitespace collapsed
  bool heading = false;    // in <h1>...<h6>
  bool link_only = false;  // all of its text is link text
};

struct HtmlPart {
  std::vector<PartLine> lines;
  std::size_t tracking_images = 0;    // <img> of at most 1x1 pixels
  std::vector<std::string> warnings;  // what the markup bounds cut, if anything
};

HtmlPart read_html_part(std::string_view utf8);

}  // namespace presslens::html
