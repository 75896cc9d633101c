#include "conversions.hpp"

#include <nlohmann/json.hpp>

namespace presslens::wasm {

using nlohmann::json;

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
  if (const auto list = options.find("corrections"); list != options.end() && !list->is_null()) {
    auto corrections = corrections_from_json(*list);
    if (!corrections) return corrections.error();
    call.options.corrections = std::move(corrections).value();
  }
  return call;
}

Result<std::vector<Correction>> corrections_from_json(const nlohmann::json& list) {
  if (!list.is_array())
    return Error{ErrorCode::invalid_argument, "corrections must be a list of corrections"};
  // The core reads the list as the CLI's file holds it: one reader for both.
  return parse_corrections(json{{"corrections", list}}.dump());
}

Result<std::vector<Correction>> corrections_from_text(const std::string& list_json) {
  const json list = json::parse(list_json, nullptr, false);
  if (list.is_discarded())
    return Error{ErrorCode::invalid_argument, "the corrections are not JSON"};
  return corrections_from_json(list);
}

Result<AnalyzeRequest> analyze_request_from_heap(const std::string& manifest_json,
                                                 std::uintptr_t address, std::size_t length,
                                                 const std::string& options_json) {
  auto files = files_from_heap(manifest_json, address, length);
  if (!files) return files.error();
  auto call = analyze_call_from_json(options_json);
  if (!call) return call.error();
  return AnalyzeRequest{std::move(files).value(), std::move(call).value()};
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

std::string prepared_documents_json(const Batch& batch) {
  json summary = json::array();
  for (const auto& d : batch.documents) {
    summary.push_back({{"name", d.name},
                       {"error", d.error ? json(d.error->message) : json(nullptr)},
                       {"bytes", d.bytes}});
  }
  return summary.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace presslens::wasm
