// The module's free calls (bindings.cpp exports them, each guarded): ICU's
// data, the entity model, one whole analysis, stage 2 for another module.
#pragma once

#include <cstdint>
#include <string>

#include "call_result.hpp"

namespace presslens::wasm {

// ICU's data (icudt72l.dat), once per module; copied, so JS may free its buffer.
CallResult set_icu_data(std::uintptr_t address, std::size_t length);

// The named-entity model (models/ner.bin); the core copies what it needs.
CallResult load_ner_model_bytes(std::uintptr_t address, std::size_t length);
// The speaker model (models/speakers.bin): quotes' speakers and confidence.
CallResult load_speaker_model_bytes(std::uintptr_t address, std::size_t length);

// One batch (see conversions.hpp for the manifest and options) -> the analyze JSON.
CallResult analyze_files(const std::string& manifest, std::uintptr_t address, std::size_t length,
                         const std::string& options);

// Stage 2 on documents carried from another module: `inputs_json` is what
// Analysis::annotation_inputs() returned, the result what apply_annotations()
// takes.
CallResult annotate_inputs(const std::string& inputs_json);

std::string module_version();

}  // namespace presslens::wasm
