// The cross-index's keys of the `analyze` JSON (docs/batch.md), written after
// "clusters": graph, passages, claims, keyphrases, timeline.
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "presslens/document.hpp"

namespace presslens::batch {

// Which keys append_cross_index_json writes (all by default).
struct CrossIndexParts {
  bool graph = true;
  bool passages = true;
  bool claims = true;
  bool keyphrases = true;
  bool timeline = true;
};

void append_cross_index_json(nlohmann::ordered_json& out, const Batch& batch,
                             CrossIndexParts parts = {});

// Some nodes and edges of the batch's graph (by index), as graph_to_json
// writes them: {"nodes": [...], "edges": [...]}.
nlohmann::ordered_json graph_parts_json(const Batch& batch, const std::vector<std::size_t>& nodes,
                                        const std::vector<std::size_t>& edges);

// The "graph" key alone (for `presslens graph --format json`).
nlohmann::ordered_json graph_to_json(const Batch& batch);

}  // namespace presslens::batch
