#include "html/entities.hpp"

#include <array>
#include <charconv>

#include "text/utf8.hpp"

namespace presslens::html {
namespace {

struct Named {
  std::string_view name;
  char32_t code;
};

constexpr std::array kNamed{
    Named{"amp", U'&'},         Named{"quot", U'"'},       Named{"apos", U'\''},
    Named{"lt", U'<'},          Named{"gt", U'>'},         Named{"nbsp", U'\u00A0'},
    Named{"ndash", U'\u2013'},  Named{"mdash", U'\u2014'}, Named{"lsquo", U'\u2018'},
    Named{"rsquo", U'\u2019'},  Named{"ldquo", U'\u201C'}, Named{"rdquo", U'\u201D'},
    Named{"hellip", U'\u2026'}, Named{"laquo", U'\u00AB'}, Named{"raquo", U'\u00BB'},
};

}  // namespace

std::string decode_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out.push_back(text[i]);
      continue;
    }
    const auto semi = text.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    const std::string_view name = text.substr(i + 1, semi - i - 1);
    char32_t code = 0;
    if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      const std::string_view digits = name.substr(hex ? 2 : 1);
      std::uint32_t value = 0;
      const auto [ptr, ec] =
          std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
      if (ec == std::errc() && ptr == digits.data() + digits.size() && value > 0 &&
          value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF)) {
        code = value;
      }
    } else {
      for (const auto& entry : kNamed) {
        if (entry.name == name) code = entry.code;
      }
    }
    if (code == 0) {
      out.push_back('&');
      continue;
    }
    text::append_utf8(out, code);
    i = semi;
  }
  return out;
}

}  // namespace presslens::html
