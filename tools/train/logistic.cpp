#include "logistic.hpp"

#include <cmath>

namespace presslens::train {

std::vector<double> fit_logistic(const std::vector<Example>& examples, std::size_t features,
                                 const FitOptions& options) {
  std::vector<double> w(features, 0.0), m(features, 0.0), v(features, 0.0), grad(features);
  double total_weight = 0;
  for (const auto& e : examples) total_weight += e.weight;
  if (total_weight <= 0) return w;
  constexpr double kBeta1 = 0.9, kBeta2 = 0.999, kEpsilon = 1e-8;
  for (int t = 1; t <= options.iterations; ++t) {
    std::fill(grad.begin(), grad.end(), 0.0);
    for (const auto& e : examples) {
      double z = 0;
      for (const auto f : e.features) z += w[f];
      const double p = 1.0 / (1.0 + std::exp(-z));
      const double g = e.weight * (p - (e.label ? 1.0 : 0.0));
      for (const auto f : e.features) grad[f] += g;
    }
    for (std::size_t f = 0; f < features; ++f) {
      grad[f] /= total_weight;
      if (f > 0) grad[f] += options.l2 * w[f];
      m[f] = kBeta1 * m[f] + (1 - kBeta1) * grad[f];
      v[f] = kBeta2 * v[f] + (1 - kBeta2) * grad[f] * grad[f];
      const double m_hat = m[f] / (1 - std::pow(kBeta1, t));
      const double v_hat = v[f] / (1 - std::pow(kBeta2, t));
      w[f] -= options.learning_rate * m_hat / (std::sqrt(v_hat) + kEpsilon);
    }
  }
  return w;
}

std::vector<std::int32_t> quantize(const std::vector<double>& weights) {
  std::vector<std::int32_t> out;
  out.reserve(weights.size());
  for (const double w : weights) {
    out.push_back(static_cast<std::int32_t>(std::lround(w * learn::kWeightScale)));
  }
  return out;
}

}  // namespace presslens::train
