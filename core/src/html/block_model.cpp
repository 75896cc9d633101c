#include "html/block_model.hpp"

#include <array>

#include "html/block_features.hpp"

namespace presslens::html {
namespace {

constexpr learn::NamedWeight kBlockWeights[] = {
#include "html/block_weights.inc"
};

}  // namespace

const learn::LinearModel& block_model() {
  static const learn::LinearModel model(block_feature_names(), kBlockWeights);
  return model;
}

}  // namespace presslens::html
