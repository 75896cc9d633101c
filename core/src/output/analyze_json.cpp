// The `analyze` and `clean --json` documents (docs/output.md). Offsets leave
// the core here, converted from UTF-8 bytes to UTF-16 code units.
#include <algorithm>
#include <cmath>
#include <cstdint>

#include "output/cross_index_json.hpp"
#include "output/json.hpp"
#include "output/json_stream.hpp"
#include "output/offsets.hpp"
#include "presslens/analyze.hpp"
#include "presslens/correctable.hpp"
#include "presslens/presslens.hpp"

namespace presslens {
namespace {

using output::Json;

// The spans of one document, through the batch's offset maps.
class OffsetWriter {
 public:
  OffsetWriter(output::Utf16Offsets& offsets, std::size_t document)
      : offsets_(offsets), document_(document) {}
  // "start" and "end", written to the open object of `s`.
  void span(output::JsonStream& s, const Span& span) const { offsets_.span(s, document_, span); }

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

// A block, its text written without a copy.
void write_block(output::JsonStream& s, const Document& document, const Block& block,
                 const OffsetWriter& offsets) {
  s.begin_object();
  s.member("text", block_text(document, block));
  s.key("kept");
  s.value(block.kept);
  s.member("kind", to_string(block.kind));
  s.member_or_null("reason", block.reason);
  if (block.duplicate_of) {
    s.key("duplicate_of");
    s.value(*block.duplicate_of);
  }
  if (block.in_text) {
    offsets.span(s, *block.in_text);
  } else {
    s.key("start");
    s.value(nullptr);
    s.key("end");
    s.value(nullptr);
  }
  if (block.cleaner) {  // what the cleaner had decided, before a correction
    s.key("corrected");
    s.begin_object();
    s.key("kept");
    s.value(block.cleaner->kept);
    s.member("kind", to_string(block.cleaner->kind));
    s.member_or_null("reason", block.cleaner->reason);
    s.end_object();
  }
  s.end_object();
}

// Each item written by `item(x)` straight to the stream, as an object: a
// document's lists (entities, quotes, numbers, dates...) make no Json of
// their items.
template <class List, class Item>
void stream_list(output::JsonStream& s, std::string_view key, const List& list, Item item) {
  s.key(key);
  s.begin_array();
  for (const auto& x : list) {
    s.begin_object();
    item(x);
    s.end_object();
  }
  s.end_array();
}

void write_entities(output::JsonStream& s, const Document& d, const OffsetWriter& offsets) {
  stream_list(s, "entities", d.entities, [&](const EntityMention& e) {
    s.member("text", e.text);
    s.member("type", to_string(e.type));
    offsets.span(s, e.span);
    s.member_or_null("cluster", e.cluster);
  });
}

void write_quotes(output::JsonStream& s, const Document& d, const OffsetWriter& offsets) {
  stream_list(s, "quotes", d.quotes, [&](const Quote& q) {
    s.member("text", q.text);
    offsets.span(s, q.span);
    s.key("speaker");
    s.value(output::or_null(q.speaker));
    s.key("speaker_cluster");
    s.value(output::or_null(q.speaker_cluster));
    s.member("cue", q.cue);
    s.member("kind", to_string(q.kind));  // added
    s.key("confidence");                  // added
    s.value(q.confidence ? Json(*q.confidence) : Json(nullptr));
    s.key("sentence");  // added: the sentence(s) it stands in
    s.begin_object();
    offsets.span(s, q.sentence);
    s.end_object();
    if (q.corrected) {
      s.key("corrected");
      s.value(true);
    }
  });
}

void write_nominals(output::JsonStream& s, const Document& d, const OffsetWriter& offsets) {
  stream_list(s, "nominals", d.nominals, [&](const EntityMention& n) {
    s.member("text", n.text);
    offsets.span(s, n.span);
    s.member("cluster", n.cluster);
  });
}

void write_terms(output::JsonStream& s, const Document& d, const OffsetWriter& offsets) {
  stream_list(s, "terms", d.terms, [&](const Term& t) {
    s.member("text", t.text);
    offsets.span(s, t.span);
  });
}

void write_document(output::JsonStream& s, const Document& d, const OffsetWriter& offsets) {
  s.begin_object();
  s.key("name");
  s.string(d.name);
  s.key("encoding");
  s.value(d.error ? Json(nullptr) : Json(d.encoding));
  s.key("title");
  s.value(output::or_null(d.title));
  s.key("dateline");
  s.value(output::or_null(d.dateline));
  s.key("credit");
  s.value(output::or_null(d.credit));
  s.key("date");
  s.value(output::or_null(d.date));
  s.key("text");
  s.string(d.text);
  s.key("blocks");
  s.begin_array();
  for (const auto& b : d.blocks) write_block(s, d, b, offsets);
  s.end_array();
  write_entities(s, d, offsets);
  write_quotes(s, d, offsets);
  stream_list(s, "numbers", d.numbers, [&](const NumberMention& n) {
    s.member("text", n.text);
    s.key("value");
    s.value(number_value(n.value));
    offsets.span(s, n.span);
    s.member("kind", to_string(n.kind));
    s.member_or_null("qualifier", to_string(n.qualifier));
    s.member_or_null("unit", n.unit);
  });
  stream_list(s, "dates", d.dates, [&](const DateMention& t) {
    s.member("text", t.text);
    s.member("value", t.value);
    offsets.span(s, t.span);
    s.key("resolved");
    s.value(t.resolved);
    s.member_or_null("modifier", to_string(t.modifier));
  });
  s.key("warnings");
  s.value(d.warnings);
  s.key("error");
  s.value(d.error ? Json(d.error->message) : Json(nullptr));
  // Additions to the contract's fields.
  s.key("error_code");
  s.value(d.error ? Json(to_string(d.error->code)) : Json(nullptr));
  s.key("url");
  s.value(output::or_null(d.url));
  s.key("source");
  s.value(output::or_null(d.source));
  s.key("bytes");
  s.value(d.bytes);
  s.key("format");
  s.value(to_string(d.format));
  s.key("author");
  s.value(output::or_null(d.author));
  s.key("date_source");
  s.value(d.date ? Json(to_string(d.date_source)) : Json(nullptr));
  s.key("byline");
  s.value(output::or_null(d.byline));
  s.key("section");
  s.value(output::or_null(d.section));
  s.key("length");
  s.value(d.length ? Json(*d.length) : Json(nullptr));
  s.key("language");
  s.value(output::or_null(d.language));
  s.key("database");
  s.value(output::or_null(d.database));
  s.key("database_id");
  s.value(output::or_null(d.database_id));
  write_nominals(s, d, offsets);
  write_terms(s, d, offsets);
  s.end_object();
}

// What stage 3 gives a document: its mentions' clusters, its quotes and
// terms (the part a correction of names or speakers changes).
void write_linked(output::JsonStream& s, const Document& d, const OffsetWriter& offsets) {
  s.begin_object();
  write_entities(s, d, offsets);
  write_quotes(s, d, offsets);
  write_nominals(s, d, offsets);
  write_terms(s, d, offsets);
  s.end_object();
}

void write_strings(output::JsonStream& s, std::string_view key,
                   const std::vector<std::string>& list) {
  s.key(key);
  s.begin_array();
  for (const auto& x : list) s.string(x);
  s.end_array();
}

// One identity.
void write_cluster(output::JsonStream& s, const Cluster& c) {
  s.begin_object();
  s.member("id", c.id);
  s.member("name", c.name);
  s.member("type", to_string(c.type));
  write_strings(s, "aliases", c.aliases);
  write_strings(s, "documents", c.documents);
  s.key("mentions");
  s.value(c.mentions);
  write_strings(s, "roles", c.roles);
  if (c.corrected) {
    s.key("corrected");
    s.value(true);
  }
  s.end_object();
}

Json outcomes_json(const std::vector<CorrectionOutcome>& outcomes) {
  Json out = Json::array();
  for (const auto& outcome : outcomes) {
    out.push_back(Json{{"index", outcome.index},
                       {"op", outcome.op},
                       {"status", to_string(outcome.status)},
                       {"message", output::name_or_null(outcome.message)}});
  }
  return out;
}

std::string dump(const Json& json, JsonStyle style) {
  return output::dump(json, style.pretty) + "\n";
}

}  // namespace

void write_json(const Batch& batch, JsonStyle style,
                const std::function<void(std::string_view)>& sink) {
  output::JsonStream s(style.pretty, sink);
  output::Utf16Offsets offsets(batch.documents);
  s.begin_object();
  s.key("presslens");
  s.value(version());
  s.key("documents");
  s.begin_array();
  for (std::size_t d = 0; d < batch.documents.size(); ++d)
    write_document(s, batch.documents[d], OffsetWriter(offsets, d));
  s.end_array();
  s.key("clusters");
  s.begin_array();
  for (const auto& c : batch.clusters) write_cluster(s, c);
  s.end_array();
  output::write_cross_index_json(s, batch, offsets);
  if (batch.corrections) {
    s.key("corrections");
    s.value(outcomes_json(batch.correction_outcomes));
  }
  s.end_object();
  s.raw("\n");
}

std::string changes_to_json(const Batch& batch, const BatchChanges& changes) {
  return output::write_string(false, [&](output::JsonStream& s) {
    output::Utf16Offsets offsets(batch.documents);
    s.begin_object();
    s.key("presslens");
    s.value(version());
    s.key("indices");
    s.value(changes.documents);
    s.key("documents");
    s.begin_array();
    for (const auto d : changes.documents) {
      const bool whole = std::binary_search(changes.whole.begin(), changes.whole.end(), d);
      if (whole) {
        write_document(s, batch.documents[d], OffsetWriter(offsets, d));
      } else {
        write_linked(s, batch.documents[d], OffsetWriter(offsets, d));
      }
    }
    s.end_array();
    if (changes.clusters) {
      s.key("clusters");
      s.begin_object();
      s.key("set");
      s.begin_array();
      for (const auto c : changes.clusters_set) write_cluster(s, batch.clusters[c]);
      s.end_array();
      s.key("removed");
      s.value(changes.clusters_removed);
      s.end_object();
    }
    if (changes.graph) {
      s.key("graph");
      s.begin_object();
      s.key("nodes");
      s.begin_array();
      for (const auto n : changes.nodes_set) output::write_graph_node(s, batch.graph.nodes[n]);
      s.end_array();
      s.key("removed_nodes");
      s.value(changes.nodes_removed);
      s.key("edges");
      s.begin_array();
      for (const auto e : changes.edges_set)
        output::write_graph_edge(s, batch.graph, batch.graph.edges[e], offsets);
      s.end_array();
      Json removed_edges = Json::array();
      for (const auto& [a, b] : changes.edges_removed) removed_edges.push_back(Json::array({a, b}));
      s.key("removed_edges");
      s.value(removed_edges);
      s.end_object();
    }
    output::write_cross_index_json(s, batch, offsets,
                                   {false, changes.passages, changes.claims, changes.keyphrases,
                                    changes.timeline, changes.stories});
    s.key("corrections");
    s.value(outcomes_json(batch.correction_outcomes));
    s.end_object();
    s.raw("\n");
  });
}

std::string to_json(const Batch& batch, JsonStyle style) {
  std::string out;
  write_json(batch, style, [&out](std::string_view piece) { out += piece; });
  return out;
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
