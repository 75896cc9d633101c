// The sentences behind one edge of the graph: the articles the edge counts
// are split into sentences again, and those naming both ends are kept.
#include <algorithm>
#include <string>

#include "batch/batch_json.hpp"
#include "batch/words.hpp"
#include "presslens/graph.hpp"
#include "text/utf8.hpp"

namespace presslens {
namespace {

// A mention's node id, as build_graph() keys it.
std::string node_key(const EntityMention& mention) {
  return mention.cluster.empty() ? mention.type + ":" + mention.text : mention.cluster;
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
    const auto spans = batch::split_sentences(document.text);
    if (spans.empty()) continue;
    // For each sentence, whether it names a and b.
    std::vector<unsigned char> named(spans.size(), 0);
    for (const auto& mention : document.entities) {
      const auto key = node_key(mention);
      const unsigned char bit = key == a ? 1 : key == b ? 2 : 0;
      if (bit) named[batch::sentence_at(spans, mention.span.start)] |= bit;
    }
    for (std::size_t s = 0; s < spans.size(); ++s) {
      if (named[s] == 3) out.push_back({d, spans[s]});
    }
  }
  return out;
}

std::string link_sentences_json(const Batch& batch, std::string_view a, std::string_view b) {
  using Json = nlohmann::ordered_json;
  Json sentences = Json::array();
  std::size_t last = batch.documents.size();
  std::unique_ptr<text::Utf16OffsetMap> map;
  for (const auto& ref : link_sentences(batch, a, b)) {
    if (ref.document != last) {
      map = std::make_unique<text::Utf16OffsetMap>(batch.documents[ref.document].text);
      last = ref.document;
    }
    sentences.push_back(Json{{"document", batch.documents[ref.document].name},
                             {"start", map->to_utf16(ref.span.start)},
                             {"end", map->to_utf16(ref.span.end)}});
  }
  Json out{
      {"source", std::string(a)}, {"target", std::string(b)}, {"sentences", std::move(sentences)}};
  return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace presslens
