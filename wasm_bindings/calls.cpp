#include "calls.hpp"

#include <string_view>

#include "conversions.hpp"
#include "presslens/ner.hpp"
#include "presslens/presslens.hpp"
#include "presslens/speakers.hpp"

namespace presslens::wasm {

CallResult set_icu_data(std::uintptr_t address, std::size_t length) {
  // ICU keeps a pointer to its data for the life of the module.
  static std::string data;
  if (!data.empty())
    return failure(Error{ErrorCode::invalid_argument, "ICU data is already loaded"});
  data.assign(reinterpret_cast<const char*>(address), length);
  auto status = use_icu_data(data.data(), data.size());
  if (!status) data.clear();
  return to_call_result(status);
}

CallResult load_ner_model_bytes(std::uintptr_t address, std::size_t length) {
  return to_call_result(
      load_ner_model(std::string_view(reinterpret_cast<const char*>(address), length)));
}

CallResult load_speaker_model_bytes(std::uintptr_t address, std::size_t length) {
  return to_call_result(
      load_speaker_model(std::string_view(reinterpret_cast<const char*>(address), length)));
}

CallResult analyze_files(const std::string& manifest, std::uintptr_t address, std::size_t length,
                         const std::string& options) {
  auto request = analyze_request_from_heap(manifest, address, length, options);
  if (!request) return failure(request.error());
  const auto& [files, call] = request.value();
  CallResult result;
  result.json = to_json(analyze(files, call.options), call.style);
  return result;
}

CallResult annotate_inputs(const std::string& inputs_json) {
  return to_call_result(annotate_json(inputs_json));
}

std::string module_version() {
  return std::string(version());
}

}  // namespace presslens::wasm
