// Everything the cleaner knows about one block before deciding on it.
#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "clean/features.hpp"
#include "clean/phrases.hpp"

namespace presslens::clean {

struct Evidence {
  BlockFeatures features;
  Furniture furniture = Furniture::none;
  int appeal = 0;                        // appeal words in the block
  int recurs_in = 0;                     // other documents of the batch with this line
  std::optional<std::size_t> truncated;  // the block this one is a cut-off start of
};

using DocumentEvidence = std::vector<Evidence>;

// How many lines of the document hold each text (by BlockFeatures::key; a
// line without one is not counted).
inline std::unordered_map<std::uint64_t, int> copies_by_key(const DocumentEvidence& evidence) {
  std::unordered_map<std::uint64_t, int> copies;
  for (const auto& e : evidence) {
    if (e.features.key != 0) ++copies[e.features.key];
  }
  return copies;
}

}  // namespace presslens::clean
