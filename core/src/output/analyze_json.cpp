// The `analyze` and `clean --json` documents (docs/output.md). Offsets leave
// the core here, converted from UTF-8 bytes to UTF-16 code units.
#include <cmath>
#include <cstdint>

#include "output/cross_index_json.hpp"
#include "output/json.hpp"
#include "output/offsets.hpp"
#include "presslens/analyze.hpp"
#include "presslens/presslens.hpp"

namespace presslens {
namespace {

using output::Json;

// The spans of one document, through the batch's offset maps.
class OffsetWriter {
 public:
  OffsetWriter(output::Utf16Offsets& offsets, std::size_t document)
      : offsets_(offsets), document_(document) {}
  void span(Json& object, const Span& span) const { offsets_.span(object, document_, span); }

 private:
  output::Utf16Offsets& offsets_;
  std::size_t document_;
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
  return out;
}

Json document_json(const Document& d, const OffsetWriter& offsets) {
  Json out;
  out["name"] = d.name;
  out["encoding"] = d.error ? Json(nullptr) : Json(d.encoding);
  out["title"] = output::or_null(d.title);
  out["dateline"] = output::or_null(d.dateline);
  out["credit"] = output::or_null(d.credit);
  out["date"] = output::or_null(d.date);
  out["text"] = d.text;
  out["blocks"] = Json::array();
  for (const auto& block : d.blocks) out["blocks"].push_back(block_json(block, offsets));
  out["entities"] = Json::array();
  for (const auto& e : d.entities) {
    Json j{{"text", e.text}, {"type", to_string(e.type)}};
    offsets.span(j, e.span);
    j["cluster"] = e.cluster.empty() ? Json(nullptr) : Json(e.cluster);
    out["entities"].push_back(std::move(j));
  }
  out["quotes"] = Json::array();
  for (const auto& q : d.quotes) {
    Json j{{"text", q.text}};
    offsets.span(j, q.span);
    j["speaker"] = output::or_null(q.speaker);
    j["speaker_cluster"] = output::or_null(q.speaker_cluster);
    j["cue"] = q.cue;
    j["kind"] = to_string(q.kind);  // added
    out["quotes"].push_back(std::move(j));
  }
  out["numbers"] = Json::array();
  for (const auto& n : d.numbers) {
    Json j{{"text", n.text}, {"value", number_value(n.value)}};
    offsets.span(j, n.span);
    j["kind"] = to_string(n.kind);
    j["qualifier"] = output::name_or_null(to_string(n.qualifier));
    j["unit"] = n.unit.empty() ? Json(nullptr) : Json(n.unit);
    out["numbers"].push_back(std::move(j));
  }
  out["dates"] = Json::array();
  for (const auto& t : d.dates) {
    Json j{{"text", t.text}, {"value", t.value}};
    offsets.span(j, t.span);
    j["resolved"] = t.resolved;
    j["modifier"] = output::name_or_null(to_string(t.modifier));
    out["dates"].push_back(std::move(j));
  }
  out["warnings"] = d.warnings;
  out["error"] = d.error ? Json(d.error->message) : Json(nullptr);
  // Additions to the contract's fields.
  out["error_code"] = d.error ? Json(to_string(d.error->code)) : Json(nullptr);
  out["url"] = output::or_null(d.url);
  out["source"] = output::or_null(d.source);
  out["bytes"] = d.bytes;
  out["nominals"] = Json::array();
  for (const auto& n : d.nominals) {
    Json j{{"text", n.text}};
    offsets.span(j, n.span);
    j["cluster"] = n.cluster;
    out["nominals"].push_back(std::move(j));
  }
  out["terms"] = Json::array();
  for (const auto& t : d.terms) {
    Json j{{"text", t.text}};
    offsets.span(j, t.span);
    out["terms"].push_back(std::move(j));
  }
  return out;
}

std::string dump(const Json& json, JsonStyle style) {
  return output::dump(json, style.pretty) + "\n";
}

}  // namespace

std::string to_json(const Batch& batch, JsonStyle style) {
  Json out;
  out["presslens"] = version();
  output::Utf16Offsets offsets(batch.documents);
  out["documents"] = Json::array();
  for (std::size_t d = 0; d < batch.documents.size(); ++d)
    out["documents"].push_back(document_json(batch.documents[d], OffsetWriter(offsets, d)));
  out["clusters"] = Json::array();
  for (const auto& c : batch.clusters) {
    out["clusters"].push_back(Json{{"id", c.id},
                                   {"name", c.name},
                                   {"type", to_string(c.type)},
                                   {"aliases", c.aliases},
                                   {"documents", c.documents},
                                   {"mentions", c.mentions},
                                   {"roles", c.roles}});
  }
  output::append_cross_index_json(out, batch, offsets);
  return dump(out, style);
}

std::string to_clean_json(const Batch& batch, JsonStyle style) {
  Json out = Json::object();
  for (const auto& document : batch.documents) {
    Json entry{{"articleBody", document.text}};
    if (document.error) entry["error"] = document.error->message;
    out[name_without_extension(document.name)] = std::move(entry);
  }
  return dump(out, style);
}

}  // namespace presslens
