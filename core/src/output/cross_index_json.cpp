#include "output/cross_index_json.hpp"

#include <cmath>
#include <limits>

namespace presslens::output {
namespace {

Json graph_of(const Graph& graph, Utf16Offsets& offsets) {
  Json nodes = Json::array();
  for (const auto& n : graph.nodes) {
    nodes.push_back(Json{{"id", n.id},
                         {"label", n.label},
                         {"type", to_string(n.type)},
                         {"mentions", n.mentions},
                         {"documents", n.documents}});
  }
  Json edges = Json::array();
  for (const auto& e : graph.edges) {
    Json examples = Json::array();
    for (const auto& ref : e.examples) examples.push_back(offsets.place(ref.document, ref.span));
    edges.push_back(Json{{"source", graph.nodes[e.source].id},
                         {"target", graph.nodes[e.target].id},
                         {"sentences", e.sentences},
                         {"documents", e.documents},
                         {"examples", std::move(examples)}});
  }
  return Json{{"nodes", std::move(nodes)}, {"edges", std::move(edges)}};
}

Json side_json(const Batch& batch, const PassageSide& side, Utf16Offsets& offsets) {
  Json j{{"document", batch.documents[side.document].name}};
  j["block"] = side.block ? Json(*side.block) : Json(nullptr);
  if (side.span) {
    offsets.span(j, side.document, *side.span);
  } else {
    j["start"] = nullptr;
    j["end"] = nullptr;
  }
  j["blocks"] = side.blocks;
  return j;
}

Json bound(double value) {
  if (value >= std::numeric_limits<double>::max()) return nullptr;
  return Json(std::round(value * 1000) / 1000);
}

Json claims_json(const Batch& batch, Utf16Offsets& offsets) {
  Json groups = Json::array();
  for (const auto& group : batch.claims) {
    Json claims = Json::array();
    for (const auto& c : group.claims) {
      const auto& number = batch.documents[c.document].numbers[c.number];
      Json j{{"document", batch.documents[c.document].name}, {"text", number.text}};
      offsets.span(j, c.document, number.span);
      j["value"] = c.value;
      j["low"] = bound(c.low);
      j["high"] = bound(c.high);
      j["qualifier"] = name_or_null(to_string(c.qualifier));
      j["subject"] = c.subject.empty() ? Json(nullptr) : Json(c.subject);
      j["sentence"] = offsets.place(c.document, c.sentence);
      claims.push_back(std::move(j));
    }
    groups.push_back(Json{{"counted", group.counted},
                          {"agree", group.agree ? Json(*group.agree) : Json(nullptr)},
                          {"claims", std::move(claims)}});
  }
  return groups;
}

Json phrases_json(const std::vector<Keyphrase>& phrases, bool with_documents) {
  Json out = Json::array();
  for (const auto& p : phrases) {
    Json j{{"text", p.text}, {"score", p.score}, {"count", p.count}};
    if (with_documents) j["documents"] = p.documents;
    out.push_back(std::move(j));
  }
  return out;
}

Json timeline_json(const Batch& batch, Utf16Offsets& offsets) {
  Json documents = Json::array();
  for (const auto d : batch.timeline.documents) {
    const auto& date = batch.documents[d].date;
    documents.push_back(
        Json{{"document", batch.documents[d].name}, {"date", date ? Json(*date) : Json(nullptr)}});
  }
  Json items = Json::array();
  for (const auto& item : batch.timeline.items) {
    const auto& date = batch.documents[item.document].dates[item.date];
    Json j{{"document", batch.documents[item.document].name},
           {"date", date.value},
           {"text", date.text}};
    offsets.span(j, item.document, date.span);
    j["sentence"] = offsets.place(item.document, item.sentence);
    items.push_back(std::move(j));
  }
  return Json{{"documents", std::move(documents)}, {"items", std::move(items)}};
}

}  // namespace

Json graph_json(const Batch& batch, Utf16Offsets& offsets) {
  return graph_of(batch.graph, offsets);
}

void append_cross_index_json(Json& out, const Batch& batch, Utf16Offsets& offsets) {
  out["graph"] = graph_of(batch.graph, offsets);
  Json passages = Json::array();
  for (const auto& p : batch.passages) {
    passages.push_back(Json{{"kind", to_string(p.kind)},
                            {"similarity", p.similarity},
                            {"a", side_json(batch, p.a, offsets)},
                            {"b", side_json(batch, p.b, offsets)}});
  }
  out["passages"] = std::move(passages);
  out["claims"] = claims_json(batch, offsets);
  Json per_document = Json::array();
  for (std::size_t d = 0; d < batch.document_keyphrases.size(); ++d) {
    per_document.push_back(Json{{"document", batch.documents[d].name},
                                {"phrases", phrases_json(batch.document_keyphrases[d], false)}});
  }
  out["keyphrases"] =
      Json{{"batch", phrases_json(batch.keyphrases, true)}, {"documents", std::move(per_document)}};
  out["timeline"] = timeline_json(batch, offsets);
}

}  // namespace presslens::output
