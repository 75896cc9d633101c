// Named entities of a document's text, for analyze().
#pragma once

#include <string_view>

#include "presslens/document.hpp"

namespace presslens::nlp {

// Fills document.entities from document.text, sentence by sentence
// (document.sentences), when a model is loaded (headings are not tagged).
// Leaves `cluster` empty.
void find_entities(Document& document);

// Whether a warning is one find_entities() writes (so that a document
// annotated again, its text corrected, drops those of the earlier text).
bool is_entities_warning(std::string_view warning);

}  // namespace presslens::nlp
