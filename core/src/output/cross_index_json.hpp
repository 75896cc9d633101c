// The cross-index's keys of the `analyze` JSON (docs/batch.md), written after
// "clusters": graph, passages, claims, keyphrases, timeline.
#pragma once

#include "output/json_stream.hpp"
#include "output/offsets.hpp"
#include "presslens/document.hpp"

namespace presslens::output {

// Writes the keys "graph", "passages", "claims", "keyphrases", "timeline"
// into the open object of `out`, item by item.
void write_cross_index_json(JsonStream& out, const Batch& batch, Utf16Offsets& offsets);

// The "graph" key alone (for `presslens graph --format json`).
Json graph_json(const Batch& batch, Utf16Offsets& offsets);

}  // namespace presslens::output
