// Lone flaws inside otherwise valid JSON, repaired in place so that one bad
// escape does not cost a whole file: an unpaired surrogate escape ("\ud800")
// becomes "\ufffd", a number no double can hold ("1e999999") becomes null, a
// raw control character inside a string a space, a backslash before a
// character that is no escape a space. Every repair keeps the length, so byte
// positions in the repaired text are those of the original.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace presslens::input {

enum class JsonFlaw { surrogate, number, control, escape };

struct JsonRepair {
  std::size_t at = 0;  // byte offset
  JsonFlaw flaw = JsonFlaw::surrogate;
};

// Repairs `json` in place; returns the repairs in order of position.
std::vector<JsonRepair> repair_json(std::string& json);

// The warning for the repairs within [begin, end): "2 flaws in the JSON
// repaired: 1 unpaired surrogate escape (\ud800...) replaced with U+FFFD, 1
// number out of range replaced with null"; empty when there are none.
std::string describe_repairs(const std::vector<JsonRepair>& repairs, std::size_t begin,
                             std::size_t end);

}  // namespace presslens::input
