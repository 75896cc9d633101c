#include "text/case.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/utf8.hpp"

namespace presslens::text {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

char32_t lower(char32_t c) {
  if (c < 0x80) return static_cast<char32_t>(ascii_lower(static_cast<char>(c)));
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

std::string lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<std::int32_t>(s.size());
  for (std::int32_t i = 0; i < length;) {
    if (bytes[i] < 0x80) {
      out.push_back(ascii_lower(static_cast<char>(bytes[i++])));
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) c = 0xFFFD;
    append_utf8(out, lower(static_cast<char32_t>(c)));
  }
  return out;
}

}  // namespace presslens::text
