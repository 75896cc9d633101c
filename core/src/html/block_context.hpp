// The second look at a page's blocks: a block's neighbours tell what it is
// (a short line between two paragraphs of the article is part of it; a
// paragraph among links is a teaser). The first stage's scores around each
// block become features of a second fitted model, next to the first stage's
// own features (stacking, as the trainer fits it).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "html/block_features.hpp"
#include "learn/linear.hpp"

namespace presslens::html {

#define PRESSLENS_HTML_CONTEXT_FEATURES(X)                                               \
  X(own_very_low, "first look <= -2", "")                                                \
  X(own_low, "first look -2..-0.5", "")                                                  \
  X(own_weak_no, "first look -0.5..0", "")                                               \
  X(own_weak_yes, "first look 0..0.5", "")                                               \
  X(own_high, "first look 0.5..2", "")                                                   \
  X(own_very_high, "first look > 2", "")                                                 \
  X(prev_no, "previous block no", "")                                                    \
  X(prev_yes, "previous block yes", "")                                                  \
  X(next_no, "next block no", "")                                                        \
  X(next_yes, "next block yes", "")                                                      \
  X(near_none, "3 around: none yes", "")                                                 \
  X(near_few, "3 around: a third yes", "")                                               \
  X(near_many, "3 around: two thirds yes", "")                                           \
  X(near_all, "3 around: all yes", "")                                                   \
  X(wide_none, "10 around: none yes", "")                                                \
  X(wide_few, "10 around: a third yes", "")                                              \
  X(wide_many, "10 around: two thirds yes", "")                                          \
  X(wide_all, "10 around: all yes", "")                                                  \
  X(siblings_none, "siblings: none yes", "")                                             \
  X(siblings_few, "siblings: a third yes", "")                                           \
  X(siblings_many, "siblings: two thirds yes", "")                                       \
  X(siblings_all, "siblings: all yes", "")                                               \
  X(in_kept_core, "in the kept text's core", "")                                         \
  X(outside_kept_core, "outside the kept text's core", "outside the article text")       \
  X(before_first, "before the first kept block", "outside the article text")             \
  X(after_last, "after the last kept block", "outside the article text")                 \
  X(between, "between kept blocks", "")                                                  \
  X(heading_yes, "under a kept heading", "")                                             \
  X(heading_no, "under a rejected heading", "")                                          \
  X(heading_furniture, "under a furniture heading", "under a heading of page furniture") \
  X(gap_0, "next to a kept block", "")                                                   \
  X(gap_3, "1-3 blocks from a kept block", "")                                           \
  X(gap_10, "4-10 blocks from a kept block", "")                                         \
  X(gap_far, "over 10 blocks from a kept block", "outside the article text")             \
  X(rank_top, "among the page's top tenth", "")                                          \
  X(rank_high, "among the page's top 10-30%", "")                                        \
  X(rank_mid, "among the page's 30-60%", "")                                             \
  X(rank_low, "among the page's bottom 40%", "")                                         \
  X(hole, "a no between two yeses", "")                                                  \
  X(island, "a yes between two noes", "")

enum class ContextFeature : learn::FeatureIndex {
#define PRESSLENS_ENUM(id, name, reason) id,
  PRESSLENS_HTML_CONTEXT_FEATURES(PRESSLENS_ENUM)
#undef PRESSLENS_ENUM
      count
};

// The second stage's features: the first stage's, then these.
std::span<const std::string_view> context_feature_names();
std::string_view context_feature_reason(learn::FeatureIndex feature);

// Both stages' features for every block, from the first stage's scores.
std::vector<learn::ActiveFeatures> context_features(const Dom& dom,
                                                    const std::vector<BlockInput>& blocks,
                                                    const std::vector<learn::ActiveFeatures>& first,
                                                    const std::vector<std::int32_t>& scores);

}  // namespace presslens::html
