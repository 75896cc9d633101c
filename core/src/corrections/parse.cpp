// Reading a corrections file ({"corrections": [...]}): the list's shape is
// checked here, each entry on its own, so that one bad entry is reported
// and the others still apply.
#include <nlohmann/json.hpp>

#include <array>
#include <utility>

#include "presslens/corrections.hpp"
#include "presslens/document.hpp"
#include "text/trim.hpp"

namespace presslens {
namespace {

using Json = nlohmann::json;

constexpr std::array<std::pair<std::string_view, CorrectionOp>, 9> kOps{{
    {"merge", CorrectionOp::merge},
    {"split", CorrectionOp::split},
    {"retype", CorrectionOp::retype},
    {"not_a_name", CorrectionOp::not_a_name},
    {"speaker", CorrectionOp::speaker},
    {"keep_block", CorrectionOp::keep_block},
    {"remove_block", CorrectionOp::remove_block},
    {"rename", CorrectionOp::rename},
    {"unmerge", CorrectionOp::unmerge},
}};

// A field that is missing or of the wrong type: the entry's problem.
struct Invalid {
  std::string message;
};

std::string trimmed(const std::string& text) {
  return std::string(text::trim(text, " "));
}

const Json& field(const Json& entry, const char* key, const char* what) {
  const auto it = entry.find(key);
  if (it == entry.end()) throw Invalid{std::string("\"") + key + "\" is missing: " + what};
  return *it;
}

std::string text_field(const Json& entry, const char* key, const char* what) {
  const Json& value = field(entry, key, what);
  std::string text = value.is_string() ? trimmed(value.get<std::string>()) : std::string();
  if (text.empty()) throw Invalid{std::string("\"") + key + "\" must be " + what};
  return text;
}

std::size_t count_field(const Json& entry, const char* key, const char* what) {
  const Json& value = field(entry, key, what);
  if (!value.is_number_unsigned()) throw Invalid{std::string("\"") + key + "\" must be " + what};
  return value.get<std::size_t>();
}

void read_fields(const Json& entry, Correction& c) {
  switch (*c.kind) {
    case CorrectionOp::merge: {
      const Json& names = field(entry, "names", "a list of two or more names");
      if (!names.is_array() || names.size() < 2)
        throw Invalid{"\"names\" must be a list of two or more names"};
      for (const auto& name : names) {
        std::string text = name.is_string() ? trimmed(name.get<std::string>()) : std::string();
        if (text.empty()) throw Invalid{"every entry of \"names\" must be a name (a string)"};
        c.names.push_back(std::move(text));
      }
      break;
    }
    case CorrectionOp::split:
      c.document = text_field(entry, "document", "a document name");
      c.start = count_field(entry, "start", "an offset (a whole number)");
      c.end = count_field(entry, "end", "an offset (a whole number)");
      if (c.end <= c.start) throw Invalid{"\"end\" must be after \"start\""};
      c.name = text_field(entry, "name", "the name of an identity");
      break;
    case CorrectionOp::retype: {
      c.name = text_field(entry, "name", "a name");
      const auto type = parse_entity_type(text_field(entry, "type", "one of PER, ORG, LOC, MISC"));
      if (!type) throw Invalid{"\"type\" must be one of PER, ORG, LOC, MISC"};
      c.type = *type;
      break;
    }
    case CorrectionOp::not_a_name:
    case CorrectionOp::unmerge:
      c.name = text_field(entry, "name", "a name");
      break;
    case CorrectionOp::rename:
      c.name = text_field(entry, "name", "a name");
      c.to = text_field(entry, "to", "the new name");
      break;
    case CorrectionOp::speaker: {
      c.document = text_field(entry, "document", "a document name");
      c.start = count_field(entry, "start", "an offset (a whole number)");
      const Json& speaker = field(entry, "speaker", "a name, or null to reject the attribution");
      if (speaker.is_null()) break;
      std::string text = speaker.is_string() ? trimmed(speaker.get<std::string>()) : std::string();
      if (text.empty())
        throw Invalid{"\"speaker\" must be a name, or null to reject the attribution"};
      c.speaker = std::move(text);
      break;
    }
    case CorrectionOp::keep_block:
    case CorrectionOp::remove_block:
      c.document = text_field(entry, "document", "a document name");
      c.block = count_field(entry, "block", "a block index (a whole number)");
      break;
  }
}

Correction read_entry(const Json& entry) {
  Correction c;
  if (!entry.is_object()) {
    c.problem = "a correction must be an object with an \"op\"";
    return c;
  }
  const auto op = entry.find("op");
  if (op == entry.end() || !op->is_string()) {
    c.problem = "\"op\" is missing or not a string";
    return c;
  }
  c.op = op->get<std::string>();
  for (const auto& [name, kind] : kOps) {
    if (name == c.op) c.kind = kind;
  }
  if (!c.kind) {
    c.problem = "unknown operation \"" + c.op + "\"";
    return c;
  }
  try {
    read_fields(entry, c);
  } catch (const Invalid& invalid) {
    Correction bad;
    bad.op = c.op;
    bad.problem = invalid.message;
    return bad;
  }
  return c;
}

}  // namespace

std::string_view to_string(CorrectionStatus status) {
  switch (status) {
    case CorrectionStatus::applied:
      return "applied";
    case CorrectionStatus::not_found:
      return "not_found";
    case CorrectionStatus::invalid:
      return "invalid";
  }
  return "invalid";
}

Result<std::vector<Correction>> parse_corrections(std::string_view json_text) {
  Json parsed;
  try {
    parsed = Json::parse(json_text);
  } catch (const Json::parse_error& e) {
    return Error{ErrorCode::invalid_argument,
                 "the corrections are not JSON (at byte " + std::to_string(e.byte) + ")"};
  }
  const auto list = parsed.is_object() ? parsed.find("corrections") : parsed.end();
  if (!parsed.is_object() || list == parsed.end() || !list->is_array()) {
    return Error{ErrorCode::invalid_argument,
                 "the corrections must be an object {\"corrections\": [...]}"};
  }
  std::vector<Correction> corrections;
  corrections.reserve(list->size());
  for (const auto& entry : *list) corrections.push_back(read_entry(entry));
  return corrections;
}

}  // namespace presslens
