// A light scan of HTML markup into tags, text, comments and raw text (the
// contents of <script>, <style>, <title>...), without building a tree. Used
// before the real parser: to find a page's declared encoding in its bytes,
// and to bound the parser's work (bound.hpp). Linear in the input; works on
// any ASCII-compatible bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace presslens::html {

enum class TokenKind { text, start_tag, end_tag, comment, doctype, raw_text };

struct TagAttribute {
  std::string_view name;  // as written; compare with equals_ascii_nocase
  std::string_view value;
};

struct Token {
  TokenKind kind = TokenKind::text;
  std::size_t begin = 0;  // the token's bytes in the input
  std::size_t end = 0;
  std::string name;  // lower-case tag name (start and end tags)
  bool self_closing = false;
  std::vector<TagAttribute> attributes;  // start tags only
};

class TagScanner {
 public:
  explicit TagScanner(std::string_view html) : html_(html) {}
  // The next token, or false at the end of the input.
  bool next(Token& token);

 private:
  void scan_tag(Token& token, std::size_t at, bool end_tag);
  std::size_t skip_attributes(std::size_t at, Token* token);
  std::string_view html_;
  std::size_t at_ = 0;
  std::string raw_text_of_;  // after <script>: the element whose raw text comes next
};

bool equals_ascii_nocase(std::string_view a, std::string_view b);

// The value of attribute `name` of a start tag, or empty.
std::string_view attribute(const Token& token, std::string_view name);

}  // namespace presslens::html
