// The module's exports: declarations only. The calls live in calls.cpp and
// analysis.cpp, conversions in conversions.cpp, all analysis in core/. Every
// call is guarded (call_result.hpp): no C++ exception leaves one.
#include <emscripten/bind.h>

#include "analysis.hpp"
#include "call_result.hpp"
#include "calls.hpp"

EMSCRIPTEN_BINDINGS(presslens) {
  using namespace presslens::wasm;
  emscripten::value_object<CallResult>("CallResult")
      .field("ok", &CallResult::ok)
      .field("code", &CallResult::code)
      .field("message", &CallResult::message)
      .field("json", &CallResult::json);
  emscripten::function("setIcuData", &Guard<&set_icu_data>::call);
  emscripten::function("loadNerModel", &Guard<&load_ner_model_bytes>::call);
  emscripten::function("loadSpeakerModel", &Guard<&load_speaker_model_bytes>::call);
  emscripten::function("analyze", &Guard<&analyze_files>::call);
  emscripten::function("annotate", &Guard<&annotate_inputs>::call);
  emscripten::function("version", &module_version);
  emscripten::class_<Analysis>("Analysis")
      .constructor<>()
      .function("analyze", &Guard<&Analysis::analyze>::call)
      .function("json", &Guard<&Analysis::json>::call)
      .function("search", &Guard<&Analysis::search>::call)
      .function("graph", &Guard<&Analysis::graph>::call)
      .function("linkSentences", &Guard<&Analysis::link_sentences>::call)
      .function("prepare", &Guard<&Analysis::prepare>::call)
      .function("annotationInputs", &Guard<&Analysis::annotation_inputs>::call)
      .function("applyAnnotations", &Guard<&Analysis::apply_annotations>::call)
      .function("finish", &Guard<&Analysis::finish>::call)
      .function("finishStep", &Guard<&Analysis::finish_step>::call)
      .function("correct", &Guard<&Analysis::correct>::call)
      .function("documents", &Analysis::documents)
      .class_function("live", &Analysis::live);
}
