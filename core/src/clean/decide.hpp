// Decides on every block of one document from the gathered evidence: kept
// (title, dateline, heading, paragraph, credit) or removed with a reason.
#pragma once

#include "clean/evidence.hpp"
#include "clean/line_features.hpp"
#include "presslens/document.hpp"

namespace presslens::clean {

void decide(Document& document, const DocumentEvidence& evidence,
            const LineModels& models = fitted_line_models());

}  // namespace presslens::clean
