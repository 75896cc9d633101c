// Batch::graph as JSON, GraphML or GEXF.
#include "presslens/graph.hpp"

#include "output/cross_index_json.hpp"
#include "output/json.hpp"
#include "output/offsets.hpp"

namespace presslens {
namespace {

std::string xml_escape(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string graphml(const Graph& graph) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
      "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
      "  <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
      "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
      "  <key id=\"documents\" for=\"edge\" attr.name=\"documents\" attr.type=\"int\"/>\n"
      "  <graph id=\"presslens\" edgedefault=\"undirected\">\n";
  for (const auto& n : graph.nodes) {
    out += "    <node id=\"" + xml_escape(n.id) + "\"><data key=\"label\">" + xml_escape(n.label) +
           "</data><data key=\"type\">" + xml_escape(to_string(n.type)) +
           "</data><data key=\"mentions\">" + std::to_string(n.mentions) + "</data></node>\n";
  }
  for (const auto& e : graph.edges) {
    out += "    <edge source=\"" + xml_escape(graph.nodes[e.source].id) + "\" target=\"" +
           xml_escape(graph.nodes[e.target].id) + "\"><data key=\"weight\">" +
           std::to_string(e.sentences) + "</data><data key=\"documents\">" +
           std::to_string(e.documents) + "</data></edge>\n";
  }
  return out + "  </graph>\n</graphml>\n";
}

std::string gexf(const Graph& graph) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
      "  <graph defaultedgetype=\"undirected\">\n"
      "    <attributes class=\"node\">\n"
      "      <attribute id=\"0\" title=\"type\" type=\"string\"/>\n"
      "      <attribute id=\"1\" title=\"mentions\" type=\"integer\"/>\n"
      "    </attributes>\n"
      "    <attributes class=\"edge\">\n"
      "      <attribute id=\"0\" title=\"documents\" type=\"integer\"/>\n"
      "    </attributes>\n"
      "    <nodes>\n";
  for (const auto& n : graph.nodes) {
    out += "      <node id=\"" + xml_escape(n.id) + "\" label=\"" + xml_escape(n.label) +
           "\"><attvalues><attvalue for=\"0\" value=\"" + xml_escape(to_string(n.type)) +
           "\"/><attvalue for=\"1\" value=\"" + std::to_string(n.mentions) +
           "\"/></attvalues></node>\n";
  }
  out += "    </nodes>\n    <edges>\n";
  for (std::size_t i = 0; i < graph.edges.size(); ++i) {
    const auto& e = graph.edges[i];
    out += "      <edge id=\"" + std::to_string(i) + "\" source=\"" +
           xml_escape(graph.nodes[e.source].id) + "\" target=\"" +
           xml_escape(graph.nodes[e.target].id) + "\" weight=\"" + std::to_string(e.sentences) +
           "\"><attvalues><attvalue for=\"0\" value=\"" + std::to_string(e.documents) +
           "\"/></attvalues></edge>\n";
  }
  return out + "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace

std::optional<GraphFormat> graph_format(std::string_view name) {
  if (name == "json") return GraphFormat::json;
  if (name == "graphml") return GraphFormat::graphml;
  if (name == "gexf") return GraphFormat::gexf;
  return std::nullopt;
}

std::string export_graph(const Batch& batch, GraphFormat format) {
  switch (format) {
    case GraphFormat::graphml:
      return graphml(batch.graph);
    case GraphFormat::gexf:
      return gexf(batch.graph);
    case GraphFormat::json:
      break;
  }
  output::Utf16Offsets offsets(batch.documents);
  return output::write_string(
             false, [&](output::JsonStream& s) { output::write_graph(s, batch.graph, offsets); }) +
         "\n";
}

}  // namespace presslens
