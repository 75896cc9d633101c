// Conversions between what JavaScript passes (a manifest and one byte
// buffer in the wasm heap, options as JSON text) and the core's types, and
// back. No analysis here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "presslens/analyze.hpp"
#include "presslens/corrections.hpp"
#include "presslens/search.hpp"

namespace presslens::wasm {

// `manifest_json` is [{"name": "a.txt", "offset": 0, "length": 123}, ...]
// describing slices of the `length` bytes at `address`.
Result<std::vector<InputFile>> files_from_heap(const std::string& manifest_json,
                                               std::uintptr_t address, std::size_t length);

struct AnalyzeCall {
  JsonStyle style;
  AnalyzeOptions options;
};

// `options_json` is empty or {"pretty": false, "date": "2015-09-16",
// "dates": {"a.txt": "2015-09-17"}, "corrections": [...]} (publication
// dates set by the user; corrections as in docs/output.md).
Result<AnalyzeCall> analyze_call_from_json(const std::string& options_json);

// A list of corrections, [{"op": ...}, ...], as JSON text or parsed.
Result<std::vector<Correction>> corrections_from_text(const std::string& list_json);
Result<std::vector<Correction>> corrections_from_json(const nlohmann::json& list);

// A whole analyze call's arguments: the files and the options.
struct AnalyzeRequest {
  std::vector<InputFile> files;
  AnalyzeCall call;
};

Result<AnalyzeRequest> analyze_request_from_heap(const std::string& manifest_json,
                                                 std::uintptr_t address, std::size_t length,
                                                 const std::string& options_json);

// `options_json` is {"context": 40, "limit": 100} (both optional) or empty;
// what is left out keeps the core's default (SearchOptions).
Result<SearchOptions> search_options_from_json(const std::string& options_json);

// [{"name", "error", "bytes"}]: the documents of a batch after stage 1.
std::string prepared_documents_json(const Batch& batch);

}  // namespace presslens::wasm
