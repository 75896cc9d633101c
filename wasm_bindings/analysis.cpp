#include "analysis.hpp"

#include <span>

#include "conversions.hpp"
#include "presslens/graph.hpp"

namespace presslens::wasm {
namespace {

std::size_t live_analyses = 0;

const Error not_prepared{ErrorCode::invalid_argument, "no prepared batch (call prepare first)"};
const Error not_finished{ErrorCode::invalid_argument,
                         "the batch is not finished (call finish first)"};

}  // namespace

Analysis::Analysis() {
  ++live_analyses;
}

Analysis::~Analysis() {
  --live_analyses;
}

std::size_t Analysis::live() {
  return live_analyses;
}

void Analysis::reset() {
  finishing_.reset();
  index_.reset();
  finished_.reset();
  prepared_batch_ = {};
  prepared_ = false;
}

CallResult Analysis::analyze(const std::string& manifest, std::uintptr_t address,
                             std::size_t length, const std::string& options) {
  auto request = analyze_request_from_heap(manifest, address, length, options);
  if (!request) return failure(request.error());
  reset();
  Batch batch = prepare_batch(request.value().files, request.value().call.options);
  for (auto& document : batch.documents) annotate_document(document);
  finished_.emplace(std::move(batch));
  return {};
}

CallResult Analysis::prepare(const std::string& manifest, std::uintptr_t address,
                             std::size_t length, const std::string& options) {
  auto request = analyze_request_from_heap(manifest, address, length, options);
  if (!request) return failure(request.error());
  reset();
  prepared_batch_ = prepare_batch(request.value().files, request.value().call.options);
  prepared_ = true;
  CallResult result;
  result.json = prepared_documents_json(prepared_batch_);
  return result;
}

Status Analysis::check_slice(std::size_t first, std::size_t count) const {
  if (!prepared_) return not_prepared;
  const auto size = prepared_batch_.documents.size();
  if (first > size || count > size - first) {
    return Error{ErrorCode::invalid_argument, "the documents asked for are not in the batch"};
  }
  return Status::success();
}

CallResult Analysis::annotation_inputs(std::size_t first, std::size_t count) const {
  if (auto status = check_slice(first, count); !status) return failure(status.error());
  return to_call_result(annotation_inputs_json(
      std::span<const Document>(prepared_batch_.documents).subspan(first, count)));
}

CallResult Analysis::apply_annotations(std::size_t first, std::size_t count,
                                       const std::string& json) {
  if (auto status = check_slice(first, count); !status) return failure(status.error());
  return to_call_result(apply_annotations_json(
      std::span<Document>(prepared_batch_.documents).subspan(first, count), json));
}

CallResult Analysis::finish() {
  if (!prepared_) return failure(not_prepared);
  if (finishing_) {  // finish_step() had begun: the rest of its steps
    while (finishing_->step(64)) {
    }
    finished_.emplace(std::move(*finishing_));
    finishing_.reset();
  } else {
    finished_.emplace(std::move(prepared_batch_));
  }
  prepared_batch_ = {};
  prepared_ = false;
  return {};
}

CallResult Analysis::finish_step(std::size_t steps) {
  if (!prepared_) return failure(not_prepared);
  if (!finishing_) {
    finishing_.emplace(std::move(prepared_batch_), CorrectableBatch::Unfinished{});
    prepared_batch_ = {};
  }
  const bool more = finishing_->step(steps);
  CallResult result;
  result.json = "{\"done\":" + std::to_string(finishing_->done()) +
                ",\"total\":" + std::to_string(finishing_->total()) + ",\"part\":\"" +
                std::string(finishing_->part()) + "\",\"finished\":" + (more ? "false" : "true") +
                "}";
  if (!more) {
    finished_.emplace(std::move(*finishing_));
    finishing_.reset();
    prepared_ = false;
    index_ = std::make_unique<SearchIndex>(finished_->batch());
  }
  return result;
}

CallResult Analysis::correct(const std::string& corrections) {
  if (!finished_) return failure(not_finished);
  auto list = corrections_from_text(corrections);
  if (!list) return failure(list.error());
  const BatchChanges changes = finished_->correct(std::move(list).value());
  index_.reset();  // the batch it indexed has changed
  CallResult result;
  result.json = changes_to_json(finished_->batch(), changes);
  return result;
}
CallResult Analysis::json(const std::string& options) const {
  if (!finished_) return failure(not_finished);
  auto call = analyze_call_from_json(options);
  if (!call) return failure(call.error());
  CallResult result;
  result.json = to_json(finished_->batch(), call.value().style);
  return result;
}

CallResult Analysis::search(const std::string& query, const std::string& options) const {
  if (!finished_)
    return failure(Error{ErrorCode::invalid_argument, "nothing has been analysed yet"});
  if (!index_) index_ = std::make_unique<SearchIndex>(finished_->batch());
  auto parsed = search_options_from_json(options);
  if (!parsed) return failure(parsed.error());
  auto found = index_->find(query);
  if (!found) return failure(found.error());
  CallResult result;
  result.json = index_->json(query, found.value(), parsed.value());
  return result;
}

CallResult Analysis::graph(const std::string& format) const {
  if (!finished_)
    return failure(Error{ErrorCode::invalid_argument, "nothing has been analysed yet"});
  const auto parsed = graph_format(format);
  if (!parsed) {
    return failure(
        Error{ErrorCode::invalid_argument, "the graph's format is json, graphml or gexf"});
  }
  CallResult result;
  result.json = export_graph(finished_->batch(), *parsed);
  return result;
}

CallResult Analysis::link_sentences(const std::string& source, const std::string& target) const {
  if (!finished_)
    return failure(Error{ErrorCode::invalid_argument, "nothing has been analysed yet"});
  CallResult result;
  result.json = link_sentences_json(finished_->batch(), source, target);
  return result;
}

}  // namespace presslens::wasm
