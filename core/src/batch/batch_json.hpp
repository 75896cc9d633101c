// The cross-index's keys of the `analyze` JSON (docs/batch.md), written after
// "clusters": graph, passages, claims, keyphrases, timeline.
#pragma once

#include <nlohmann/json.hpp>

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

// The "graph" key alone (for `presslens graph --format json`).
nlohmann::ordered_json graph_to_json(const Batch& batch);

}  // namespace presslens::batch
