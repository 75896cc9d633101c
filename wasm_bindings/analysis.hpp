// A batch kept in the module (embind class `Analysis`), so that it can be
// searched again and again, or analysed in the core's three stages with
// stage 2 done in other modules (the page's pool of workers). JS owns it and
// must delete() it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "call_result.hpp"
#include "presslens/analyze.hpp"
#include "presslens/search.hpp"

namespace presslens::wasm {

class Analysis {
 public:
  Analysis();
  ~Analysis();
  Analysis(const Analysis&) = delete;
  Analysis& operator=(const Analysis&) = delete;

  // All three stages at once.
  CallResult analyze(const std::string& manifest, std::uintptr_t address, std::size_t length);
  CallResult json(const std::string& options) const;
  CallResult search(const std::string& query, const std::string& options) const;
  std::size_t documents() const { return batch_.documents.size(); }

  // The same analysis in the core's three stages: prepare() reads and cleans
  // the batch and returns [{"name", "error", "bytes"}] for its documents;
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

}  // namespace presslens::wasm
