// The core's entry points: analyse a batch of files, render it as JSON.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "presslens/document.hpp"
#include "presslens/error.hpp"
#include "presslens/input.hpp"

namespace presslens {

struct AnalyzeOptions {
  std::size_t max_file_bytes = 64u << 20;  // larger files get a per-file error
  // A document's text (after decoding and normalising) is analysed up to
  // this many bytes, cut at a paragraph, with a warning on the document: the
  // work on one document stays bounded (about 1.5 s natively, 4 s in wasm,
  // at 2 MB: docs/robustness.md). Web pages are bounded by their markup.
  std::size_t max_text_bytes = 2u << 20;
  // Publication dates set by the user (ISO 8601, "2015-09-16"), by document
  // name, and one for every document that has none; a date in the input
  // record wins. Relative dates in the text are resolved against them.
  std::map<std::string, std::string> document_dates;
  std::optional<std::string> default_date;
  // The user's corrections (presslens/corrections.hpp, read by
  // parse_corrections): applied in order, each reported in the output's
  // "corrections". None: no correction, and no "corrections" key.
  std::optional<std::vector<Correction>> corrections;
};

// The error of a file above the size limit: "the file is too large (80 MB;
// the limit is 64 MB)"; with `at_least`, "more than 64 MB" (a pipe that was
// not read to its end).
Error file_too_large(std::uint64_t bytes, std::size_t limit, bool at_least = false);

// An ISO 8601 date ("2015-09-16") from the usual ways news exports write
// one ("Wed, 16 Sep 2015", "September 16, 2015"), or nullopt; impossible
// dates (2015-13-45, 2015-02-29) are nullopt too.
std::optional<std::string> read_date(std::string_view text);

// Analyses every file of `files` as one batch. Never throws: a file that
// cannot be read becomes a Document with `error` set and empty lists.
Batch analyze(std::span<const InputFile> files, const AnalyzeOptions& options = {});
// The same, letting the files' bytes go once the batch is read from them
// (stage 1 below): a command line's files are not needed after, and a
// batch's worth of them is not held while the later stages run.
Batch analyze(std::vector<InputFile>&& files, const AnalyzeOptions& options = {});

// analyze() in its three stages, for callers that spread the per-document
// work over threads or workers (the explorer's worker pool). analyze() is
// exactly:
//   Batch batch = prepare_batch(files, options);
//   for (auto& document : batch.documents) annotate_document(document);
//   finish_batch(batch);

// Stage 1, the whole batch: reads and decodes every file, cleans the batch (a
// line that recurs across files is furniture) and builds each document's text.
Batch prepare_batch(std::span<const InputFile> files, const AnalyzeOptions& options = {});

// Stage 2, one document on its own: its dates, numbers and named entities
// (and any warning about them). Reads only the document's text, date and the
// places of its headings, so that annotation_inputs_json() can carry them to
// another worker. Does nothing to a failed document. Run again on a
// document whose text changed, it starts afresh.
void annotate_document(Document& document);

// Stage 3, the whole batch: entity clusters, quotes and the cross-index.
void finish_batch(Batch& batch);

// Stage 3 a step at a time, so that a caller can show progress that counts:
// the entity clusters (one step), each document's nominals and quotes (a
// step per document), then each part of the cross-index (graph, passages, claims,
// keyphrases, timeline, stories). Each step is guarded as finish_batch() is:
// a batch-wide step that throws fails the heaviest document and runs again. finish_batch() is
// exactly
//   BatchFinisher finisher(batch);
//   while (finisher.step()) {}
// The batch must outlive the finisher and not change meanwhile.
class BatchFinisher {
 public:
  explicit BatchFinisher(Batch& batch);
  ~BatchFinisher();
  BatchFinisher(const BatchFinisher&) = delete;
  BatchFinisher& operator=(const BatchFinisher&) = delete;

  // Runs up to `steps` steps; true while any is left.
  bool step(std::size_t steps = 1);
  std::size_t done() const { return done_; }
  std::size_t total() const;
  // What the next step does: "names", "quotes", "links", or "" once finished.
  std::string_view part() const;

 private:
  struct State;
  std::size_t done_ = 0;
  std::unique_ptr<State> state_;
};

// Stage 2 in another worker or module instance. Compact JSON, internal to
// Presslens (not the `analyze` JSON): offsets in UTF-8 bytes, every value
// carried exactly, so that the round trip changes nothing.
//   annotation_inputs_json(documents): what stage 2 reads of each document
//     (null for a failed one), as a JSON array;
//   annotate_json(inputs): stage 2 on each of them; a JSON array of what it
//     adds to each document (null for null);
//   apply_annotations_json(documents, annotations): adds them to the same
//     documents, in the same order.
Result<std::string> annotation_inputs_json(std::span<const Document> documents);
Result<std::string> annotate_json(std::string_view inputs_json);
Status apply_annotations_json(std::span<Document> documents, std::string_view annotations_json);

struct JsonStyle {
  bool pretty = false;
};

// The `analyze` JSON of docs/output.md (offsets in UTF-16 code units).
std::string to_json(const Batch& batch, JsonStyle style = {});

// The same bytes, handed to `sink` piece by piece as they are written (about
// 64 KB at a time): a caller that writes them out never holds the whole.
void write_json(const Batch& batch, JsonStyle style,
                const std::function<void(std::string_view)>& sink);

// `clean --json`: {"<name without extension>": {"articleBody": "..."}}.
std::string to_clean_json(const Batch& batch, JsonStyle style = {});

// The document name without its extension (and without a record suffix's
// extension: "a.jsonl#2" gives "a#2").
std::string name_without_extension(const std::string& name);

}  // namespace presslens
