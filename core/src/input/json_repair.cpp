#include "input/json_repair.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace presslens::input {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of a "\uXXXX" escape at `at` (the backslash), or -1.
long escape_unit(const std::string& s, std::size_t at) {
  if (at + 6 > s.size() || s[at] != '\\' || s[at + 1] != 'u') return -1;
  long unit = 0;
  for (std::size_t k = at + 2; k < at + 6; ++k) {
    const int digit = hex_value(s[k]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

bool is_number_byte(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

using Kind = JsonFlaw;

struct Repairer {
  std::string& s;
  std::vector<JsonRepair> out;

  void note(std::size_t at, Kind kind) { out.push_back({at, kind}); }

  // The string starting after the quote at `i`; returns the index after its closing quote.
  std::size_t string(std::size_t i) {
    while (i < s.size()) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c == '"') return i + 1;
      if (c < 0x20) {
        s[i] = ' ';
        note(i, Kind::control);
        ++i;
      } else if (c == '\\') {
        i = escape(i);
      } else {
        ++i;
      }
    }
    return i;
  }

  std::size_t escape(std::size_t i) {
    if (i + 1 >= s.size()) return i + 1;
    const char e = s[i + 1];
    if (e != 'u') {
      if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' ||
          e == 't')
        return i + 2;
      s[i] = ' ';
      note(i, Kind::escape);
      return i + 1;
    }
    const long unit = escape_unit(s, i);
    if (unit < 0) {  // "\u" without four hex digits
      s[i] = ' ';
      note(i, Kind::escape);
      return i + 1;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      const long next = escape_unit(s, i + 6);
      if (next >= 0xDC00 && next <= 0xDFFF) return i + 12;
    } else if (unit < 0xDC00 || unit > 0xDFFF) {
      return i + 6;
    }
    s.replace(i + 2, 4, "fffd");
    note(i, Kind::surrogate);
    return i + 6;
  }

  // A number token at `i`; one that overflows a double becomes null and spaces.
  std::size_t number(std::size_t i) {
    std::size_t end = i;
    while (end < s.size() && is_number_byte(s[end])) ++end;
    const std::string token = s.substr(i, end - i);
    char* parsed = nullptr;
    const double value = std::strtod(token.c_str(), &parsed);
    if (parsed == token.c_str() + token.size() && std::isinf(value) && token.size() >= 4) {
      std::fill(s.begin() + static_cast<long>(i), s.begin() + static_cast<long>(end), ' ');
      s.replace(i, 4, "null");
      note(i, Kind::number);
    }
    return end;
  }

  void run() {
    for (std::size_t i = 0; i < s.size();) {
      const char c = s[i];
      if (c == '"') {
        i = string(i + 1);
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        i = number(i);
      } else {
        ++i;
      }
    }
  }
};

std::string counted(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::vector<JsonRepair> repair_json(std::string& json) {
  Repairer repairer{json, {}};
  repairer.run();
  return std::move(repairer.out);
}

std::string describe_repairs(const std::vector<JsonRepair>& repairs, std::size_t begin,
                             std::size_t end) {
  const auto at = [](const JsonRepair& r, std::size_t offset) { return r.at < offset; };
  const auto first = std::lower_bound(repairs.begin(), repairs.end(), begin, at);
  const auto last = std::lower_bound(first, repairs.end(), end, at);
  if (first == last) return {};
  std::size_t count[4] = {0, 0, 0, 0};
  for (auto it = first; it != last; ++it) ++count[static_cast<int>(it->flaw)];
  std::vector<std::string> parts;
  if (count[0])
    parts.push_back(counted(count[0], "unpaired surrogate escape", "unpaired surrogate escapes") +
                    " (\\ud800...) replaced with U+FFFD");
  if (count[1])
    parts.push_back(counted(count[1], "number", "numbers") + " out of range replaced with null");
  if (count[2])
    parts.push_back(counted(count[2], "control character", "control characters") +
                    " inside a string replaced with a space");
  if (count[3])
    parts.push_back(counted(count[3], "backslash", "backslashes") +
                    " before no escape replaced with a space");
  std::string out =
      counted(static_cast<std::size_t>(last - first), "flaw", "flaws") + " in the JSON repaired: ";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
  return out;
}

}  // namespace presslens::input
