// The entity co-occurrence graph of a batch (Batch::graph) for other tools:
// JSON (as in `analyze`), GraphML, or GEXF (Gephi).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "presslens/document.hpp"

namespace presslens {

enum class GraphFormat { json, graphml, gexf };

// "json", "graphml" or "gexf"; nullopt for anything else.
std::optional<GraphFormat> graph_format(std::string_view name);

// Nodes are entity clusters; an edge's weight is the number of sentences
// naming both ends (docs/batch.md).
std::string export_graph(const Batch& batch, GraphFormat format);

// Every sentence naming both nodes `a` and `b` (ids as in Graph::nodes: a
// cluster id, or "TYPE:text"), in batch order then text order: the sentences
// an edge of the graph comes from. Empty when the two share none.
std::vector<SentenceRef> link_sentences(const Batch& batch, std::string_view a, std::string_view b);

// The same as JSON: {"source", "target", "sentences": [{"document", "start",
// "end"}]} with offsets in UTF-16 code units of the document's text.
std::string link_sentences_json(const Batch& batch, std::string_view a, std::string_view b);

}  // namespace presslens
