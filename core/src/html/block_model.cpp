#include "html/block_model.hpp"

#include "html/block_context.hpp"
#include "html/block_features.hpp"

namespace presslens::html {
namespace {

constexpr learn::NamedWeight kBlockWeights[] = {
#include "html/block_weights.inc"
};

constexpr learn::NamedWeight kContextWeights[] = {
#include "html/context_weights.inc"
};

}  // namespace

const learn::LinearModel& block_model() {
  static const learn::LinearModel model(block_feature_names(), kBlockWeights);
  return model;
}

const learn::LinearModel& context_model() {
  static const learn::LinearModel model(context_feature_names(), kContextWeights);
  return model;
}

}  // namespace presslens::html
