// Compact JSON written straight into a string, the bytes nlohmann's dump()
// writes (ensure_ascii off), without its per-character UTF-8 decoder: a
// string is checked as well-formed UTF-8 once and copied in runs between the
// bytes that need escaping. What is rare goes through nlohmann itself: a
// string that is not well-formed UTF-8 (its replacement characters),
// floating-point numbers (its shortest round-trip form) and binary values.
#include <array>
#include <string>

#include "output/json.hpp"

namespace presslens::output {
namespace {

// The length of the well-formed UTF-8 sequence at s[i] (Unicode's table
// 3-7: no overlong forms, no surrogates, nothing past U+10FFFF), or 0.
std::size_t sequence_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b = byte(i);
  const auto tail = [&](std::size_t k, unsigned char low = 0x80, unsigned char high = 0xBF) {
    return i + k < s.size() && byte(i + k) >= low && byte(i + k) <= high;
  };
  if (b >= 0xC2 && b <= 0xDF) return tail(1) ? 2 : 0;
  if (b == 0xE0) return tail(1, 0xA0) && tail(2) ? 3 : 0;
  if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) return tail(1) && tail(2) ? 3 : 0;
  if (b == 0xED) return tail(1, 0x80, 0x9F) && tail(2) ? 3 : 0;
  if (b == 0xF0) return tail(1, 0x90) && tail(2) && tail(3) ? 4 : 0;
  if (b >= 0xF1 && b <= 0xF3) return tail(1) && tail(2) && tail(3) ? 4 : 0;
  if (b == 0xF4) return tail(1, 0x80, 0x8F) && tail(2) && tail(3) ? 4 : 0;
  return 0;
}

}  // namespace

bool well_formed_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = sequence_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

namespace {

std::string nlohmann_dump(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void append_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '"':
      out += "\\\"";
      return;
    case '\\':
      out += "\\\\";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    default: {
      constexpr char kHex[] = "0123456789abcdef";
      const char code[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      out.append(code, sizeof code);
    }
  }
}

}  // namespace

namespace {

// What a byte asks of the writer: nothing (copied with its run), an escape,
// or a check of the UTF-8 sequence it opens.
enum ByteKind : unsigned char { kCopied, kEscaped, kSequence };

constexpr std::array<unsigned char, 256> kByteKinds = [] {
  std::array<unsigned char, 256> kinds{};
  for (std::size_t c = 0; c < kinds.size(); ++c) {
    kinds[c] = c >= 0x80 ? kSequence : (c < 0x20 || c == '"' || c == '\\') ? kEscaped : kCopied;
  }
  return kinds;
}();

// The body of s, escaped, when s is well-formed UTF-8: checked and copied in
// one pass. False, with part of it written, when it is not.
bool append_body_if_well_formed(std::string& out, std::string_view s) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const unsigned char kind = kByteKinds[c];
    if (kind == kCopied) {
      ++i;
    } else if (kind == kSequence) {
      const std::size_t n = sequence_length(s, i);
      if (n == 0) return false;
      i += n;
    } else {
      out.append(s.data() + run, i - run);
      append_escape(out, c);
      run = ++i;
    }
  }
  out.append(s.data() + run, s.size() - run);
  return true;
}

}  // namespace

void append_string_body(std::string& out, std::string_view s) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (kByteKinds[c] != kEscaped) continue;
    out.append(s.data() + run, i - run);
    append_escape(out, c);
    run = i + 1;
  }
  out.append(s.data() + run, s.size() - run);
}

void append_string(std::string& out, std::string_view s) {
  const std::size_t size = out.size();
  out += '"';
  if (!append_body_if_well_formed(out, s)) {
    out.resize(size);
    out += nlohmann_dump(Json(s));
    return;
  }
  out += '"';
}

void append_compact(std::string& out, const Json& json) {
  switch (json.type()) {
    case Json::value_t::null:
      out += "null";
      return;
    case Json::value_t::boolean:
      out += json.get_ref<const Json::boolean_t&>() ? "true" : "false";
      return;
    case Json::value_t::number_integer:
      out += std::to_string(json.get_ref<const Json::number_integer_t&>());
      return;
    case Json::value_t::number_unsigned:
      out += std::to_string(json.get_ref<const Json::number_unsigned_t&>());
      return;
    case Json::value_t::string:
      append_string(out, json.get_ref<const Json::string_t&>());
      return;
    case Json::value_t::array: {
      out += '[';
      bool first = true;
      for (const auto& element : json) {
        if (!first) out += ',';
        first = false;
        append_compact(out, element);
      }
      out += ']';
      return;
    }
    case Json::value_t::object: {
      out += '{';
      bool first = true;
      for (const auto& [key, value] : json.get_ref<const Json::object_t&>()) {
        if (!first) out += ',';
        first = false;
        append_string(out, key);
        out += ':';
        append_compact(out, value);
      }
      out += '}';
      return;
    }
    default:  // floating point, binary, discarded
      out += nlohmann_dump(json);
      return;
  }
}

}  // namespace presslens::output
