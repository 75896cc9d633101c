// The sentences behind one edge of the graph: in each article the edge
// counts, the sentences naming both ends.
#include <string>

#include "presslens/graph.hpp"
#include "text/sentences.hpp"

namespace presslens {
namespace {

// A mention's node id, as build_graph() keys it.
std::string node_key(const EntityMention& mention) {
  return mention.cluster.empty() ? std::string(to_string(mention.type)) + ":" + mention.text
                                 : mention.cluster;
}

const GraphEdge* find_edge(const Graph& graph, std::string_view a, std::string_view b) {
  for (const auto& edge : graph.edges) {
    const auto& source = graph.nodes[edge.source].id;
    const auto& target = graph.nodes[edge.target].id;
    if ((source == a && target == b) || (source == b && target == a)) return &edge;
  }
  return nullptr;
}

}  // namespace

std::vector<SentenceRef> link_sentences(const Batch& batch, std::string_view a,
                                        std::string_view b) {
  std::vector<SentenceRef> out;
  const GraphEdge* edge = find_edge(batch.graph, a, b);
  if (!edge) return out;
  for (const auto& [d, count] : edge->by_document) {
    const auto& document = batch.documents[d];
    const auto& spans = document.sentences;
    if (spans.empty()) continue;
    // For each sentence, whether it names a and b.
    std::vector<unsigned char> named(spans.size(), 0);
    for (const auto& mention : document.entities) {
      const auto key = node_key(mention);
      const unsigned char bit = key == a ? 1 : key == b ? 2 : 0;
      if (bit) named[text::sentence_at(spans, mention.span.start)] |= bit;
    }
    for (std::size_t s = 0; s < spans.size(); ++s) {
      if (named[s] == 3) out.push_back({d, spans[s]});
    }
  }
  return out;
}

}  // namespace presslens
