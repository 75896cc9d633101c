// Fitted linear models over binary features, evaluated in integers so that
// every build decides the same (no floating point in decisions). A model is
// a list of feature names (an X-macro list in each user) and a table of
// weights by name, written by the trainer (tools/train/) from labelled
// pages: log-odds scaled by kWeightScale and rounded. The score of a case is
// the sum of its active features' weights; above zero means yes.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace presslens::learn {

// Weights are log-odds times this, rounded.
constexpr int kWeightScale = 256;

struct NamedWeight {
  std::string_view name;
  std::int32_t weight;
};

using FeatureIndex = std::uint16_t;
using ActiveFeatures = std::vector<FeatureIndex>;

class LinearModel {
 public:
  // Weights are matched to features by name; a feature the table does not
  // name weighs 0, a name no feature has is ignored.
  LinearModel(std::span<const std::string_view> feature_names,
              std::span<const NamedWeight> weights);
  // Weights given directly, one per feature (the trainer's folds).
  explicit LinearModel(std::vector<std::int32_t> weights) : weights_(std::move(weights)) {}

  std::int32_t weight(FeatureIndex feature) const { return weights_[feature]; }
  const std::vector<std::int32_t>& weights() const { return weights_; }
  std::int32_t score(std::span<const FeatureIndex> active) const {
    std::int32_t sum = 0;
    for (const auto f : active) sum += weights_[f];
    return sum;
  }
  // The active feature that pulls the score down most (the reason for a no),
  // among those `eligible` accepts; none when no eligible feature weighs below 0.
  template <typename Eligible>
  std::optional<FeatureIndex> strongest_against(std::span<const FeatureIndex> active,
                                                Eligible eligible) const {
    std::optional<FeatureIndex> found;
    for (const auto f : active) {
      if (weights_[f] >= 0 || !eligible(f)) continue;
      if (!found || weights_[f] < weights_[*found]) found = f;
    }
    return found;
  }

 private:
  std::vector<std::int32_t> weights_;
};

}  // namespace presslens::learn
