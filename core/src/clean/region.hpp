// The main text run: each block scores by how much article-like text it
// holds (positive) or how much it looks like furniture (negative); the main
// run is the contiguous stretch with the largest total (a maximum subarray).
#pragma once

#include <cstddef>

#include "clean/evidence.hpp"

namespace presslens::clean {

struct Region {
  std::size_t begin = 0;  // first block of the run
  std::size_t end = 0;    // one past the last; empty when nothing scores above zero
  bool contains(std::size_t i) const { return i >= begin && i < end; }
};

// How article-like a block is, in roughly "words of prose".
int block_score(const Evidence& evidence);

// The maximum-sum run, extended over a list that continues the article (a run
// of dated or numbered lines such as tour dates or a results table).
Region main_region(const DocumentEvidence& evidence);

// Prose: a block that reads as running text, whatever its length.
bool is_prose(const BlockFeatures& f);

}  // namespace presslens::clean
