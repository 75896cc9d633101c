// The cross-index's keys of the `analyze` JSON (docs/batch.md), written after
// "clusters": graph, passages, claims, keyphrases, timeline.
#pragma once

#include "output/offsets.hpp"
#include "presslens/document.hpp"

namespace presslens::output {

void append_cross_index_json(Json& out, const Batch& batch, Utf16Offsets& offsets);

// The "graph" key alone (for `presslens graph --format json`).
Json graph_json(const Batch& batch, Utf16Offsets& offsets);

}  // namespace presslens::output
