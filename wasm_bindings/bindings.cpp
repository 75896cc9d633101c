// The module's exports: declarations only; conversions live in
// conversions.cpp and all analysis in core/. No C++ exception leaves a call.
#include <emscripten/bind.h>

#include <exception>
#include <string>

#include "conversions.hpp"
#include "presslens/ner.hpp"
#include "presslens/presslens.hpp"
#include "presslens/speakers.hpp"

namespace presslens::wasm {
namespace {

template <class F>
CallResult guarded(F&& call) {
  try {
    return call();
  } catch (const std::exception& e) {
    return failure(ErrorCode::invalid_argument, std::string("internal error: ") + e.what());
  } catch (...) {
    return failure(ErrorCode::invalid_argument, "internal error");
  }
}

// ICU keeps a pointer to its data for the life of the module: copy it into
// memory the module owns, so JS may free its buffer.
CallResult set_icu_data(std::uintptr_t address, std::size_t length) {
  return guarded([&] {
    static std::string data;
    if (!data.empty()) return failure(ErrorCode::invalid_argument, "ICU data is already loaded");
    data.assign(reinterpret_cast<const char*>(address), length);
    if (auto status = use_icu_data(data.data(), data.size()); !status) {
      data.clear();
      return failure(status.error().code, status.error().message);
    }
    return CallResult{};
  });
}

CallResult analyze_files(const std::string& manifest, std::uintptr_t address, std::size_t length,
                         const std::string& options) {
  return guarded([&] {
    auto files = files_from_heap(manifest, address, length);
    if (!files) return failure(files.error().code, files.error().message);
    auto call = analyze_call_from_json(options);
    if (!call) return failure(call.error().code, call.error().message);
    CallResult result;
    result.json = to_json(analyze(files.value(), call.value().options), call.value().style);
    return result;
  });
}

// The named-entity model (models/ner.bin); the core copies what it needs.
CallResult load_ner_model_bytes(std::uintptr_t address, std::size_t length) {
  return guarded([&] {
    const std::string_view bytes(reinterpret_cast<const char*>(address), length);
    if (auto status = load_ner_model(bytes); !status) {
      return failure(status.error().code, status.error().message);
    }
    return CallResult{};
  });
}

// The speaker model (models/speakers.bin): quotes' speakers and confidence.
CallResult load_speaker_model_bytes(std::uintptr_t address, std::size_t length) {
  return guarded([&] {
    const std::string_view bytes(reinterpret_cast<const char*>(address), length);
    if (auto status = load_speaker_model(bytes); !status) {
      return failure(status.error().code, status.error().message);
    }
    return CallResult{};
  });
}

std::string module_version() {
  return std::string(version());
}

// An analysed batch to search again and again (docs/batch.md); JS deletes it.
CallResult analysis_analyze(Analysis& analysis, const std::string& manifest, std::uintptr_t address,
                            std::size_t length) {
  return guarded([&] { return analysis.analyze(manifest, address, length); });
}

CallResult analysis_json(const Analysis& analysis, const std::string& options) {
  return guarded([&] { return analysis.json(options); });
}

CallResult analysis_search(const Analysis& analysis, const std::string& query,
                           const std::string& options) {
  return guarded([&] { return analysis.search(query, options); });
}

CallResult analysis_prepare(Analysis& analysis, const std::string& manifest, std::uintptr_t address,
                            std::size_t length, const std::string& options) {
  return guarded([&] { return analysis.prepare(manifest, address, length, options); });
}

CallResult analysis_annotation_inputs(const Analysis& analysis, std::size_t first,
                                      std::size_t count) {
  return guarded([&] { return analysis.annotation_inputs(first, count); });
}

CallResult analysis_apply_annotations(Analysis& analysis, std::size_t first, std::size_t count,
                                      const std::string& json) {
  return guarded([&] { return analysis.apply_annotations(first, count, json); });
}

CallResult analysis_finish(Analysis& analysis) {
  return guarded([&] { return analysis.finish(); });
}

CallResult annotate(const std::string& inputs) {
  return guarded([&] { return annotate_inputs(inputs); });
}

}  // namespace
}  // namespace presslens::wasm

EMSCRIPTEN_BINDINGS(presslens) {
  using namespace presslens::wasm;
  emscripten::value_object<CallResult>("CallResult")
      .field("ok", &CallResult::ok)
      .field("code", &CallResult::code)
      .field("message", &CallResult::message)
      .field("json", &CallResult::json);
  emscripten::function("setIcuData", &set_icu_data);
  emscripten::function("loadNerModel", &load_ner_model_bytes);
  emscripten::function("loadSpeakerModel", &load_speaker_model_bytes);
  emscripten::function("analyze", &analyze_files);
  emscripten::function("annotate", &annotate);
  emscripten::function("version", &module_version);
  emscripten::class_<Analysis>("Analysis")
      .constructor<>()
      .function("analyze", &analysis_analyze)
      .function("json", &analysis_json)
      .function("search", &analysis_search)
      .function("prepare", &analysis_prepare)
      .function("annotationInputs", &analysis_annotation_inputs)
      .function("applyAnnotations", &analysis_apply_annotations)
      .function("finish", &analysis_finish)
      .function("documents", &Analysis::documents)
      .class_function("live", &Analysis::live);
}
