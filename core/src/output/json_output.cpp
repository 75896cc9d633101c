// The `analyze` and `clean --json` documents (docs/output.md). Offsets leave
// the core here, converted from UTF-8 bytes to UTF-16 code units.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "batch/batch_json.hpp"
#include "presslens/analyze.hpp"
#include "presslens/correctable.hpp"
#include "presslens/presslens.hpp"
#include "text/utf8.hpp"

namespace presslens {
namespace {

using Json = nlohmann::ordered_json;

Json optional_string(const std::optional<std::string>& value) {
  return value ? Json(*value) : Json(nullptr);
}

class OffsetWriter {
 public:
  explicit OffsetWriter(const std::string& text) : map_(text) {}
  void span(Json& object, const Span& span) const {
    object["start"] = map_.to_utf16(span.start);
    object["end"] = map_.to_utf16(span.end);
  }

 private:
  text::Utf16OffsetMap map_;
};

// Whole numbers print as integers (250000, not 250000.0).
Json number_value(double value) {
  if (std::abs(value) < 9.0e15 && std::floor(value) == value)
    return Json(static_cast<std::int64_t>(value));
  return Json(value);
}

Json block_json(const Block& block, const OffsetWriter& offsets) {
  Json out;
  out["text"] = block.text;
  out["kept"] = block.kept;
  out["kind"] = to_string(block.kind);
  out["reason"] = block.reason.empty() ? Json(nullptr) : Json(block.reason);
  if (block.duplicate_of) out["duplicate_of"] = *block.duplicate_of;
  if (block.in_text) {
    offsets.span(out, *block.in_text);
  } else {
    out["start"] = nullptr;
    out["end"] = nullptr;
  }
  if (block.cleaner) {  // what the cleaner had decided, before a correction
    Json cleaner{{"kept", block.cleaner->kept}, {"kind", to_string(block.cleaner->kind)}};
    cleaner["reason"] = block.cleaner->reason.empty() ? Json(nullptr) : Json(block.cleaner->reason);
    out["corrected"] = std::move(cleaner);
  }
  return out;
}

Json entities_json(const std::vector<EntityMention>& entities, const OffsetWriter& offsets) {
  Json out = Json::array();
  for (const auto& e : entities) {
    Json j{{"text", e.text}, {"type", e.type}};
    offsets.span(j, e.span);
    j["cluster"] = e.cluster.empty() ? Json(nullptr) : Json(e.cluster);
    out.push_back(std::move(j));
  }
  return out;
}

Json quotes_json(const std::vector<Quote>& quotes, const OffsetWriter& offsets) {
  Json out = Json::array();
  for (const auto& q : quotes) {
    Json j{{"text", q.text}};
    offsets.span(j, q.span);
    j["speaker"] = optional_string(q.speaker);
    j["speaker_cluster"] = optional_string(q.speaker_cluster);
    j["cue"] = q.cue;
    j["kind"] = q.kind;              // added
    Json sentence = Json::object();  // added: the sentence(s) it stands in
    offsets.span(sentence, q.sentence);
    j["sentence"] = std::move(sentence);
    if (q.corrected) j["corrected"] = true;
    out.push_back(std::move(j));
  }
  return out;
}

Json nominals_json(const std::vector<EntityMention>& nominals, const OffsetWriter& offsets) {
  Json out = Json::array();
  for (const auto& n : nominals) {
    Json j{{"text", n.text}};
    offsets.span(j, n.span);
    j["cluster"] = n.cluster;
    out.push_back(std::move(j));
  }
  return out;
}

Json terms_json(const std::vector<Term>& terms, const OffsetWriter& offsets) {
  Json out = Json::array();
  for (const auto& t : terms) {
    Json j{{"text", t.text}};
    offsets.span(j, t.span);
    out.push_back(std::move(j));
  }
  return out;
}

// What stage 3 gives a document: its mentions' clusters, its quotes and
// terms (the part a correction of names or speakers changes).
Json linked_json(const Document& d) {
  const OffsetWriter offsets(d.text);
  Json out;
  out["entities"] = entities_json(d.entities, offsets);
  out["quotes"] = quotes_json(d.quotes, offsets);
  out["nominals"] = nominals_json(d.nominals, offsets);
  out["terms"] = terms_json(d.terms, offsets);
  return out;
}

Json document_json(const Document& d) {
  const OffsetWriter offsets(d.text);
  Json out;
  out["name"] = d.name;
  out["encoding"] = d.error ? Json(nullptr) : Json(d.encoding);
  out["title"] = optional_string(d.title);
  out["dateline"] = optional_string(d.dateline);
  out["credit"] = optional_string(d.credit);
  out["date"] = optional_string(d.date);
  out["text"] = d.text;
  out["blocks"] = Json::array();
  for (const auto& block : d.blocks) out["blocks"].push_back(block_json(block, offsets));
  out["entities"] = entities_json(d.entities, offsets);
  out["quotes"] = quotes_json(d.quotes, offsets);
  out["numbers"] = Json::array();
  for (const auto& n : d.numbers) {
    Json j{{"text", n.text}, {"value", number_value(n.value)}};
    offsets.span(j, n.span);
    j["kind"] = n.kind;
    j["qualifier"] = n.qualifier.empty() ? Json(nullptr) : Json(n.qualifier);
    j["unit"] = n.unit.empty() ? Json(nullptr) : Json(n.unit);
    out["numbers"].push_back(std::move(j));
  }
  out["dates"] = Json::array();
  for (const auto& t : d.dates) {
    Json j{{"text", t.text}, {"value", t.value}};
    offsets.span(j, t.span);
    j["resolved"] = t.resolved;
    j["modifier"] = t.modifier.empty() ? Json(nullptr) : Json(t.modifier);
    out["dates"].push_back(std::move(j));
  }
  out["warnings"] = d.warnings;
  out["error"] = optional_string(d.error);
  // Additions to the contract's fields.
  out["error_code"] = optional_string(d.error_code);
  out["url"] = optional_string(d.url);
  out["source"] = optional_string(d.source);
  out["bytes"] = d.bytes;
  out["nominals"] = nominals_json(d.nominals, offsets);
  out["terms"] = terms_json(d.terms, offsets);
  return out;
}

Json cluster_json(const Cluster& c) {
  Json out{{"id", c.id},           {"name", c.name},           {"type", c.type},
           {"aliases", c.aliases}, {"documents", c.documents}, {"mentions", c.mentions},
           {"roles", c.roles}};
  if (c.corrected) out["corrected"] = true;
  return out;
}

Json clusters_json(const std::vector<Cluster>& clusters) {
  Json out = Json::array();
  for (const auto& c : clusters) out.push_back(cluster_json(c));
  return out;
}

Json outcomes_json(const std::vector<CorrectionOutcome>& outcomes) {
  Json out = Json::array();
  for (const auto& outcome : outcomes) {
    out.push_back(
        Json{{"index", outcome.index},
             {"op", outcome.op},
             {"status", to_string(outcome.status)},
             {"message", outcome.message.empty() ? Json(nullptr) : Json(outcome.message)}});
  }
  return out;
}

std::string dump(const Json& json, JsonStyle style) {
  // Invalid UTF-8 cannot reach here (inputs are repaired), but never throw.
  return json.dump(style.pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string to_json(const Batch& batch, JsonStyle style) {
  Json out;
  out["presslens"] = version();
  out["documents"] = Json::array();
  for (const auto& document : batch.documents) out["documents"].push_back(document_json(document));
  out["clusters"] = clusters_json(batch.clusters);
  batch::append_cross_index_json(out, batch);
  if (batch.corrections) out["corrections"] = outcomes_json(batch.correction_outcomes);
  return dump(out, style);
}

std::string changes_to_json(const Batch& batch, const BatchChanges& changes) {
  Json out;
  out["presslens"] = version();
  out["indices"] = changes.documents;
  out["documents"] = Json::array();
  for (const auto d : changes.documents) {
    const bool whole = std::binary_search(changes.whole.begin(), changes.whole.end(), d);
    out["documents"].push_back(whole ? document_json(batch.documents[d])
                                     : linked_json(batch.documents[d]));
  }
  if (changes.clusters) {
    Json set = Json::array();
    for (const auto c : changes.clusters_set) set.push_back(cluster_json(batch.clusters[c]));
    out["clusters"] = Json{{"set", std::move(set)}, {"removed", changes.clusters_removed}};
  }
  if (changes.graph) {
    Json graph = batch::graph_parts_json(batch, changes.nodes_set, changes.edges_set);
    Json removed_edges = Json::array();
    for (const auto& [a, b] : changes.edges_removed) removed_edges.push_back(Json::array({a, b}));
    out["graph"] = Json{{"nodes", std::move(graph["nodes"])},
                        {"removed_nodes", changes.nodes_removed},
                        {"edges", std::move(graph["edges"])},
                        {"removed_edges", std::move(removed_edges)}};
  }
  batch::append_cross_index_json(
      out, batch, {false, changes.passages, changes.claims, changes.keyphrases, changes.timeline});
  out["corrections"] = outcomes_json(batch.correction_outcomes);
  return dump(out, {});
}

std::string to_clean_json(const Batch& batch, JsonStyle style) {
  Json out = Json::object();
  for (const auto& document : batch.documents) {
    Json entry{{"articleBody", document.text}};
    if (document.error) entry["error"] = *document.error;
    out[name_without_extension(document.name)] = std::move(entry);
  }
  return dump(out, style);
}

}  // namespace presslens
