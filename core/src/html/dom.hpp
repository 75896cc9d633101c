// A parsed page as a compact tree: nodes in one array, linked by indices, so
// that every walk is a loop (no recursion, whatever the depth) and the whole
// tree is freed at once. Built from gumbo's output by parse.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace presslens::html {

// The elements the extraction tells apart; any other is `other`.
enum class Tag : std::uint8_t {
  other,
  html,
  head,
  body,
  title,
  meta,
  link,
  base,
  script,
  style,
  noscript,
  template_,
  iframe,
  svg,
  math,
  canvas,
  video,
  audio,
  picture,
  source,
  object,
  embed,
  img,
  figure,
  figcaption,
  article,
  main,
  section,
  nav,
  aside,
  header,
  footer,
  address,
  form,
  button,
  input,
  select,
  option,
  textarea,
  label,
  fieldset,
  legend,
  div,
  p,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  hgroup,
  ul,
  ol,
  li,
  dl,
  dt,
  dd,
  menu,
  table,
  caption,
  thead,
  tbody,
  tfoot,
  tr,
  td,
  th,
  blockquote,
  pre,
  code,
  hr,
  br,
  a,
  span,
  time,
  b,
  strong,
  i,
  em,
  u,
  small,
  sup,
  sub,
  mark,
  cite,
  q,
  abbr,
  details,
  summary,
  dialog,
  center,
  font,
};

enum class NodeType : std::uint8_t { element, text, comment };

constexpr std::uint32_t kNoNode = 0xFFFFFFFFu;

struct Node {
  NodeType type = NodeType::element;
  Tag tag = Tag::other;
  std::uint32_t parent = kNoNode;
  std::uint32_t first_child = kNoNode;
  std::uint32_t next_sibling = kNoNode;
  std::uint32_t attributes_begin = 0;  // into Dom::attributes
  std::uint32_t attributes_count = 0;
  std::uint32_t text_begin = 0;  // into Dom::pool: text and comment nodes
  std::uint32_t text_length = 0;
};

struct Attribute {
  std::uint32_t name_begin = 0;  // into Dom::pool; names are lower case
  std::uint32_t name_length = 0;
  std::uint32_t value_begin = 0;
  std::uint32_t value_length = 0;
};

// Elements laid out inline: their text continues the line. Unknown elements
// (custom ones among them) count as inline.
bool inline_element(Tag tag);

class Dom {
 public:
  // Node 0 is the document; its children are the doctype-less top level.
  std::vector<Node> nodes;
  std::vector<Attribute> attributes;
  std::string pool;

  const Node& node(std::uint32_t i) const { return nodes[i]; }
  std::uint32_t size() const { return static_cast<std::uint32_t>(nodes.size()); }
  std::string_view text(std::uint32_t i) const {
    return std::string_view(pool).substr(nodes[i].text_begin, nodes[i].text_length);
  }
  // The value of an attribute (empty when absent; see has_attribute).
  std::string_view attribute(std::uint32_t i, std::string_view name) const;
  bool has_attribute(std::uint32_t i, std::string_view name) const;
  // Attribute i of node `n` (0 <= i < attributes_count).
  std::string_view attribute_name(std::uint32_t n, std::uint32_t i) const;
  std::string_view attribute_value(std::uint32_t n, std::uint32_t i) const;

  bool is(std::uint32_t i, Tag tag) const {
    return nodes[i].type == NodeType::element && nodes[i].tag == tag;
  }
  // The next node in document order after `i`'s subtree (skipping its children).
  std::uint32_t next_after(std::uint32_t i) const;
  // The next node in document order (into the children first).
  std::uint32_t next(std::uint32_t i) const {
    return nodes[i].first_child != kNoNode ? nodes[i].first_child : next_after(i);
  }
  // All the text below `i`, whitespace collapsed to single spaces, trimmed;
  // a line break or the edge of a block element (not inline_element) is a space.
  std::string text_content(std::uint32_t i) const;
  // The text of `i`'s children as written (a script's source).
  std::string text_content_raw(std::uint32_t i) const;
  // The first element with this tag in document order, or kNoNode.
  std::uint32_t find_first(Tag tag) const;
};

}  // namespace presslens::html
