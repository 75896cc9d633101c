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
  if (!manifest.is_array())
    return Error{ErrorCode::invalid_argument, "the file manifest is not a list"};
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

Result<AnalyzeCall> analyze_call_from_json(const std::string& options_json) {
  AnalyzeCall call;
  if (options_json.empty()) return call;
  const json options = json::parse(options_json, nullptr, false);
  if (!options.is_object()) return Error{ErrorCode::invalid_argument, "options must be an object"};
  call.style.pretty = options.value("pretty", false);
  if (const auto date = options.find("date"); date != options.end() && date->is_string()) {
    call.options.default_date = date->get<std::string>();
  }
  if (const auto dates = options.find("dates"); dates != options.end() && dates->is_object()) {
    for (const auto& [name, value] : dates->items()) {
      if (value.is_string()) call.options.document_dates[name] = value.get<std::string>();
    }
  }
  return call;
}

Result<SearchOptions> search_options_from_json(const std::string& options_json) {
  SearchOptions options;
  if (options_json.empty()) return options;
  const json parsed = json::parse(options_json, nullptr, false);
  if (!parsed.is_object()) return Error{ErrorCode::invalid_argument, "options must be an object"};
  for (const auto* key : {"context", "limit"}) {
    if (parsed.contains(key) && !parsed[key].is_number_unsigned()) {
      return Error{ErrorCode::invalid_argument, std::string(key) + " must be a whole number"};
    }
  }
  options.context = parsed.value("context", options.context);
  options.limit = parsed.value("limit", options.limit);
  return options;
}

namespace {
std::size_t live_analyses = 0;
}

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
  index_.reset();
  batch_ = {};
  prepared_ = false;
}

CallResult Analysis::analyze(const std::string& manifest, std::uintptr_t address,
                             std::size_t length) {
  auto files = files_from_heap(manifest, address, length);
  if (!files) return failure(files.error().code, files.error().message);
  reset();
  batch_ = presslens::analyze(files.value());
  index_ = std::make_unique<SearchIndex>(batch_);
  return {};
}

CallResult Analysis::prepare(const std::string& manifest, std::uintptr_t address,
                             std::size_t length, const std::string& options) {
  auto files = files_from_heap(manifest, address, length);
  if (!files) return failure(files.error().code, files.error().message);
  auto call = analyze_call_from_json(options);
  if (!call) return failure(call.error().code, call.error().message);
  reset();
  batch_ = prepare_batch(files.value(), call.value().options);
  prepared_ = true;
  using Json = nlohmann::json;  // `json` names the member function here
  Json summary = Json::array();
  for (const auto& d : batch_.documents) {
    summary.push_back({{"name", d.name},
                       {"error", d.error ? Json(*d.error) : Json(nullptr)},
                       {"bytes", d.bytes}});
  }
  CallResult result;
  result.json = summary.dump(-1, ' ', false, Json::error_handler_t::replace);
  return result;
}

Status Analysis::check_slice(std::size_t first, std::size_t count) const {
  if (!prepared_)
    return Error{ErrorCode::invalid_argument, "no prepared batch (call prepare first)"};
  if (first > batch_.documents.size() || count > batch_.documents.size() - first) {
    return Error{ErrorCode::invalid_argument, "the documents asked for are not in the batch"};
  }
  return Status::success();
}

CallResult Analysis::annotation_inputs(std::size_t first, std::size_t count) const {
  if (auto status = check_slice(first, count); !status)
    return failure(status.error().code, status.error().message);
  auto inputs =
      annotation_inputs_json(std::span<const Document>(batch_.documents).subspan(first, count));
  if (!inputs) return failure(inputs.error().code, inputs.error().message);
  CallResult result;
  result.json = std::move(inputs).value();
  return result;
}

CallResult Analysis::apply_annotations(std::size_t first, std::size_t count,
                                       const std::string& json) {
  if (auto status = check_slice(first, count); !status)
    return failure(status.error().code, status.error().message);
  const auto documents = std::span<Document>(batch_.documents).subspan(first, count);
  if (auto status = apply_annotations_json(documents, json); !status) {
    return failure(status.error().code, status.error().message);
  }
  return {};
}

CallResult Analysis::finish() {
  if (!prepared_)
    return failure(ErrorCode::invalid_argument, "no prepared batch (call prepare first)");
  finish_batch(batch_);
  prepared_ = false;
  index_ = std::make_unique<SearchIndex>(batch_);
  return {};
}

CallResult Analysis::json(const std::string& options) const {
  if (prepared_)
    return failure(ErrorCode::invalid_argument, "the batch is not finished (call finish first)");
  auto call = analyze_call_from_json(options);
  if (!call) return failure(call.error().code, call.error().message);
  CallResult result;
  result.json = to_json(batch_, call.value().style);
  return result;
}

CallResult annotate_inputs(const std::string& inputs_json) {
  auto outputs = annotate_json(inputs_json);
  if (!outputs) return failure(outputs.error().code, outputs.error().message);
  CallResult result;
  result.json = std::move(outputs).value();
  return result;
}

CallResult Analysis::search(const std::string& query, const std::string& options) const {
  if (!index_) return failure(ErrorCode::invalid_argument, "nothing has been analysed yet");
  auto parsed = search_options_from_json(options);
  if (!parsed) return failure(parsed.error().code, parsed.error().message);
  auto hits = index_->search(query);
  if (!hits) return failure(hits.error().code, hits.error().message);
  CallResult result;
  result.json = index_->json(query, hits.value(), parsed.value());
  return result;
}

}  // namespace presslens::wasm
