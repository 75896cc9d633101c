#include "html/parse.hpp"

#include <gumbo.h>

#include <array>
#include <utility>

#include "html/bound.hpp"

namespace presslens::html {
namespace {

struct TagName {
  std::string_view name;
  Tag tag;
};

constexpr std::array kTagNames{
    TagName{"html", Tag::html},
    TagName{"head", Tag::head},
    TagName{"body", Tag::body},
    TagName{"title", Tag::title},
    TagName{"meta", Tag::meta},
    TagName{"link", Tag::link},
    TagName{"base", Tag::base},
    TagName{"script", Tag::script},
    TagName{"style", Tag::style},
    TagName{"noscript", Tag::noscript},
    TagName{"template", Tag::template_},
    TagName{"iframe", Tag::iframe},
    TagName{"svg", Tag::svg},
    TagName{"math", Tag::math},
    TagName{"canvas", Tag::canvas},
    TagName{"video", Tag::video},
    TagName{"audio", Tag::audio},
    TagName{"picture", Tag::picture},
    TagName{"source", Tag::source},
    TagName{"object", Tag::object},
    TagName{"embed", Tag::embed},
    TagName{"img", Tag::img},
    TagName{"figure", Tag::figure},
    TagName{"figcaption", Tag::figcaption},
    TagName{"article", Tag::article},
    TagName{"main", Tag::main},
    TagName{"section", Tag::section},
    TagName{"nav", Tag::nav},
    TagName{"aside", Tag::aside},
    TagName{"header", Tag::header},
    TagName{"footer", Tag::footer},
    TagName{"address", Tag::address},
    TagName{"form", Tag::form},
    TagName{"button", Tag::button},
    TagName{"input", Tag::input},
    TagName{"select", Tag::select},
    TagName{"option", Tag::option},
    TagName{"textarea", Tag::textarea},
    TagName{"label", Tag::label},
    TagName{"fieldset", Tag::fieldset},
    TagName{"legend", Tag::legend},
    TagName{"div", Tag::div},
    TagName{"p", Tag::p},
    TagName{"h1", Tag::h1},
    TagName{"h2", Tag::h2},
    TagName{"h3", Tag::h3},
    TagName{"h4", Tag::h4},
    TagName{"h5", Tag::h5},
    TagName{"h6", Tag::h6},
    TagName{"hgroup", Tag::hgroup},
    TagName{"ul", Tag::ul},
    TagName{"ol", Tag::ol},
    TagName{"li", Tag::li},
    TagName{"dl", Tag::dl},
    TagName{"dt", Tag::dt},
    TagName{"dd", Tag::dd},
    TagName{"menu", Tag::menu},
    TagName{"table", Tag::table},
    TagName{"caption", Tag::caption},
    TagName{"thead", Tag::thead},
    TagName{"tbody", Tag::tbody},
    TagName{"tfoot", Tag::tfoot},
    TagName{"tr", Tag::tr},
    TagName{"td", Tag::td},
    TagName{"th", Tag::th},
    TagName{"blockquote", Tag::blockquote},
    TagName{"pre", Tag::pre},
    TagName{"code", Tag::code},
    TagName{"hr", Tag::hr},
    TagName{"br", Tag::br},
    TagName{"a", Tag::a},
    TagName{"span", Tag::span},
    TagName{"time", Tag::time},
    TagName{"b", Tag::b},
    TagName{"strong", Tag::strong},
    TagName{"i", Tag::i},
    TagName{"em", Tag::em},
    TagName{"u", Tag::u},
    TagName{"small", Tag::small},
    TagName{"sup", Tag::sup},
    TagName{"sub", Tag::sub},
    TagName{"mark", Tag::mark},
    TagName{"cite", Tag::cite},
    TagName{"q", Tag::q},
    TagName{"abbr", Tag::abbr},
    TagName{"details", Tag::details},
    TagName{"summary", Tag::summary},
    TagName{"dialog", Tag::dialog},
    TagName{"center", Tag::center},
    TagName{"font", Tag::font},
};

// Gumbo's tag numbers to ours, built once from the names.
const std::array<Tag, GUMBO_TAG_LAST + 1>& tag_table() {
  static const auto table = [] {
    std::array<Tag, GUMBO_TAG_LAST + 1> t{};
    t.fill(Tag::other);
    for (int g = 0; g < GUMBO_TAG_LAST; ++g) {
      const std::string_view name = gumbo_normalized_tagname(static_cast<GumboTag>(g));
      for (const auto& entry : kTagNames) {
        if (entry.name == name) t[static_cast<std::size_t>(g)] = entry.tag;
      }
    }
    return t;
  }();
  return table;
}

Tag our_tag(const GumboElement& element) {
  // Inside <svg> and <math> only the roots count: their <title>, <a>... are drawing.
  if (element.tag_namespace == GUMBO_NAMESPACE_SVG) {
    return element.tag == GUMBO_TAG_SVG ? Tag::svg : Tag::other;
  }
  if (element.tag_namespace == GUMBO_NAMESPACE_MATHML) {
    return element.tag == GUMBO_TAG_MATH ? Tag::math : Tag::other;
  }
  return tag_table()[static_cast<std::size_t>(element.tag)];
}

class Builder {
 public:
  explicit Builder(Dom& dom) : dom_(dom) {}

  void build(const GumboNode* root) {
    // Pre-order with an explicit stack: the array is in document order.
    std::vector<std::pair<const GumboNode*, std::uint32_t>> stack{{root, kNoNode}};
    while (!stack.empty()) {
      const auto [node, parent] = stack.back();
      stack.pop_back();
      const std::uint32_t index = add(*node, parent);
      const GumboVector* children = nullptr;
      if (node->type == GUMBO_NODE_DOCUMENT) children = &node->v.document.children;
      if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
        children = &node->v.element.children;
      }
      if (!children) continue;
      for (unsigned k = children->length; k-- > 0;) {
        stack.emplace_back(static_cast<const GumboNode*>(children->data[k]), index);
      }
    }
  }

 private:
  std::uint32_t pooled(std::string_view s) {
    const auto at = static_cast<std::uint32_t>(dom_.pool.size());
    dom_.pool.append(s);
    return at;
  }

  std::uint32_t add(const GumboNode& g, std::uint32_t parent) {
    const auto index = static_cast<std::uint32_t>(dom_.nodes.size());
    Node node;
    node.parent = parent;
    switch (g.type) {
      case GUMBO_NODE_DOCUMENT:
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        node.tag = g.type == GUMBO_NODE_TEMPLATE ? Tag::template_ : our_tag(g.v.element);
        const GumboVector& attributes = g.v.element.attributes;
        node.attributes_begin = static_cast<std::uint32_t>(dom_.attributes.size());
        node.attributes_count = attributes.length;
        for (unsigned k = 0; k < attributes.length; ++k) {
          const auto* a = static_cast<const GumboAttribute*>(attributes.data[k]);
          Attribute attribute;
          attribute.name_begin = pooled(a->name);
          attribute.name_length =
              static_cast<std::uint32_t>(dom_.pool.size()) - attribute.name_begin;
          attribute.value_begin = pooled(a->value);
          attribute.value_length =
              static_cast<std::uint32_t>(dom_.pool.size()) - attribute.value_begin;
          dom_.attributes.push_back(attribute);
        }
        break;
      }
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_COMMENT:
        node.type = g.type == GUMBO_NODE_COMMENT ? NodeType::comment : NodeType::text;
        node.text_begin = pooled(g.v.text.text);
        node.text_length = static_cast<std::uint32_t>(dom_.pool.size()) - node.text_begin;
        break;
    }
    dom_.nodes.push_back(node);
    last_child_.push_back(kNoNode);
    if (parent != kNoNode) {
      if (last_child_[parent] == kNoNode) {
        dom_.nodes[parent].first_child = index;
      } else {
        dom_.nodes[last_child_[parent]].next_sibling = index;
      }
      last_child_[parent] = index;
    }
    return index;
  }

  Dom& dom_;
  std::vector<std::uint32_t> last_child_;
};

}  // namespace

std::string_view tag_name(Tag tag) {
  for (const auto& entry : kTagNames) {
    if (entry.tag == tag) return entry.name;
  }
  return {};
}

ParsedPage parse_html(std::string_view utf8) {
  ParsedPage page;
  auto bounded = bound_markup(utf8);
  page.warnings = std::move(bounded.warnings);
  const std::string_view markup = bounded.text ? std::string_view(*bounded.text) : utf8;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not reported: keep none
  GumboOutput* output = gumbo_parse_with_options(&options, markup.data(), markup.size());
  Builder(page.dom).build(output->document);
  gumbo_destroy_output(&options, output);
  return page;
}

}  // namespace presslens::html
