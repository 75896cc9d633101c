#include "conversions.hpp"

#include <nlohmann/json.hpp>

namespace presslens::wasm {

using nlohmann::json;

CallResult failure(ErrorCode code, std::string message) {
  return {false, std::string(to_string(code)), std::move(message), {}};
}

Result<std::vector<InputFile>> files_from_heap(const std::string& manifest_json,
                                               std::uintptr_t address, std::size_t length) {
  const json manifest = json::parse(manifest_json, nullptr, false);
  if (!manifest.is_array()) return Error{ErrorCode::invalid_argument, "the file manifest is not a list"};
  const auto* bytes = reinterpret_cast<const char*>(address);
  std::vector<InputFile> files;
  for (const auto& entry : manifest) {
    if (!entry.is_object() || !entry.value("name", json()).is_string() ||
        !entry.value("offset", json()).is_number_unsigned() ||
        !entry.value("length", json()).is_number_unsigned()) {
      return Error{ErrorCode::invalid_argument, "a manifest entry needs name, offset and length"};
    }
    const auto offset = entry["offset"].get<std::size_t>();
    const auto size = entry["length"].get<std::size_t>();
    if (offset > length || size > length - offset) {
      return Error{ErrorCode::invalid_argument, "a manifest entry lies outside the byte buffer"};
    }
    files.push_back({entry["name"].get<std::string>(), std::string(bytes + offset, size), {}});
  }
  return files;
}

Result<JsonStyle> style_from_json(const std::string& options_json) {
  JsonStyle style;
  if (options_json.empty()) return style;
  const json options = json::parse(options_json, nullptr, false);
  if (!options.is_object()) return Error{ErrorCode::invalid_argument, "options must be an object"};
  style.pretty = options.value("pretty", false);
  return style;
}

}  // namespace presslens::wasm
