// Named entities of a document's text, for analyze().
#pragma once

#include "presslens/document.hpp"

namespace presslens::nlp {

// Fills document.entities from document.text, sentence by sentence
// (document.sentences), when a model is loaded (headings are not tagged).
// Leaves `cluster` empty.
void find_entities(Document& document);

}  // namespace presslens::nlp
