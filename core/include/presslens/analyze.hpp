// The core's entry points: analyse a batch of files, render it as JSON.
#pragma once

#include <cstddef>
#include <span>
#include <string>

#include "presslens/document.hpp"
#include "presslens/error.hpp"
#include "presslens/input.hpp"

namespace presslens {

struct AnalyzeOptions {
  std::size_t max_file_bytes = 64u << 20;  // larger files get a per-file error
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
