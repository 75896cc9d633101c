#include "html/bound.hpp"

#include <array>
#include <unordered_map>

#include "html/tag_scan.hpp"

namespace presslens::html {
namespace {

template <std::size_t N>
bool one_of(std::string_view name, const std::array<std::string_view, N>& names) {
  for (const auto n : names) {
    if (n == name) return true;
  }
  return false;
}

// Elements that never hold others.
bool void_element(std::string_view name) {
  static constexpr std::array<std::string_view, 19> kVoid{
      "area",  "base",   "br",    "col", "embed", "hr",     "img",   "input",    "link",   "meta",
      "param", "source", "track", "wbr", "frame", "keygen", "image", "basefont", "bgsound"};
  return one_of(name, kVoid);
}

// Elements closed by their next sibling of a kind (a <p> by the next block,
// an <li> by the next <li>): they do not pile up.
bool implied_end(std::string_view name) {
  static constexpr std::array<std::string_view, 21> kImplied{
      "p",  "li", "dt",    "dd",    "option", "optgroup", "rb",       "rp",   "rt",   "rtc", "tr",
      "td", "th", "tbody", "thead", "tfoot",  "caption",  "colgroup", "head", "body", "html"};
  return one_of(name, kImplied);
}

// Formatting elements that every later text node reopens until their own end
// tag. (<a> and <nobr> close an open one of their kind, so they cannot pile up.)
bool piling_formatting(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kFormatting{
      "b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u"};
  return one_of(name, kFormatting);
}

// How far below the top of the open elements an end tag looks for its start.
constexpr std::size_t kEndTagReach = 64;

class Bounder {
 public:
  Bounder(std::string_view html, const MarkupLimits& limits) : html_(html), limits_(limits) {}

  BoundedMarkup run() {
    const bool reduce = html_.size() > limits_.max_bytes;
    TagScanner scanner(html_);
    Token token;
    // Only scripts (not JSON-LD) and styles are dropped: a title's text is
    // raw text too.
    bool droppable = false;
    while (scanner.next(token)) {
      switch (token.kind) {
        case TokenKind::start_tag:
          start_tag(token);
          droppable = token.name == "style" ||
                      (token.name == "script" &&
                       attribute(token, "type").find("ld+json") == std::string_view::npos);
          break;
        case TokenKind::end_tag:
          end_tag(token);
          break;
        case TokenKind::raw_text:
          if (reduce && droppable) drop(token);
          break;
        case TokenKind::comment:
          if (reduce && html_.substr(token.begin, token.end - token.begin).find("saved from url") ==
                            std::string_view::npos) {
            drop(token);
          }
          break;
        case TokenKind::text:
        case TokenKind::doctype:
          break;
      }
    }
    BoundedMarkup result;
    if (too_deep_) {
      result.warnings.push_back("the page nests its elements more than " +
                                std::to_string(limits_.max_depth) +
                                " deep; the deeper tags were ignored");
    }
    if (too_much_formatting_) {
      result.warnings.push_back("the page leaves more than " +
                                std::to_string(limits_.max_unclosed_formatting) +
                                " formatting tags (<b>, <i>, <font>...) open; later ones were "
                                "ignored");
    }
    if (changed_) {
      out_.append(html_.substr(copied_));
      result.text = std::move(out_);
    }
    const std::size_t size = result.text ? result.text->size() : html_.size();
    if (size > limits_.max_bytes) {
      if (!result.text) result.text = std::string(html_);
      std::size_t cut = result.text->rfind('<', limits_.max_bytes);
      if (cut == std::string::npos || cut == 0) cut = limits_.max_bytes;
      result.text->resize(cut);
      result.warnings.push_back("the page's markup is larger than " +
                                std::to_string(limits_.max_bytes >> 20) +
                                " MB without its scripts and styles; only the first " +
                                std::to_string(limits_.max_bytes >> 20) + " MB were read");
    }
    return result;
  }

 private:
  void drop(const Token& token) {
    out_.append(html_.substr(copied_, token.begin - copied_));
    copied_ = token.end;
    changed_ = true;
  }

  bool in_foreign_content() const { return foreign_ > 0; }

  void start_tag(const Token& token) {
    const std::string& name = token.name;
    if (void_element(name) || implied_end(name)) return;
    if (token.self_closing && in_foreign_content()) return;
    const bool formatting = piling_formatting(name);
    if (formatting && unclosed_formatting_ >= limits_.max_unclosed_formatting) {
      too_much_formatting_ = true;
      ++dropped_[name];
      drop(token);
      return;
    }
    if (open_.size() >= limits_.max_depth) {
      too_deep_ = true;
      ++dropped_[name];
      drop(token);
      return;
    }
    if (formatting) {
      ++unclosed_[name];
      ++unclosed_formatting_;
    }
    if (name == "svg" || name == "math") ++foreign_;
    open_.push_back(name);
  }

  void end_tag(const Token& token) {
    const std::string& name = token.name;
    if (void_element(name) || implied_end(name)) return;
    // The deepest start tags were the ones dropped: their end tags come first.
    if (auto it = dropped_.find(name); it != dropped_.end() && it->second > 0) {
      --it->second;
      drop(token);
      return;
    }
    if (auto it = unclosed_.find(name); it != unclosed_.end() && it->second > 0) {
      --it->second;
      --unclosed_formatting_;
    }
    const std::size_t reach = std::min(open_.size(), kEndTagReach);
    for (std::size_t k = 1; k <= reach; ++k) {
      if (open_[open_.size() - k] != name) continue;
      for (std::size_t pop = 0; pop < k; ++pop) {
        if (open_.back() == "svg" || open_.back() == "math") --foreign_;
        open_.pop_back();
      }
      return;
    }
  }

  std::string_view html_;
  const MarkupLimits& limits_;
  std::string out_;
  std::size_t copied_ = 0;
  bool changed_ = false;
  std::vector<std::string> open_;
  std::unordered_map<std::string, std::size_t> dropped_;
  std::unordered_map<std::string, std::size_t> unclosed_;
  std::size_t unclosed_formatting_ = 0;
  std::size_t foreign_ = 0;
  bool too_deep_ = false;
  bool too_much_formatting_ = false;
};

}  // namespace

BoundedMarkup bound_markup(std::string_view html, const MarkupLimits& limits) {
  return Bounder(html, limits).run();
}

}  // namespace presslens::html
