#include "html/tag_scan.hpp"

#include <array>

#include "text/case.hpp"

namespace presslens::html {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Elements whose contents are text up to their end tag, never markup.
bool raw_text_element(std::string_view name) {
  static constexpr std::array<std::string_view, 9> kRaw{
      "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "plaintext"};
  for (const auto raw : kRaw) {
    if (name == raw) return true;
  }
  return false;
}

// Where `</name` (any case) starts, followed by a space, '/' or '>'; npos if nowhere.
std::size_t find_end_tag(std::string_view html, std::size_t from, std::string_view name) {
  while (from < html.size()) {
    const auto lt = html.find("</", from);
    if (lt == std::string_view::npos) return lt;
    const std::size_t after = lt + 2 + name.size();
    if (after <= html.size() && equals_ascii_nocase(html.substr(lt + 2, name.size()), name) &&
        (after == html.size() || is_space(html[after]) || html[after] == '/' ||
         html[after] == '>')) {
      return lt;
    }
    from = lt + 2;
  }
  return std::string_view::npos;
}

std::size_t end_of(std::string_view html, std::size_t from, std::string_view closer) {
  const auto at = html.find(closer, from);
  return at == std::string_view::npos ? html.size() : at + closer.size();
}

}  // namespace

bool equals_ascii_nocase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (text::ascii_lower(a[i]) != text::ascii_lower(b[i])) return false;
  }
  return true;
}

std::string_view attribute(const Token& token, std::string_view name) {
  for (const auto& a : token.attributes) {
    if (equals_ascii_nocase(a.name, name)) return a.value;
  }
  return {};
}

// Attributes up to the tag's '>': returns the position after it.
std::size_t TagScanner::skip_attributes(std::size_t at, Token* token) {
  const auto& s = html_;
  while (at < s.size()) {
    while (at < s.size() && (is_space(s[at]) || s[at] == '/')) {
      if (s[at] == '/' && at + 1 < s.size() && s[at + 1] == '>' && token) {
        token->self_closing = true;
      }
      ++at;
    }
    if (at >= s.size()) return at;
    if (s[at] == '>') return at + 1;
    const std::size_t name_start = at;
    ++at;  // a name may start with '=' (a parse error, but a name)
    while (at < s.size() && !is_space(s[at]) && s[at] != '/' && s[at] != '>' && s[at] != '=') ++at;
    const std::string_view name = s.substr(name_start, at - name_start);
    std::size_t look = at;
    while (look < s.size() && is_space(s[look])) ++look;
    std::string_view value;
    if (look < s.size() && s[look] == '=') {
      at = look + 1;
      while (at < s.size() && is_space(s[at])) ++at;
      if (at < s.size() && (s[at] == '"' || s[at] == '\'')) {
        const char quote = s[at];
        const auto close = s.find(quote, at + 1);
        const std::size_t value_end = close == std::string_view::npos ? s.size() : close;
        value = s.substr(at + 1, value_end - at - 1);
        at = close == std::string_view::npos ? s.size() : close + 1;
      } else {
        const std::size_t value_start = at;
        while (at < s.size() && !is_space(s[at]) && s[at] != '>') ++at;
        value = s.substr(value_start, at - value_start);
      }
    }
    if (token) token->attributes.push_back({name, value});
  }
  return at;
}

void TagScanner::scan_tag(Token& token, std::size_t at, bool end_tag) {
  token.kind = end_tag ? TokenKind::end_tag : TokenKind::start_tag;
  std::size_t i = at + (end_tag ? 2 : 1);
  while (i < html_.size() && !is_space(html_[i]) && html_[i] != '/' && html_[i] != '>') {
    token.name.push_back(text::ascii_lower(html_[i]));
    ++i;
  }
  at_ = skip_attributes(i, end_tag ? nullptr : &token);
  token.end = at_;
  if (!end_tag && raw_text_element(token.name)) raw_text_of_ = token.name;
}

bool TagScanner::next(Token& token) {
  token.kind = TokenKind::text;
  token.name.clear();
  token.self_closing = false;
  token.attributes.clear();
  token.begin = at_;
  const auto& s = html_;
  if (at_ >= s.size()) return false;

  if (!raw_text_of_.empty()) {
    const std::size_t close =
        raw_text_of_ == "plaintext" ? std::string_view::npos : find_end_tag(s, at_, raw_text_of_);
    raw_text_of_.clear();
    const std::size_t end = close == std::string_view::npos ? s.size() : close;
    if (end > at_) {
      token.kind = TokenKind::raw_text;
      token.end = at_ = end;
      return true;
    }
  }
  if (s[at_] != '<' || at_ + 1 >= s.size()) {
    const auto lt = s.find('<', at_ + 1);
    token.end = at_ = lt == std::string_view::npos ? s.size() : lt;
    return true;
  }
  const std::string_view rest = s.substr(at_);
  if (rest.starts_with("<!--")) {
    token.kind = TokenKind::comment;
    // "<!-->" and "<!--->" are empty comments.
    if (rest.substr(4).starts_with(">")) {
      at_ += 5;
    } else if (rest.substr(4).starts_with("->")) {
      at_ += 6;
    } else {
      at_ = end_of(s, at_ + 4, "-->");
    }
  } else if (rest.starts_with("<![CDATA[")) {
    token.kind = TokenKind::comment;
    at_ = end_of(s, at_ + 9, "]]>");
  } else if (rest.starts_with("<!") || rest.starts_with("<?")) {
    token.kind = rest.size() > 2 && text::ascii_lower(rest[2]) == 'd' ? TokenKind::doctype
                                                                      : TokenKind::comment;
    at_ = end_of(s, at_ + 2, ">");
  } else if (rest.starts_with("</")) {
    if (rest.size() > 2 && text::is_ascii_letter(rest[2])) {
      scan_tag(token, at_, true);
      return true;
    }
    token.kind = TokenKind::comment;  // "</>" is ignored, "</ x>" a bogus comment
    at_ = end_of(s, at_ + 2, ">");
  } else if (text::is_ascii_letter(rest[1])) {
    scan_tag(token, at_, false);
    return true;
  } else {
    const auto lt = s.find('<', at_ + 1);
    at_ = lt == std::string_view::npos ? s.size() : lt;
  }
  token.end = at_;
  return true;
}

}  // namespace presslens::html
