// Co-occurrence of entities: nodes are clusters (or, for a mention without a
// cluster, its type and text); edges count shared sentences and articles.
#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "batch/cross_index.hpp"
#include "batch/sorted.hpp"
#include "text/sentences.hpp"

namespace presslens::batch {
namespace {

constexpr std::size_t kExamples = 3;

class NodeTable {
 public:
  explicit NodeTable(const std::vector<Cluster>& clusters) {
    for (std::size_t i = 0; i < clusters.size(); ++i) cluster_at_[clusters[i].id] = i;
  }

  std::size_t node_of(const EntityMention& mention, const std::vector<Cluster>& clusters,
                      std::size_t document) {
    const bool clustered = !mention.cluster.empty();
    const std::string key =
        clustered ? mention.cluster : std::string(to_string(mention.type)) + ":" + mention.text;
    auto [it, added] = index_.try_emplace(key, nodes.size());
    if (added) {
      GraphNode node{key, mention.text, mention.type};
      if (clustered) {
        if (auto c = cluster_at_.find(key); c != cluster_at_.end()) {
          node.label = clusters[c->second].name;
          node.type = clusters[c->second].type;
        }
      }
      nodes.push_back(std::move(node));
      documents.emplace_back();
    }
    auto& node = nodes[it->second];
    ++node.mentions;
    auto& docs = documents[it->second];
    if (docs.empty() || docs.back() != document) docs.push_back(document);
    return it->second;
  }

  std::vector<GraphNode> nodes;
  std::vector<std::vector<std::size_t>> documents;  // sorted, per node

 private:
  std::map<std::string, std::size_t> index_;
  std::map<std::string, std::size_t> cluster_at_;
};

}  // namespace

Graph build_graph(const Batch& batch) {
  NodeTable table(batch.clusters);
  std::map<std::pair<std::size_t, std::size_t>, GraphEdge> edges;
  for (std::size_t d = 0; d < batch.documents.size(); ++d) {
    const auto& document = batch.documents[d];
    const auto& spans = document.sentences;
    std::vector<std::size_t> in_sentence;
    std::size_t current = 0;
    auto flush = [&] {
      std::sort(in_sentence.begin(), in_sentence.end());
      in_sentence.erase(std::unique(in_sentence.begin(), in_sentence.end()), in_sentence.end());
      for (std::size_t i = 0; i < in_sentence.size(); ++i) {
        for (std::size_t j = i + 1; j < in_sentence.size(); ++j) {
          auto& edge = edges[{in_sentence[i], in_sentence[j]}];
          ++edge.sentences;
          if (edge.examples.size() < kExamples) edge.examples.push_back({d, spans[current]});
        }
      }
      in_sentence.clear();
    };
    for (const auto& mention : document.entities) {
      const std::size_t node = table.node_of(mention, batch.clusters, d);
      if (spans.empty()) continue;
      const std::size_t s = text::sentence_at(spans, mention.span.start);
      if (s != current) flush();
      current = s;
      in_sentence.push_back(node);
    }
    if (!spans.empty()) flush();
  }
  Graph graph;
  for (std::size_t i = 0; i < table.nodes.size(); ++i)
    table.nodes[i].documents = table.documents[i].size();
  graph.nodes = std::move(table.nodes);
  for (auto& [key, edge] : edges) {
    edge.source = key.first;
    edge.target = key.second;
    edge.documents = count_common_sorted(table.documents[key.first], table.documents[key.second]);
    graph.edges.push_back(std::move(edge));
  }
  std::stable_sort(
      graph.edges.begin(), graph.edges.end(), [](const GraphEdge& a, const GraphEdge& b) {
        return a.sentences != b.sentences ? a.sentences > b.sentences : a.documents > b.documents;
      });
  return graph;
}

}  // namespace presslens::batch
