// The entity co-occurrence graph of a batch (Batch::graph) for other tools:
// JSON (as in `analyze`), GraphML, or GEXF (Gephi).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "presslens/document.hpp"

namespace presslens {

enum class GraphFormat { json, graphml, gexf };

// "json", "graphml" or "gexf"; nullopt for anything else.
std::optional<GraphFormat> graph_format(std::string_view name);

// Nodes are entity clusters; an edge's weight is the number of sentences
// naming both ends (docs/batch.md).
std::string export_graph(const Batch& batch, GraphFormat format);

}  // namespace presslens
