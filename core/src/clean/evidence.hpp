// Everything the cleaner knows about one block before deciding on it.
#pragma once

#include <optional>
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

}  // namespace presslens::clean
