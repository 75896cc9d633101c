// Stacked models read the first model's verdicts around a case as features
// in buckets; the plain-text cleaner (clean/line_features.cpp) and the page
// reader (html/block_context.cpp) bucket them the same way. Each feature
// list names its buckets consecutively, in the order given here.
#pragma once

#include <cstddef>
#include <cstdint>

#include "learn/linear.hpp"

namespace presslens::learn {

// How many of `all` neighbours the first model kept, as `none` or one of the
// three features after it: a third or less, two thirds or less, more.
template <class Feature>
Feature share_bucket(std::size_t yes, std::size_t all, Feature none) {
  const int base = static_cast<int>(none);
  if (all == 0 || yes == 0) return none;
  if (yes * 3 <= all) return static_cast<Feature>(base + 1);
  if (yes * 3 <= all * 2) return static_cast<Feature>(base + 2);
  return static_cast<Feature>(base + 3);
}

// The first model's own score as `very_low` or one of the five features after
// it: <= -2, -2..-0.5, -0.5..0, 0..0.5, 0.5..2, > 2 (in log-odds).
template <class Feature>
Feature score_bucket(std::int32_t score, Feature very_low) {
  const int base = static_cast<int>(very_low);
  constexpr int unit = kWeightScale;
  if (score <= -2 * unit) return very_low;
  if (score <= -unit / 2) return static_cast<Feature>(base + 1);
  if (score <= 0) return static_cast<Feature>(base + 2);
  if (score <= unit / 2) return static_cast<Feature>(base + 3);
  if (score <= 2 * unit) return static_cast<Feature>(base + 4);
  return static_cast<Feature>(base + 5);
}

}  // namespace presslens::learn
