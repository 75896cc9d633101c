#include "html/blocks.hpp"

#include <algorithm>

namespace presslens::html {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Elements whose content is never text a reader sees.
bool invisible(Tag tag) {
  switch (tag) {
    case Tag::head:
    case Tag::title:
    case Tag::meta:
    case Tag::link:
    case Tag::base:
    case Tag::script:
    case Tag::style:
    case Tag::noscript:
    case Tag::template_:
    case Tag::iframe:
    case Tag::svg:
    case Tag::math:
    case Tag::canvas:
    case Tag::video:
    case Tag::audio:
    case Tag::object:
    case Tag::embed:
    case Tag::source:
    case Tag::select:
    case Tag::option:
    case Tag::textarea:
    case Tag::input:
    case Tag::button:
    case Tag::dialog:
      return true;
    default:
      return false;
  }
}

bool heading(Tag tag) {
  return tag == Tag::h1 || tag == Tag::h2 || tag == Tag::h3 || tag == Tag::h4 || tag == Tag::h5 ||
         tag == Tag::h6;
}

std::string folded(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (is_space(c)) continue;
    out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  }
  return out;
}

// React's streamed server rendering sends parts of the page in hidden
// <div id="S:0"> segments that its script moves into place: they are shown.
bool streamed_segment(const Dom& dom, std::uint32_t n) {
  const std::string_view id = dom.attribute(n, "id");
  if (id.size() < 3 || !id.starts_with("S:")) return false;
  return id.find_first_not_of("0123456789", 2) == std::string_view::npos;
}

bool hidden(const Dom& dom, std::uint32_t n) {
  if (dom.has_attribute(n, "hidden") && !streamed_segment(dom, n)) return true;
  const std::string style = folded(dom.attribute(n, "style"));
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

LandmarkSet landmarks_of(const Dom& dom, std::uint32_t n) {
  LandmarkSet set = 0;
  const Tag tag = dom.node(n).tag;
  const std::string role = folded(dom.attribute(n, "role"));
  if (tag == Tag::article || role == "article") set |= landmark_bit(Landmark::article);
  if (tag == Tag::main || role == "main") set |= landmark_bit(Landmark::main);
  if (folded(dom.attribute(n, "itemprop")) == "articlebody") {
    set |= landmark_bit(Landmark::article_body);
  }
  if (tag == Tag::nav || role == "navigation" || role == "menu" || role == "menubar") {
    set |= landmark_bit(Landmark::nav);
  }
  if (tag == Tag::aside || role == "complementary") set |= landmark_bit(Landmark::aside);
  if (tag == Tag::header || role == "banner") set |= landmark_bit(Landmark::header);
  if (tag == Tag::footer || role == "contentinfo") set |= landmark_bit(Landmark::footer);
  if (tag == Tag::form || role == "search") set |= landmark_bit(Landmark::form);
  if (tag == Tag::figure) set |= landmark_bit(Landmark::figure);
  if (tag == Tag::ul || tag == Tag::ol || tag == Tag::dl || tag == Tag::menu) {
    set |= landmark_bit(Landmark::list);
  }
  if (tag == Tag::table) set |= landmark_bit(Landmark::table);
  if (tag == Tag::blockquote) set |= landmark_bit(Landmark::blockquote);
  if (heading(tag)) set |= landmark_bit(Landmark::heading);
  if (tag == Tag::address) set |= landmark_bit(Landmark::address);
  if (tag == Tag::details) set |= landmark_bit(Landmark::details);
  if (folded(dom.attribute(n, "aria-hidden")) == "true") {
    set |= landmark_bit(Landmark::aria_hidden);
  }
  return set;
}

CueSet own_cues(const Dom& dom, std::uint32_t n) {
  return cues_in(dom.attribute(n, "class")) | cues_in(dom.attribute(n, "id"));
}

struct Frame {
  std::uint32_t node;
  std::uint32_t next_child;  // the next child to visit
  bool block;                // a block-level element
  LandmarkSet landmarks;     // its own and its ancestors'
  CueSet own;
  CueSet near;  // its own cues and its two nearest ancestors'
  CueSet far;   // its own and every ancestor's
  int list_depth;
  bool link;  // inside <a>
  bool pre;   // inside <pre>
};

class Builder {
 public:
  explicit Builder(const Dom& dom) : dom_(dom) {}

  std::vector<PageBlock> run() {
    std::uint32_t root = dom_.find_first(Tag::body);
    if (root == kNoNode) root = 0;
    push(root);
    while (!stack_.empty()) {
      Frame& frame = stack_.back();
      const std::uint32_t child = frame.next_child;
      if (child == kNoNode) {
        if (frame.block) flush();
        stack_.pop_back();
        continue;
      }
      frame.next_child = dom_.node(child).next_sibling;
      const Node& node = dom_.node(child);
      if (node.type == NodeType::text) {
        append(dom_.text(child), stack_.back());
      } else if (node.type == NodeType::element) {
        if (node.tag == Tag::br || node.tag == Tag::hr) {
          flush();
        } else if (!invisible(node.tag) && !hidden(dom_, child)) {
          push(child);
        }
      }
    }
    return std::move(blocks_);
  }

 private:
  void push(std::uint32_t n) {
    const Node& node = dom_.node(n);
    Frame frame{};
    frame.node = n;
    frame.next_child = node.first_child;
    frame.block = n == 0 || !inline_element(node.tag);
    frame.own = node.type == NodeType::element ? own_cues(dom_, n) : 0;
    frame.landmarks = node.type == NodeType::element ? landmarks_of(dom_, n) : 0;
    frame.near = frame.own;
    frame.far = frame.own;
    if (!stack_.empty()) {
      const Frame& parent = stack_.back();
      frame.landmarks |= parent.landmarks;
      frame.far |= parent.far;
      frame.near |= parent.own;
      if (stack_.size() >= 2) frame.near |= stack_[stack_.size() - 2].own;
      frame.list_depth = parent.list_depth;
      frame.link = parent.link;
      frame.pre = parent.pre;
    }
    if (node.tag == Tag::ul || node.tag == Tag::ol || node.tag == Tag::dl ||
        node.tag == Tag::menu) {
      ++frame.list_depth;
    }
    frame.link = frame.link || node.tag == Tag::a;
    frame.pre = frame.pre || node.tag == Tag::pre;
    if (frame.block) flush();
    stack_.push_back(frame);
  }

  void append(std::string_view text, const Frame& frame) {
    for (const char c : text) {
      if (c == '\n' && frame.pre) {
        flush();
        continue;
      }
      if (is_space(c)) {
        pending_space_ = !current_.text.empty();
        continue;
      }
      if (pending_space_) current_.text.push_back(' ');
      pending_space_ = false;
      current_.text.push_back(c);
      ++current_.chars;
      if (frame.link) ++current_.link_chars;
    }
    current_.landmarks |= frame.landmarks;
    current_.near_cues |= frame.near;
    current_.far_cues |= frame.far;
    current_.list_depth = std::max(current_.list_depth, frame.list_depth);
  }

  void flush() {
    pending_space_ = false;
    if (current_.chars == 0) {
      current_ = {};
      return;
    }
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      if (!it->block) continue;
      current_.element = it->node;
      current_.tag = dom_.node(it->node).tag;
      break;
    }
    blocks_.push_back(std::move(current_));
    current_ = {};
  }

  const Dom& dom_;
  std::vector<Frame> stack_;
  std::vector<PageBlock> blocks_;
  PageBlock current_;
  bool pending_space_ = false;
};

}  // namespace

std::vector<PageBlock> page_blocks(const Dom& dom) {
  return Builder(dom).run();
}

}  // namespace presslens::html
