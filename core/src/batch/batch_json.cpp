#include "batch/batch_json.hpp"

#include <cmath>
#include <limits>
#include <memory>

#include "text/utf8.hpp"

namespace presslens::batch {
namespace {

using Json = nlohmann::ordered_json;

// UTF-16 offsets, with each document's map built once, when first needed.
class Offsets {
 public:
  explicit Offsets(const Batch& batch) : batch_(batch), maps_(batch.documents.size()) {}

  std::size_t at(std::size_t document, std::size_t byte) {
    auto& map = maps_[document];
    if (!map) map = std::make_unique<text::Utf16OffsetMap>(batch_.documents[document].text);
    return map->to_utf16(byte);
  }
  void span(Json& j, std::size_t document, const Span& s) {
    j["start"] = at(document, s.start);
    j["end"] = at(document, s.end);
  }
  Json sentence(std::size_t document, const Span& s) {
    Json j{{"document", batch_.documents[document].name}};
    span(j, document, s);
    return j;
  }
  const std::string& name(std::size_t document) const { return batch_.documents[document].name; }

 private:
  const Batch& batch_;
  std::vector<std::unique_ptr<text::Utf16OffsetMap>> maps_;
};

Json graph_json(const Graph& graph, Offsets& offsets) {
  Json nodes = Json::array();
  for (const auto& n : graph.nodes) {
    nodes.push_back(Json{{"id", n.id},
                         {"label", n.label},
                         {"type", n.type},
                         {"mentions", n.mentions},
                         {"documents", n.documents}});
  }
  Json edges = Json::array();
  for (const auto& e : graph.edges) {
    Json examples = Json::array();
    for (const auto& ref : e.examples) examples.push_back(offsets.sentence(ref.document, ref.span));
    edges.push_back(Json{{"source", graph.nodes[e.source].id},
                         {"target", graph.nodes[e.target].id},
                         {"sentences", e.sentences},
                         {"documents", e.documents},
                         {"examples", std::move(examples)}});
  }
  return Json{{"nodes", std::move(nodes)}, {"edges", std::move(edges)}};
}

Json side_json(const PassageSide& side, Offsets& offsets) {
  Json j{{"document", offsets.name(side.document)}};
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

Json claims_json(const Batch& batch, Offsets& offsets) {
  Json groups = Json::array();
  for (const auto& group : batch.claims) {
    Json claims = Json::array();
    for (const auto& c : group.claims) {
      const auto& number = batch.documents[c.document].numbers[c.number];
      Json j{{"document", offsets.name(c.document)}, {"text", number.text}};
      offsets.span(j, c.document, number.span);
      j["value"] = c.value;
      j["low"] = bound(c.low);
      j["high"] = bound(c.high);
      j["qualifier"] = c.qualifier.empty() ? Json(nullptr) : Json(c.qualifier);
      j["subject"] = c.subject.empty() ? Json(nullptr) : Json(c.subject);
      j["sentence"] = offsets.sentence(c.document, c.sentence);
      claims.push_back(std::move(j));
    }
    const auto text = [](const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); };
    groups.push_back(Json{
        {"counted", group.counted},
        {"measure", text(group.measure)},
        {"unit", text(group.unit)},
        {"subject", text(group.subject)},
        {"subject_cluster", group.subject_cluster ? Json(*group.subject_cluster) : Json(nullptr)},
        {"time", text(group.time)},
        {"why", text(group.why)},
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

Json timeline_json(const Batch& batch, Offsets& offsets) {
  Json documents = Json::array();
  for (const auto d : batch.timeline.documents) {
    const auto& date = batch.documents[d].date;
    documents.push_back(
        Json{{"document", offsets.name(d)}, {"date", date ? Json(*date) : Json(nullptr)}});
  }
  Json items = Json::array();
  for (const auto& item : batch.timeline.items) {
    const auto& date = batch.documents[item.document].dates[item.date];
    Json j{{"document", offsets.name(item.document)}, {"date", date.value}, {"text", date.text}};
    offsets.span(j, item.document, date.span);
    j["sentence"] = offsets.sentence(item.document, item.sentence);
    items.push_back(std::move(j));
  }
  return Json{{"documents", std::move(documents)}, {"items", std::move(items)}};
}

}  // namespace

Json graph_to_json(const Batch& batch) {
  Offsets offsets(batch);
  return graph_json(batch.graph, offsets);
}

void append_cross_index_json(Json& out, const Batch& batch) {
  Offsets offsets(batch);
  out["graph"] = graph_json(batch.graph, offsets);
  Json passages = Json::array();
  for (const auto& p : batch.passages) {
    passages.push_back(Json{{"kind", p.kind},
                            {"similarity", p.similarity},
                            {"a", side_json(p.a, offsets)},
                            {"b", side_json(p.b, offsets)}});
  }
  out["passages"] = std::move(passages);
  out["claims"] = claims_json(batch, offsets);
  Json per_document = Json::array();
  for (std::size_t d = 0; d < batch.document_keyphrases.size(); ++d) {
    per_document.push_back(Json{{"document", offsets.name(d)},
                                {"phrases", phrases_json(batch.document_keyphrases[d], false)}});
  }
  out["keyphrases"] =
      Json{{"batch", phrases_json(batch.keyphrases, true)}, {"documents", std::move(per_document)}};
  out["timeline"] = timeline_json(batch, offsets);
}

}  // namespace presslens::batch
