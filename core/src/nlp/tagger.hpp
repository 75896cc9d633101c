// Tagging with a loaded model, and the process-wide model.
#pragma once

#include <cstdint>
#include <vector>

#include "nlp/features.hpp"
#include "nlp/model.hpp"

namespace presslens::nlp {

// BILOU tag indices (into kTags), one per word of the document; with
// `emissions`, also every token's kTagCount scores (for the tests).
std::vector<int> tag_document(const NerModel& model, const TokenDocument& document,
                              std::vector<std::int32_t>* emissions = nullptr);

// The model load_ner_model() installed, or nullptr.
const NerModel* loaded_model();

}  // namespace presslens::nlp
