// Keeps the HTML parser's work bounded on any input. Gumbo follows the HTML5
// tree-construction rules, and some of them cost time in proportion to the
// depth of the open elements or to the unclosed formatting elements (b, i,
// a, font...) that each text node reopens: 100,000 nested <div>s take half a
// minute, as they would in any spec-conforming parser without a limit. A
// browser caps the tree's depth; so does Presslens, before parsing: a light
// scan of the tags drops start tags (and their end tags) beyond the limits,
// and a page that is too large loses its scripts, styles and comments, then
// its tail. A page within the limits is passed through untouched.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace presslens::html {

struct MarkupLimits {
  // Open elements: browsers stop nesting at 512 (Chromium); none of the 709
  // WCXB article pages passes 64 by this scan's count.
  std::size_t max_depth = 512;
  // Formatting elements opened and not closed by their own end tag: each one
  // is reopened by every later text node. None of the WCXB pages has more
  // than 4.
  std::size_t max_unclosed_formatting = 8;
  // Markup beyond this size (after dropping scripts, styles and comments) is
  // cut: an article page is a few hundred kilobytes without its scripts.
  std::size_t max_bytes = std::size_t{8} << 20;
};

struct BoundedMarkup {
  std::optional<std::string> text;  // the reduced markup; nullopt: use the input as it is
  std::vector<std::string> warnings;
};

BoundedMarkup bound_markup(std::string_view html, const MarkupLimits& limits = {});

}  // namespace presslens::html
