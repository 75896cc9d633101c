// Corrections: the user's fixes to an analysis, as data (docs/output.md,
// "Corrections"). The core applies them, so that the command line, the
// tests and the page agree on what a corrected batch is.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "presslens/error.hpp"

namespace presslens {

enum class EntityType;  // presslens/document.hpp

enum class CorrectionOp {
  merge,       // {"names": [...]}: the identities of these names are one
  split,       // {"document", "start", "end", "name"}: this mention belongs to that identity
  retype,      // {"name", "type"}: the identity of this name is of that type
  not_a_name,  // {"name"}: mentions with this text are not names
  speaker,  // {"document", "start", "speaker"}: the quote starting there is by them (null: nobody)
  keep_block,    // {"document", "block"}: the block is part of the article
  remove_block,  // {"document", "block"}: the block is not
  rename,        // {"name", "to"}: the identity of this name is called `to`
  unmerge,       // {"name"}: mentions with this text leave their identity, as one of their own
};

// One entry of a corrections list, read but not yet applied. An entry that
// cannot be applied whatever the batch (an unknown operation, a field of the
// wrong type) keeps its `problem` and is reported as invalid.
struct Correction {
  std::string op;                    // as written ("" when missing or not a string)
  std::optional<CorrectionOp> kind;  // none when `problem` is set
  std::string problem;

  std::vector<std::string> names;      // merge
  std::string name;                    // split (the identity), retype, not_a_name, rename, unmerge
  std::string document;                // split, speaker, keep_block, remove_block
  std::size_t start = 0;               // split, speaker: UTF-16 code units in the document's text
  std::size_t end = 0;                 // split
  std::size_t block = 0;               // keep_block, remove_block: index into the document's blocks
  EntityType type{};                   // retype
  std::optional<std::string> speaker;  // speaker: none rejects the attribution
  std::string to;                      // rename

  bool operator==(const Correction&) const = default;
};

enum class CorrectionStatus { applied, not_found, invalid };

std::string_view to_string(CorrectionStatus status);

// What became of the correction at `index` of the list.
struct CorrectionOutcome {
  std::size_t index = 0;
  std::string op;
  CorrectionStatus status = CorrectionStatus::applied;
  std::string message;  // why it was not applied, or a remark; empty for none

  bool operator==(const CorrectionOutcome&) const = default;
};

// Reads a corrections file: {"corrections": [ {...}, ... ]}. Fails only
// when the text is not JSON, or not an object with a "corrections" list;
// each entry that is wrong in itself becomes a Correction with a `problem`.
// Keys an operation does not use are ignored.
Result<std::vector<Correction>> parse_corrections(std::string_view json_text);

}  // namespace presslens
