#include "output/cross_index_json.hpp"

#include <cmath>
#include <limits>

namespace presslens::output {

void write_graph_node(JsonStream& out, const GraphNode& n) {
  out.begin_object();
  out.member("id", n.id);
  out.member("label", n.label);
  out.member("type", to_string(n.type));
  out.key("mentions");
  out.value(n.mentions);
  out.key("documents");
  out.value(n.documents);
  out.end_object();
}

void write_graph_edge(JsonStream& out, const Graph& graph, const GraphEdge& e,
                      Utf16Offsets& offsets) {
  out.begin_object();
  out.member("source", graph.nodes[e.source].id);
  out.member("target", graph.nodes[e.target].id);
  out.key("sentences");
  out.value(e.sentences);
  out.key("documents");
  out.value(e.documents);
  out.key("examples");
  out.begin_array();
  for (const auto& ref : e.examples) offsets.place(out, ref.document, ref.span);
  out.end_array();
  out.key("by_document");
  out.begin_array();
  for (const auto& [document, sentences] : e.by_document) {
    out.begin_array();
    out.value(document);
    out.value(sentences);
    out.end_array();
  }
  out.end_array();
  out.end_object();
}

void write_graph(JsonStream& out, const Graph& graph, Utf16Offsets& offsets) {
  out.begin_object();
  out.key("nodes");
  out.begin_array();
  for (const auto& n : graph.nodes) write_graph_node(out, n);
  out.end_array();
  out.key("edges");
  out.begin_array();
  for (const auto& e : graph.edges) write_graph_edge(out, graph, e, offsets);
  out.end_array();
  out.end_object();
}

namespace {

void write_side(JsonStream& out, const Batch& batch, const PassageSide& side,
                Utf16Offsets& offsets) {
  out.begin_object();
  out.member("document", batch.documents[side.document].name);
  out.key("block");
  out.value(side.block ? Json(*side.block) : Json(nullptr));
  if (side.span) {
    offsets.span(out, side.document, *side.span);
  } else {
    out.key("start");
    out.value(nullptr);
    out.key("end");
    out.value(nullptr);
  }
  out.key("blocks");
  out.value(side.blocks);
  out.end_object();
}

Json bound(double value) {
  if (value >= std::numeric_limits<double>::max()) return nullptr;
  return Json(std::round(value * 1000) / 1000);
}

void write_claim(JsonStream& out, const Batch& batch, const Claim& c, Utf16Offsets& offsets) {
  const auto& number = batch.documents[c.document].numbers[c.number];
  out.begin_object();
  out.member("document", batch.documents[c.document].name);
  out.member("text", number.text);
  offsets.span(out, c.document, number.span);
  out.key("value");
  out.value(c.value);
  out.key("low");
  out.value(bound(c.low));
  out.key("high");
  out.value(bound(c.high));
  out.member_or_null("qualifier", to_string(c.qualifier));
  out.member_or_null("subject", c.subject);
  out.key("sentence");
  offsets.place(out, c.document, c.sentence);
  out.end_object();
}

void write_passage(JsonStream& out, const Batch& batch, const Passage& p, Utf16Offsets& offsets) {
  out.begin_object();
  out.member("kind", to_string(p.kind));
  out.key("similarity");
  out.value(p.similarity);
  out.key("a");
  write_side(out, batch, p.a, offsets);
  out.key("b");
  write_side(out, batch, p.b, offsets);
  out.end_object();
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

void write_timeline_item(JsonStream& out, const Batch& batch, const TimelineItem& item,
                         Utf16Offsets& offsets) {
  const auto& date = batch.documents[item.document].dates[item.date];
  out.begin_object();
  out.member("document", batch.documents[item.document].name);
  out.key("date");
  out.value(date.value);
  out.member("text", date.text);
  offsets.span(out, item.document, date.span);
  out.key("sentence");
  offsets.place(out, item.document, item.sentence);
  out.end_object();
}

}  // namespace

void write_cross_index_json(JsonStream& out, const Batch& batch, Utf16Offsets& offsets,
                            CrossIndexParts parts) {
  const Graph& graph = batch.graph;
  if (parts.graph) {
    out.key("graph");
    write_graph(out, graph, offsets);
  }

  if (parts.passages) {
    out.key("passages");
    out.begin_array();
    for (const auto& p : batch.passages) write_passage(out, batch, p, offsets);
    out.end_array();
  }

  if (parts.claims) {
    out.key("claims");
    out.begin_array();
    for (const auto& group : batch.claims) {
      out.begin_object();
      out.key("counted");
      out.value(group.counted);
      out.member_or_null("measure", group.measure);
      out.member_or_null("unit", group.unit);
      out.member_or_null("subject", group.subject);
      out.key("subject_cluster");
      out.value(output::or_null(group.subject_cluster));
      out.member_or_null("time", group.time);
      out.member_or_null("why", group.why);
      out.key("agree");
      out.value(group.agree ? Json(*group.agree) : Json(nullptr));
      out.key("claims");
      out.begin_array();
      for (const auto& c : group.claims) write_claim(out, batch, c, offsets);
      out.end_array();
      out.end_object();
    }
    out.end_array();
  }

  if (parts.keyphrases) {
    out.key("keyphrases");
    out.begin_object();
    out.key("batch");
    out.value(phrases_json(batch.keyphrases, true));
    out.key("documents");
    out.begin_array();
    for (std::size_t d = 0; d < batch.document_keyphrases.size(); ++d) {
      out.value(Json{{"document", batch.documents[d].name},
                     {"phrases", phrases_json(batch.document_keyphrases[d], false)}});
    }
    out.end_array();
    out.end_object();
  }

  if (parts.timeline) {
    out.key("timeline");
    out.begin_object();
    out.key("documents");
    out.begin_array();
    for (const auto d : batch.timeline.documents) {
      const auto& date = batch.documents[d].date;
      out.value(Json{{"document", batch.documents[d].name},
                     {"date", date ? Json(*date) : Json(nullptr)}});
    }
    out.end_array();
    out.key("items");
    out.begin_array();
    for (const auto& item : batch.timeline.items) write_timeline_item(out, batch, item, offsets);
    out.end_array();
    out.end_object();
  }

  if (parts.stories) {
    out.key("stories");
    out.begin_array();
    for (const auto& story : batch.stories) {
      Json members = Json::array();
      for (std::size_t i = 0; i < story.documents.size(); ++i)
        members.push_back(Json{{"document", batch.documents[story.documents[i]].name},
                               {"shared", story.shared[i]}});
      out.value(Json{{"documents", std::move(members)}});
    }
    out.end_array();
  }
}

}  // namespace presslens::output
