#include "html/charset.hpp"

#include "html/tag_scan.hpp"
#include "text/case.hpp"

namespace presslens::html {
namespace {

// Browsers look in the first 1024 bytes; pages saved by tools sometimes put
// long comments or scripts first, so Presslens looks further.
constexpr std::size_t kPrescanBytes = 64 * 1024;

std::string xml_encoding(std::string_view bytes) {
  if (!bytes.starts_with("<?xml")) return {};
  const auto close = bytes.find("?>");
  const std::string_view declaration = bytes.substr(0, close);
  const auto at = declaration.find("encoding");
  if (at == std::string_view::npos) return {};
  auto rest = declaration.substr(at + 8);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '=')) rest.remove_prefix(1);
  if (rest.empty() || (rest.front() != '"' && rest.front() != '\'')) return {};
  const char quote = rest.front();
  const auto end = rest.find(quote, 1);
  if (end == std::string_view::npos) return {};
  return std::string(rest.substr(1, end - 1));
}

}  // namespace

std::string charset_parameter(std::string_view content_type) {
  const std::string folded = text::ascii_lower(content_type);
  const auto at = folded.find("charset");
  if (at == std::string::npos) return {};
  std::size_t i = at + 7;
  while (i < folded.size() && folded[i] == ' ') ++i;
  if (i >= folded.size() || folded[i] != '=') return {};
  ++i;
  while (i < folded.size() && folded[i] == ' ') ++i;
  if (i < folded.size() && (folded[i] == '"' || folded[i] == '\'')) {
    const char quote = folded[i];
    const auto end = content_type.find(quote, i + 1);
    if (end == std::string_view::npos) return {};
    return std::string(content_type.substr(i + 1, end - i - 1));
  }
  std::size_t end = i;
  while (end < folded.size() && folded[end] != ';' && folded[end] != ' ' && folded[end] != ',')
    ++end;
  return std::string(content_type.substr(i, end - i));
}

std::string declared_charset(std::string_view bytes) {
  if (auto xml = xml_encoding(bytes); !xml.empty()) return xml;
  TagScanner scanner(bytes.substr(0, kPrescanBytes));
  Token token;
  while (scanner.next(token)) {
    if (token.kind != TokenKind::start_tag) continue;
    if (token.name == "body") break;
    if (token.name != "meta") continue;
    if (const auto charset = attribute(token, "charset"); !charset.empty()) {
      return std::string(charset);
    }
    if (equals_ascii_nocase(attribute(token, "http-equiv"), "content-type")) {
      if (auto charset = charset_parameter(attribute(token, "content")); !charset.empty()) {
        return charset;
      }
    }
  }
  return {};
}

}  // namespace presslens::html
