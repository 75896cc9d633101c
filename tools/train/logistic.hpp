// Weighted logistic regression over binary features, fitted by full-batch
// gradient descent (Adam) with an L2 penalty: the trainer of every fitted
// model in the core (learn/linear.hpp). Deterministic: no randomness.
#pragma once

#include <cstdint>
#include <vector>

#include "learn/linear.hpp"

namespace presslens::train {

struct Example {
  learn::ActiveFeatures features;
  double label = 0;  // the target: 1 yes, 0 no, or a share for soft labels
  double weight = 1.0;
};

struct FitOptions {
  double l2 = 1e-3;  // per unit of example weight, on every feature but the first (bias)
  int iterations = 400;
  double learning_rate = 0.05;
};

// Log-odds weights, one per feature.
std::vector<double> fit_logistic(const std::vector<Example>& examples, std::size_t features,
                                 const FitOptions& options = {});

// One choice among options (a page's title options): the index of the right one.
struct Choice {
  std::vector<learn::ActiveFeatures> options;
  std::size_t right = 0;
};

// Softmax (listwise) regression: the right option should outscore the others.
std::vector<double> fit_softmax(const std::vector<Choice>& choices, std::size_t features,
                                const FitOptions& options = {});

// Weights as the core stores them: log-odds times learn::kWeightScale, rounded.
std::vector<std::int32_t> quantize(const std::vector<double>& weights);

}  // namespace presslens::train
