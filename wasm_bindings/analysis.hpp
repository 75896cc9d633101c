// A batch kept in the module (embind class `Analysis`), so that it can be
// searched again and again, or analysed in the core's three stages with
// stage 2 done in other modules (the page's pool of workers). JS owns it and
// must delete() it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "call_result.hpp"
#include "presslens/analyze.hpp"
#include "presslens/correctable.hpp"
#include "presslens/search.hpp"

namespace presslens::wasm {

class Analysis {
 public:
  Analysis();
  ~Analysis();
  Analysis(const Analysis&) = delete;
  Analysis& operator=(const Analysis&) = delete;

  // All three stages at once (options as for the free analyze call).
  CallResult analyze(const std::string& manifest, std::uintptr_t address, std::size_t length,
                     const std::string& options);
  CallResult json(const std::string& options) const;
  CallResult search(const std::string& query, const std::string& options) const;
  // The graph as "json", "graphml" or "gexf" (in CallResult::json, whatever the format).
  CallResult graph(const std::string& format) const;
  // Every sentence naming both nodes: presslens::link_sentences_json.
  CallResult link_sentences(const std::string& source, const std::string& target) const;
  std::size_t documents() const { return batch().documents.size(); }

  // Applies a new list of corrections ([{"op": ...}, ...], the whole list)
  // to the finished batch, re-running only what it touches; returns the
  // parts of the analyze JSON that changed (changes_to_json).
  CallResult correct(const std::string& corrections);

  // The same analysis in the core's three stages: prepare() reads and cleans
  // the batch and returns [{"name", "error", "bytes"}] for its documents;
  // annotation_inputs() and apply_annotations() carry stage 2 of documents
  // [first, first + count) out and back; finish() links the batch.
  CallResult prepare(const std::string& manifest, std::uintptr_t address, std::size_t length,
                     const std::string& options);
  CallResult annotation_inputs(std::size_t first, std::size_t count) const;
  CallResult apply_annotations(std::size_t first, std::size_t count, const std::string& json);
  CallResult finish();
  // finish() a few steps at a time: runs up to `steps` steps and returns
  // {"done", "total", "part", "finished"} (BatchFinisher); once finished the
  // batch is as after finish().
  CallResult finish_step(std::size_t steps);

  static std::size_t live();  // instances not yet deleted (for the leak test)

 private:
  Status check_slice(std::size_t first, std::size_t count) const;
  void reset();
  const Batch& batch() const {
    return finished_ ? finished_->batch() : finishing_ ? finishing_->batch() : prepared_batch_;
  }

  Batch prepared_batch_;                        // between prepare() and finish()
  std::optional<CorrectableBatch> finished_;    // after finish() or analyze()
  mutable std::unique_ptr<SearchIndex> index_;  // built when first searched
  bool prepared_ = false;
  std::optional<CorrectableBatch> finishing_;  // while finish_step() is under way
};

}  // namespace presslens::wasm
