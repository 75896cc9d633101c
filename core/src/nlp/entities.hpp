// Named entities of a document's text, for analyze().
#pragma once

#include <string_view>

#include "presslens/document.hpp"

namespace presslens::nlp {

// The start of the warning find_entities() adds when it cannot tag a text.
inline constexpr std::string_view kEntitiesSkipped = "named entities skipped: ";

// Fills document.entities from document.text when a model is loaded
// (headings are not tagged). Leaves `cluster` empty.
void find_entities(Document& document);

}  // namespace presslens::nlp
