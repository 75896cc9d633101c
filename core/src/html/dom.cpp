#include "html/dom.hpp"

#include <vector>

namespace presslens::html {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

}  // namespace

std::string_view Dom::attribute_name(std::uint32_t n, std::uint32_t i) const {
  const auto& a = attributes[nodes[n].attributes_begin + i];
  return std::string_view(pool).substr(a.name_begin, a.name_length);
}

std::string_view Dom::attribute_value(std::uint32_t n, std::uint32_t i) const {
  const auto& a = attributes[nodes[n].attributes_begin + i];
  return std::string_view(pool).substr(a.value_begin, a.value_length);
}

std::string_view Dom::attribute(std::uint32_t n, std::string_view name) const {
  for (std::uint32_t i = 0; i < nodes[n].attributes_count; ++i) {
    if (attribute_name(n, i) == name) return attribute_value(n, i);
  }
  return {};
}

bool Dom::has_attribute(std::uint32_t n, std::string_view name) const {
  for (std::uint32_t i = 0; i < nodes[n].attributes_count; ++i) {
    if (attribute_name(n, i) == name) return true;
  }
  return false;
}

std::uint32_t Dom::next_after(std::uint32_t i) const {
  while (i != kNoNode) {
    if (nodes[i].next_sibling != kNoNode) return nodes[i].next_sibling;
    i = nodes[i].parent;
  }
  return kNoNode;
}

bool inline_element(Tag tag) {
  switch (tag) {
    case Tag::other:
    case Tag::a:
    case Tag::span:
    case Tag::time:
    case Tag::b:
    case Tag::strong:
    case Tag::i:
    case Tag::em:
    case Tag::u:
    case Tag::small:
    case Tag::sup:
    case Tag::sub:
    case Tag::mark:
    case Tag::cite:
    case Tag::q:
    case Tag::abbr:
    case Tag::code:
    case Tag::font:
    case Tag::label:
    case Tag::img:
    case Tag::picture:
      return true;
    default:
      return false;
  }
}

std::string Dom::text_content(std::uint32_t i) const {
  std::string out;
  bool space = false;
  const std::uint32_t end = next_after(i);
  std::vector<std::uint32_t> block_ends;  // where the blocks open below `i` close
  for (std::uint32_t n = i; n != end && n != kNoNode; n = next(n)) {
    // A line break or a block's edge parts words ("WEEKEND<br>CODING").
    while (!block_ends.empty() && block_ends.back() == n) {
      block_ends.pop_back();
      space = !out.empty();
    }
    if (nodes[n].type == NodeType::element && n != i && !inline_element(nodes[n].tag)) {
      space = !out.empty();
      block_ends.push_back(next_after(n));
    }
    if (nodes[n].type != NodeType::text) continue;
    for (const char c : text(n)) {
      if (is_space(c)) {
        space = !out.empty();
      } else {
        if (space) out.push_back(' ');
        space = false;
        out.push_back(c);
      }
    }
  }
  return out;
}

std::string Dom::text_content_raw(std::uint32_t i) const {
  std::string out;
  for (std::uint32_t c = nodes[i].first_child; c != kNoNode; c = nodes[c].next_sibling) {
    if (nodes[c].type == NodeType::text) out.append(text(c));
  }
  return out;
}

std::uint32_t Dom::find_first(Tag tag) const {
  for (std::uint32_t n = 0; n < size(); ++n) {
    if (is(n, tag)) return n;
  }
  return kNoNode;
}

}  // namespace presslens::html
