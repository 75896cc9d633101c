// Co-occurrence of entities: nodes are clusters (or, for a mention without a
// cluster, its type and text); edges count shared sentences and articles.
#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>

#include "batch/cross_index.hpp"
#include "batch/sorted.hpp"
#include "text/room.hpp"
#include "text/sentences.hpp"

namespace presslens::batch {
namespace {

constexpr std::size_t kExamples = 3;

// A sentence that names more than this many different entities is a list (or
// no sentence at all: a page of names without a full stop). Pairing all of
// them grows with the square of the list; only its first names are paired.
constexpr std::size_t kMaxNamesPerSentence = 30;
// Pairs a document adds to the graph: at most one per this many bytes of its
// text, and at least kMinPairsPerDocument. News articles pair about 13 times
// per KB (polnear-dev), so real articles stay far below it while a document
// of nothing but names cannot make the graph (and its JSON) outgrow the input.
constexpr std::size_t kBytesPerPair = 16;
constexpr std::size_t kMinPairsPerDocument = 2000;

class NodeTable {
 public:
  explicit NodeTable(const std::vector<Cluster>& clusters) {
    for (std::size_t i = 0; i < clusters.size(); ++i) cluster_at_[clusters[i].id] = i;
  }

  std::size_t node_of(const EntityMention& mention, const std::vector<Cluster>& clusters,
                      std::size_t document) {
    const bool clustered = !mention.cluster.empty();
    const std::string unclustered =
        clustered ? std::string() : std::string(to_string(mention.type)) + ":" + mention.text;
    const std::string& key = clustered ? mention.cluster : unclustered;
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
  // Looked up only (nodes keep their order of first mention).
  std::unordered_map<std::string, std::size_t> index_;
  std::unordered_map<std::string, std::size_t> cluster_at_;
};

}  // namespace

Graph build_graph(const Batch& batch, DocumentWarnings& warnings) {
  NodeTable table(batch.clusters);
  std::map<std::pair<std::size_t, std::size_t>, GraphEdge> edges;
  warnings.assign(batch.documents.size(), {});
  for (std::size_t d = 0; d < batch.documents.size(); ++d) {
    const auto& document = batch.documents[d];
    const auto& spans = document.sentences;
    std::size_t budget = std::max(kMinPairsPerDocument, document.text.size() / kBytesPerPair);
    std::size_t long_lists = 0;
    bool out_of_pairs = false;
    std::vector<std::size_t> in_sentence;  // nodes, in order of first mention
    std::size_t current = 0;
    auto flush = [&] {
      if (in_sentence.size() > kMaxNamesPerSentence) {
        in_sentence.resize(kMaxNamesPerSentence);
        ++long_lists;
      }
      std::sort(in_sentence.begin(), in_sentence.end());
      for (std::size_t i = 0; i < in_sentence.size(); ++i) {
        for (std::size_t j = i + 1; j < in_sentence.size(); ++j) {
          if (budget == 0) {
            out_of_pairs = true;
            break;
          }
          --budget;
          auto& edge = edges[{in_sentence[i], in_sentence[j]}];
          ++edge.sentences;
          if (edge.examples.size() < kExamples) edge.examples.push_back({d, spans[current]});
          if (edge.by_document.empty() || edge.by_document.back().first != d)
            edge.by_document.emplace_back(d, 0);
          ++edge.by_document.back().second;
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
      if (std::find(in_sentence.begin(), in_sentence.end(), node) == in_sentence.end() &&
          in_sentence.size() <= kMaxNamesPerSentence) {
        in_sentence.push_back(node);
      }
    }
    if (!spans.empty()) flush();
    if (long_lists > 0) {
      warnings[d].push_back("co-occurrence limited to the first " +
                            std::to_string(kMaxNamesPerSentence) + " names of a sentence (" +
                            std::to_string(long_lists) +
                            (long_lists == 1 ? " sentence names" : " sentences name") + " more)");
    }
    if (out_of_pairs) {
      warnings[d].push_back(
          "co-occurrence limited to the first " +
          std::to_string(std::max(kMinPairsPerDocument, document.text.size() / kBytesPerPair)) +
          " pairs of names of this document");
    }
  }
  Graph graph;
  for (std::size_t i = 0; i < table.nodes.size(); ++i)
    table.nodes[i].documents = table.documents[i].size();
  graph.nodes = std::move(table.nodes);
  text::give_back_room(graph.nodes);  // held to the end of the batch
  // Each edge leaves the map as it joins the graph: never held twice.
  graph.edges.reserve(edges.size());
  while (!edges.empty()) {
    auto entry = edges.extract(edges.begin());
    const auto [source, target] = entry.key();
    GraphEdge& edge = graph.edges.emplace_back(std::move(entry.mapped()));
    edge.source = source;
    edge.target = target;
    edge.documents = count_common_sorted(table.documents[source], table.documents[target]);
  }
  std::stable_sort(
      graph.edges.begin(), graph.edges.end(), [](const GraphEdge& a, const GraphEdge& b) {
        return a.sentences != b.sentences ? a.sentences > b.sentences : a.documents > b.documents;
      });
  return graph;
}

}  // namespace presslens::batch
