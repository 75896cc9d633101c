// The `analyze` and `clean --json` documents (docs/output.md). Offsets leave
// the core here, converted from UTF-8 bytes to UTF-16 code units.
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>

#include "batch/batch_json.hpp"
#include "presslens/analyze.hpp"
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
  out["entities"] = Json::array();
  for (const auto& e : d.entities) {
    Json j{{"text", e.text}, {"type", e.type}};
    offsets.span(j, e.span);
    j["cluster"] = e.cluster.empty() ? Json(nullptr) : Json(e.cluster);
    out["entities"].push_back(std::move(j));
  }
  out["quotes"] = Json::array();
  for (const auto& q : d.quotes) {
    Json j{{"text", q.text}};
    offsets.span(j, q.span);
    j["speaker"] = optional_string(q.speaker);
    j["speaker_cluster"] = optional_string(q.speaker_cluster);
    j["cue"] = q.cue;
    j["kind"] = q.kind;  // added
    out["quotes"].push_back(std::move(j));
  }
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
  out["format"] = to_string(d.format);
  out["author"] = optional_string(d.author);
  out["date_source"] = d.date ? Json(to_string(d.date_source)) : Json(nullptr);
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
  // Invalid UTF-8 cannot reach here (inputs are repaired), but never throw.
  return json.dump(style.pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string to_json(const Batch& batch, JsonStyle style) {
  Json out;
  out["presslens"] = version();
  out["documents"] = Json::array();
  for (const auto& document : batch.documents) out["documents"].push_back(document_json(document));
  out["clusters"] = Json::array();
  for (const auto& c : batch.clusters) {
    out["clusters"].push_back(Json{{"id", c.id},
                                   {"name", c.name},
                                   {"type", c.type},
                                   {"aliases", c.aliases},
                                   {"documents", c.documents},
                                   {"mentions", c.mentions},
                                   {"roles", c.roles}});
  }
  batch::append_cross_index_json(out, batch);
  return dump(out, style);
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
