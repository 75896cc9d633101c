// The parts of analyze()'s stages that the incremental re-run of a
// corrected batch (correctable.cpp) shares with analyze.cpp.
#pragma once

#include <vector>

#include "identity/identity.hpp"
#include "presslens/document.hpp"

namespace presslens::pipeline {

// Stage 3 up to the cross-index: the identities of the batch's mentions
// and the quotes, each with the corrections of its step (batch.corrections).
// `found` is the rules' grouping of the mentions as stage 2 left them.
void identify_and_attribute(Batch& batch, std::vector<identity::Identity> found);

}  // namespace presslens::pipeline
