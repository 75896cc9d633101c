// Stage 2 of analyze() carried to another worker and back: what it reads of a
// document and what it adds, as compact JSON arrays. Offsets stay UTF-8 byte
// offsets and numbers keep every bit (shortest round-trip form; the few
// values JSON cannot hold travel as strings), so that applying the answer
// gives exactly what annotate_document() would have.
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <limits>

#include "output/enum_names.hpp"
#include "output/json.hpp"
#include "pipeline/guard.hpp"
#include "presslens/analyze.hpp"

namespace presslens {
namespace {

using Json = nlohmann::json;

Error malformed(const std::string& what) {
  return {ErrorCode::invalid_argument, "malformed annotation JSON: " + what};
}

// JSON has no infinities or NaN: those travel as strings.
Json exact_number(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  return value;
}

double read_number(const Json& value) {
  if (!value.is_string()) return value.get<double>();
  const auto& text = value.get_ref<const std::string&>();
  if (text == "inf") return std::numeric_limits<double>::infinity();
  if (text == "-inf") return -std::numeric_limits<double>::infinity();
  if (text == "nan") return std::numeric_limits<double>::quiet_NaN();
  throw Json::type_error::create(302, "a number is expected", &value);
}

// An offset of a text, which is under 4 GB (Span).
std::uint32_t read_offset(const Json& value) {
  const auto n = value.get<std::uint64_t>();
  if (n > std::numeric_limits<std::uint32_t>::max())
    throw Json::type_error::create(302, "an offset past 4 GB", &value);
  return static_cast<std::uint32_t>(n);
}

Span read_span(const Json& item) {
  return {read_offset(item.at(0)), read_offset(item.at(1))};
}

// Spans as one flat array: [start, end, start, end...].
Json flat_spans(const std::vector<Span>& spans) {
  Json out = Json::array();
  for (const auto& span : spans) {
    out.push_back(span.start);
    out.push_back(span.end);
  }
  return out;
}

// Spans in order, each within a text of `size` bytes.
std::vector<Span> read_flat_spans(const Json& flat, const char* what, std::size_t size) {
  if (!flat.is_array() || flat.size() % 2 != 0)
    throw Json::type_error::create(302, std::string(what) + " come in pairs", &flat);
  std::vector<Span> out;
  for (std::size_t i = 0; i + 1 < flat.size(); i += 2) {
    const Span span{read_offset(flat[i]), read_offset(flat[i + 1])};
    if (span.start > span.end || span.end > size || (!out.empty() && span.start < out.back().end))
      throw Json::type_error::create(302, std::string(what) + " out of order or place", &flat);
    out.push_back(span);
  }
  return out;
}

// What annotate_document() reads: the text, its sentences, the date, the
// headings' places.
Json input_of(const Document& document) {
  if (document.error) return nullptr;
  std::vector<Span> headings;
  for (const auto& block : document.blocks) {
    if (block.kind == BlockKind::heading && block.in_text) headings.push_back(*block.in_text);
  }
  return {{"t", document.text},
          {"s", flat_spans(document.sentences)},
          {"d", output::or_null<Json>(document.date)},
          {"h", flat_spans(headings)}};
}

Document document_of(const Json& input) {
  Document document;
  document.text = input.at("t").get<std::string>();
  document.sentences = read_flat_spans(input.at("s"), "sentence spans", document.text.size());
  if (!input.at("d").is_null()) document.date = input.at("d").get<std::string>();
  for (const auto& span : read_flat_spans(input.at("h"), "heading spans", document.text.size())) {
    Block block;
    block.kind = BlockKind::heading;
    block.in_text = span;
    document.blocks.push_back(std::move(block));
  }
  return document;
}

// What annotate_document() adds to a document that had none of it; or, when
// annotating it failed (memory, a limit no cap foresaw), that failure.
Json output_of(const Document& document) {
  if (document.error) return {{"f", {to_string(document.error->code), document.error->message}}};
  Json entities = Json::array();
  for (const auto& e : document.entities)
    entities.push_back({e.span.start, e.span.end, e.text, to_string(e.type)});
  Json dates = Json::array();
  for (const auto& d : document.dates) {
    dates.push_back({d.span.start, d.span.end, d.text, d.value, d.resolved, to_string(d.modifier)});
  }
  Json numbers = Json::array();
  for (const auto& n : document.numbers) {
    numbers.push_back({n.span.start, n.span.end, n.text, exact_number(n.value), to_string(n.kind),
                       to_string(n.qualifier), n.unit});
  }
  return {{"e", std::move(entities)},
          {"d", std::move(dates)},
          {"n", std::move(numbers)},
          {"w", document.warnings}};
}

struct Annotations {
  std::optional<Error> failure;
  std::vector<EntityMention> entities;
  std::vector<DateMention> dates;
  std::vector<NumberMention> numbers;
  std::vector<std::string> warnings;
};

// The enum named by a JSON string of `names` (output/enum_names.hpp).
template <class Enum, std::size_t N>
Enum read_name(const Json& value, const std::array<std::string_view, N>& names) {
  const auto parsed = output::value_named<Enum>(names, value.get_ref<const std::string&>());
  if (!parsed) throw Json::type_error::create(302, "an unknown name", &value);
  return *parsed;
}

Annotations read_output(const Json& output) {
  Annotations out;
  if (const auto failure = output.find("f"); failure != output.end()) {
    const auto code = failure->at(0).get<std::string>();
    out.failure = Error{code == "too_large" ? ErrorCode::too_large : ErrorCode::too_complex,
                        failure->at(1).get<std::string>()};
    return out;
  }
  for (const auto& e : output.at("e")) {
    out.entities.push_back({e.at(2).get<std::string>(),
                            read_name<EntityType>(e.at(3), output::kEntityTypeNames),
                            read_span(e),
                            {}});
  }
  for (const auto& d : output.at("d")) {
    out.dates.push_back({d.at(2).get<std::string>(), d.at(3).get<std::string>(), read_span(d),
                         d.at(4).get<bool>(),
                         read_name<DateModifier>(d.at(5), output::kDateModifierNames)});
  }
  for (const auto& n : output.at("n")) {
    out.numbers.push_back({n.at(2).get<std::string>(), read_number(n.at(3)), read_span(n),
                           read_name<NumberKind>(n.at(4), output::kNumberKindNames),
                           read_name<Qualifier>(n.at(5), output::kQualifierNames),
                           n.at(6).get<std::string>()});
  }
  out.warnings = output.at("w").get<std::vector<std::string>>();
  return out;
}

template <class T>
void append(std::vector<T>& to, std::vector<T>&& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

// As annotate_document() does: dates and numbers are set, entities and
// warnings added to those already there.
void apply(Document& document, Annotations&& annotations) {
  if (annotations.failure) {
    pipeline::fail_document(document, *annotations.failure);
    return;
  }
  document.dates = std::move(annotations.dates);
  document.numbers = std::move(annotations.numbers);
  append(document.entities, std::move(annotations.entities));
  append(document.warnings, std::move(annotations.warnings));
}

Json parse_array(std::string_view text) {
  Json parsed = Json::parse(text, nullptr, false);
  if (!parsed.is_array()) throw Json::type_error::create(302, "a JSON array is expected", &parsed);
  return parsed;
}

}  // namespace

Result<std::string> annotation_inputs_json(std::span<const Document> documents) {
  try {
    Json inputs = Json::array();
    for (const auto& document : documents) inputs.push_back(input_of(document));
    return inputs.dump();
  } catch (const Json::exception& e) {
    return malformed(e.what());
  }
}

Result<std::string> annotate_json(std::string_view inputs_json) {
  try {
    Json outputs = Json::array();
    for (const auto& input : parse_array(inputs_json)) {
      if (input.is_null()) {
        outputs.push_back(nullptr);
        continue;
      }
      Document document = document_of(input);
      annotate_document(document);
      outputs.push_back(output_of(document));
    }
    return outputs.dump();
  } catch (const Json::exception& e) {
    return malformed(e.what());
  }
}

Status apply_annotations_json(std::span<Document> documents, std::string_view annotations_json) {
  std::vector<std::optional<Annotations>> read;
  try {
    const Json outputs = parse_array(annotations_json);
    if (outputs.size() != documents.size()) {
      return malformed("annotations for " + std::to_string(outputs.size()) + " documents, not " +
                       std::to_string(documents.size()));
    }
    for (std::size_t i = 0; i < documents.size(); ++i) {
      if (outputs[i].is_null() != documents[i].error.has_value()) {
        return malformed("document " + std::to_string(i) + " does not match its annotations");
      }
      read.push_back(outputs[i].is_null() ? std::nullopt : std::optional(read_output(outputs[i])));
    }
  } catch (const Json::exception& e) {
    return malformed(e.what());
  }
  // Only once all of it has been read: a malformed answer changes nothing.
  for (std::size_t i = 0; i < documents.size(); ++i) {
    if (read[i]) apply(documents[i], std::move(*read[i]));
  }
  return Status::success();
}

}  // namespace presslens
