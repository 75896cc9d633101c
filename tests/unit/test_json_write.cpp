#include <doctest/doctest.h>

#include <string>

#include "output/json.hpp"

using presslens::output::Json;

namespace {

std::string nlohmann_compact(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string fast_compact(const Json& json) {
  std::string out;
  presslens::output::append_compact(out, json);
  return out;
}

}  // namespace

TEST_CASE("the compact writer writes the bytes nlohmann's dump writes") {
  // Every escape, control characters, DEL, and each kind of malformed UTF-8
  // (a lone continuation byte, a cut sequence, an overlong form, an encoded
  // surrogate, a code point past U+10FFFF), each handed to nlohmann.
  const std::string strings[] = {"",
                                 "plain",
                                 "\"quoted\" \\ back",
                                 std::string("\b\f\n\r\t\x01\x1f\x7f", 8) + std::string(1, '\0'),
                                 "caf\u00e9 \u5317\u4eac \U0001F600 \u2028",
                                 "bad \x80 byte",
                                 "cut \xe2\x82",
                                 "overlong \xc0\xaf",
                                 "surrogate \xed\xa0\x80",
                                 "too high \xf4\x90\x80\x80",
                                 "late \xf5",
                                 "ok \xf0\x90\x80\x80 then \xe0\x80\x80",
                                 "escaped \" \n then bad \xff"};
  for (const std::string& s : strings) {
    CAPTURE(s);
    CHECK(fast_compact(Json(s)) == nlohmann_compact(Json(s)));
    Json object{{s, s}, {"n", -3}, {"u", 18446744073709551615ull}, {"b", false}};
    CHECK(fast_compact(object) == nlohmann_compact(object));
  }
  Json mixed = Json::array();
  mixed.push_back(nullptr);
  mixed.push_back(0.1);
  mixed.push_back(1e300);
  mixed.push_back(250000.0);
  mixed.push_back(Json::object());
  mixed.push_back(Json::array());
  mixed.push_back(Json{{"z", 1}, {"a", Json{{"nested", true}}}});  // keys in the order written
  CHECK(fast_compact(mixed) == nlohmann_compact(mixed));
  CHECK(presslens::output::dump(mixed) == nlohmann_compact(mixed));
}
