// The cross-index's keys of the `analyze` JSON (docs/batch.md), written after
// "clusters": graph, passages, claims, keyphrases, timeline, stories.
#pragma once

#include "output/json_stream.hpp"
#include "output/offsets.hpp"
#include "presslens/document.hpp"

namespace presslens::output {

// Which keys write_cross_index_json writes (all by default).
struct CrossIndexParts {
  bool graph = true;
  bool passages = true;
  bool claims = true;
  bool keyphrases = true;
  bool timeline = true;
  bool stories = true;
};

// Writes the keys "graph", "passages", "claims", "keyphrases", "timeline",
// "stories" (those of `parts`) into the open object of `out`, item by item.
void write_cross_index_json(JsonStream& out, const Batch& batch, Utf16Offsets& offsets,
                            CrossIndexParts parts = {});

// One node and one edge of the batch's graph, as "graph" writes them, each
// an object written to `out`.
void write_graph_node(JsonStream& out, const GraphNode& node);
void write_graph_edge(JsonStream& out, const Graph& graph, const GraphEdge& edge,
                      Utf16Offsets& offsets);

// The value of the "graph" key, {"nodes": [...], "edges": [...]} (alone for
// `presslens graph --format json`).
void write_graph(JsonStream& out, const Graph& graph, Utf16Offsets& offsets);

}  // namespace presslens::output
