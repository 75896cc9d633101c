// The main text run: each block scores its words, signed and weighted by how
// sure the fitted line models are that it is article text (line_features.hpp);
// the main run is the contiguous stretch with the largest total (a maximum
// subarray), within walls of furniture.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "clean/evidence.hpp"
#include "learn/linear.hpp"

namespace presslens::clean {

struct Region {
  std::size_t begin = 0;  // first block of the run
  std::size_t end = 0;    // one past the last; empty when nothing scores above zero
  bool contains(std::size_t i) const { return i >= begin && i < end; }
};

// Run scores are words times kWordUnit, signed by the line models' verdict.
constexpr std::int64_t kWordUnit = 256;
using Scores = std::vector<std::int64_t>;

// Each block's worth for the main run, from the line models' log-odds.
Scores run_scores(const DocumentEvidence& evidence, const std::vector<std::int32_t>& line_scores);

// The maximum-sum run, extended over a list that continues the article (a run
// of dated or numbered lines such as tour dates or a results table).
Region main_region(const DocumentEvidence& evidence, const Scores& scores);

// Prose: a block that reads as running text, whatever its length.
bool is_prose(const BlockFeatures& f);

}  // namespace presslens::clean
