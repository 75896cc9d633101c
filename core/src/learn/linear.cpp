#include "learn/linear.hpp"

namespace presslens::learn {

LinearModel::LinearModel(std::span<const std::string_view> feature_names,
                         std::span<const NamedWeight> weights)
    : weights_(feature_names.size(), 0) {
  for (const auto& named : weights) {
    for (std::size_t f = 0; f < feature_names.size(); ++f) {
      if (feature_names[f] == named.name) weights_[f] = named.weight;
    }
  }
}

}  // namespace presslens::learn
