#include "html/newsletter.hpp"

#include <charconv>

#include "html/blocks.hpp"
#include "html/parse.hpp"

namespace presslens::html {
namespace {

// A width or height of at most one pixel: "1", "0", "1px".
bool tiny(std::string_view value) {
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  if (value.ends_with("px")) value.remove_suffix(2);
  while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
  int n = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  return ec == std::errc() && end == value.data() + value.size() && n <= 1;
}

// The value of `property` in a style attribute ("width: 1px; ..."), or empty.
std::string_view style_value(std::string_view style, std::string_view property) {
  for (std::size_t at = style.find(property); at != std::string_view::npos;
       at = style.find(property, at + 1)) {
    if (at > 0 && style[at - 1] != ';' && style[at - 1] != ' ') continue;  // "max-width"
    std::size_t k = at + property.size();
    while (k < style.size() && style[k] == ' ') ++k;
    if (k >= style.size() || style[k] != ':') continue;
    const auto end = style.find(';', k);
    return style.substr(k + 1, end == std::string_view::npos ? end : end - k - 1);
  }
  return {};
}

bool tracking_image(const Dom& dom, std::uint32_t n) {
  const std::string_view style = dom.attribute(n, "style");
  const auto size = [&](std::string_view name) {
    if (dom.has_attribute(n, name)) return tiny(dom.attribute(n, name));
    const auto value = style_value(style, name);
    return !value.empty() && tiny(value);
  };
  return size("width") && size("height");
}

}  // namespace

HtmlPart read_html_part(std::string_view utf8) {
  HtmlPart part;
  ParsedPage parsed = parse_html(utf8);
  part.warnings = std::move(parsed.warnings);
  const Dom& dom = parsed.dom;
  for (std::uint32_t n = 0; n < dom.size(); ++n) {
    if (dom.is(n, Tag::img) && tracking_image(dom, n)) ++part.tracking_images;
  }
  for (auto& block : page_blocks(dom)) {
    PartLine line;
    line.heading = (block.landmarks & landmark_bit(Landmark::heading)) != 0;
    line.link_only = block.chars > 0 && block.link_chars == block.chars;
    line.text = std::move(block.text);
    part.lines.push_back(std::move(line));
  }
  return part;
}

}  // namespace presslens::html
