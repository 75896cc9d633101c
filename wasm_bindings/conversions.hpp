// Conversions between what JavaScript passes (a manifest and one byte
// buffer in the wasm heap) and the core's types. No analysis here.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "presslens/analyze.hpp"
#include "presslens/search.hpp"

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

struct AnalyzeCall {
  JsonStyle style;
  AnalyzeOptions options;
};

// `options_json` is empty or {"pretty": false, "date": "2015-09-16",
// "dates": {"a.txt": "2015-09-17"}} (publication dates set by the user).
Result<AnalyzeCall> analyze_call_from_json(const std::string& options_json);

// `options_json` is {"context": 40, "limit": 100} (both optional) or empty.
Result<SearchOptions> search_options_from_json(const std::string& options_json);

// An analysed batch kept in the module so that it can be searched without
// analysing it again. JS owns it and must delete() it.
class Analysis {
 public:
  Analysis();
  ~Analysis();
  Analysis(const Analysis&) = delete;
  Analysis& operator=(const Analysis&) = delete;

  CallResult analyze(const std::string& manifest, std::uintptr_t address, std::size_t length);
  CallResult json(const std::string& options) const;
  CallResult search(const std::string& query, const std::string& options) const;
  std::size_t documents() const { return batch_.documents.size(); }

  // The same analysis in the core's three stages, stage 2 done elsewhere
  // (the page's worker pool): prepare() reads and cleans the batch and
  // returns [{"name", "error", "bytes"}] for its documents;
  // annotation_inputs() and apply_annotations() carry stage 2 of documents
  // [first, first + count) out and back; finish() links the batch.
  CallResult prepare(const std::string& manifest, std::uintptr_t address, std::size_t length,
                     const std::string& options);
  CallResult annotation_inputs(std::size_t first, std::size_t count) const;
  CallResult apply_annotations(std::size_t first, std::size_t count, const std::string& json);
  CallResult finish();

  static std::size_t live();  // instances not yet deleted (for the leak test)

 private:
  Status check_slice(std::size_t first, std::size_t count) const;
  void reset();

  Batch batch_;
  std::unique_ptr<SearchIndex> index_;
  bool prepared_ = false;  // between prepare() and finish()
};

// Stage 2 on documents carried from another module: `inputs_json` is what
// Analysis::annotation_inputs() returned, the result what apply_annotations()
// takes.
CallResult annotate_inputs(const std::string& inputs_json);

}  // namespace presslens::wasm
