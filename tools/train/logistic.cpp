#include "logistic.hpp"

#include <algorithm>
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
      const double g = e.weight * (p - e.label);
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

namespace {

// One Adam step on `w` from `grad` (t counts from 1); the first weight is not penalised.
struct Adam {
  explicit Adam(std::size_t n) : m(n, 0.0), v(n, 0.0) {}
  void step(std::vector<double>& w, std::vector<double>& grad, int t, const FitOptions& options) {
    constexpr double kBeta1 = 0.9, kBeta2 = 0.999, kEpsilon = 1e-8;
    for (std::size_t f = 0; f < w.size(); ++f) {
      if (f > 0) grad[f] += options.l2 * w[f];
      m[f] = kBeta1 * m[f] + (1 - kBeta1) * grad[f];
      v[f] = kBeta2 * v[f] + (1 - kBeta2) * grad[f] * grad[f];
      const double m_hat = m[f] / (1 - std::pow(kBeta1, t));
      const double v_hat = v[f] / (1 - std::pow(kBeta2, t));
      w[f] -= options.learning_rate * m_hat / (std::sqrt(v_hat) + kEpsilon);
    }
  }
  std::vector<double> m, v;
};

}  // namespace

std::vector<double> fit_softmax(const std::vector<Choice>& choices, std::size_t features,
                                const FitOptions& options) {
  std::vector<double> w(features, 0.0), grad(features);
  Adam adam(features);
  if (choices.empty()) return w;
  std::vector<double> z;
  for (int t = 1; t <= options.iterations; ++t) {
    std::fill(grad.begin(), grad.end(), 0.0);
    for (const auto& c : choices) {
      z.assign(c.options.size(), 0.0);
      double top = -1e300;
      for (std::size_t i = 0; i < c.options.size(); ++i) {
        for (const auto f : c.options[i]) z[i] += w[f];
        top = std::max(top, z[i]);
      }
      double sum = 0;
      for (auto& v : z) sum += (v = std::exp(v - top));
      for (std::size_t i = 0; i < c.options.size(); ++i) {
        const double g = z[i] / sum - (i == c.right ? 1.0 : 0.0);
        for (const auto f : c.options[i]) grad[f] += g;
      }
    }
    for (auto& g : grad) g /= static_cast<double>(choices.size());
    adam.step(w, grad, t, options);
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
