// What every JSON writer of output/ shares: the JSON type (keys in the order
// written), how a document is serialised, and how optional values print.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace presslens::output {

using Json = nlohmann::ordered_json;

// Appended to `out`: `s` as a JSON string; `json` compact, as dump() writes
// it (json_write.cpp).
void append_string(std::string& out, std::string_view s);
void append_compact(std::string& out, const Json& json);
// The same string written a piece at a time: whether append_string() would
// write it as its bytes (well-formed UTF-8), and then its quotes and each
// piece of it, escaped, between them. A piece may end anywhere.
bool well_formed_utf8(std::string_view s);
void append_string_body(std::string& out, std::string_view piece);

// Compact, or indented by two with `pretty`; no final newline. Invalid
// UTF-8 cannot reach here (inputs are repaired), but a writer never throws.
inline std::string dump(const Json& json, bool pretty = false) {
  if (pretty) return json.dump(2, ' ', false, Json::error_handler_t::replace);
  std::string out;
  append_compact(out, json);
  return out;
}

// The value, or null.
template <class J = Json, class T>
J or_null(const std::optional<T>& value) {
  return value ? J(*value) : J(nullptr);
}

// A name ("more than"), or null for the empty name of a `none`.
inline Json name_or_null(std::string_view name) {
  return name.empty() ? Json(nullptr) : Json(name);
}

}  // namespace presslens::output
