// Conversions between what JavaScript passes (a manifest and one byte
// buffer in the wasm heap) and the core's types. No analysis here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "presslens/analyze.hpp"

namespace presslens::wasm {

// What every call returns to JS: the wrapper throws when `ok` is false.
struct CallResult {
  bool ok = true;
  std::string code;
  std::string message;
  std::string json;
};

CallResult failure(ErrorCode code, std::string message);

// `manifest_json` is [{"name": "a.txt", "offset": 0, "length": 123}, ...]
// describing slices of the `length` bytes at `address`.
Result<std::vector<InputFile>> files_from_heap(const std::string& manifest_json,
                                               std::uintptr_t address, std::size_t length);

// `options_json` is {"pretty": false} or empty.
Result<JsonStyle> style_from_json(const std::string& options_json);

}  // namespace presslens::wasm
