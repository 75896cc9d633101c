// The core's entry points: analyse a batch of files, render it as JSON.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>

#include "presslens/document.hpp"
#include "presslens/error.hpp"
#include "presslens/input.hpp"

namespace presslens {

struct AnalyzeOptions {
  std::size_t max_file_bytes = 64u << 20;  // larger files get a per-file error
  // Publication dates set by the user (ISO 8601, "2015-09-16"), by document
  // name, and one for every document that has none; a date in the input
  // record wins. Relative dates in the text are resolved against them.
  std::map<std::string, std::string> document_dates;
  std::optional<std::string> default_date;
};

// Analyses every file of `files` as one batch. Never throws: a file that
// cannot be read becomes a Document with `error` set and empty lists.
Batch analyze(std::span<const InputFile> files, const AnalyzeOptions& options = {});

struct JsonStyle {
  bool pretty = false;
};

// The `analyze` JSON of docs/output.md (offsets in UTF-16 code units).
std::string to_json(const Batch& batch, JsonStyle style = {});

// `clean --json`: {"<name without extension>": {"articleBody": "..."}}.
std::string to_clean_json(const Batch& batch, JsonStyle style = {});

// The document name without its extension (and without a record suffix's
// extension: "a.jsonl#2" gives "a#2").
std::string name_without_extension(const std::string& name);

}  // namespace presslens
