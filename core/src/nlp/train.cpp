// The trainer: an averaged structured perceptron over the features of
// features.cpp, decoding whole documents in order so that the prediction
// history sees its own earlier predictions, as it will at run time.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <unordered_map>

#include "nlp/conll.hpp"
#include "nlp/model.hpp"
#include "nlp/train_lists.hpp"
#include "nlp/viterbi.hpp"
#include "presslens/ner.hpp"
#include "text/hash.hpp"

namespace presslens::nlp {
namespace {

constexpr std::uint32_t kUnknown = 0xFFFFFFFFu;

// A document with its features as weight-row ids.
struct Prepared {
  const LabelledDocument* source = nullptr;
  DocumentFeatures features;
  std::vector<std::uint32_t> ids;  // every key of token i: ids[offsets[i]..offsets[i+1])
  std::vector<std::uint32_t> offsets;
};

class Perceptron {
 public:
  std::uint32_t id(std::uint32_t key, bool add) {
    if (add) {
      const auto [it, inserted] = ids_.try_emplace(key, static_cast<std::uint32_t>(keys_.size()));
      if (inserted) {
        keys_.push_back(key);
        weights_.resize(weights_.size() + kTagCount, 0.0f);
        sums_.resize(sums_.size() + kTagCount, 0.0);
      }
      return it->second;
    }
    const auto it = ids_.find(key);
    return it == ids_.end() ? kUnknown : it->second;
  }

  // Tags one document with the current (or averaged) weights; when `gold`
  // is given, updates after each sentence.
  void run(Prepared& doc, const std::vector<float>& weights, const std::vector<float>& transitions,
           bool learn, std::vector<int>& out) {
    const auto& document = doc.source->document;
    const auto& features = doc.features;
    out.assign(document.words.size(), 0);
    PredictionHistory history(features);
    std::vector<float> emissions;
    std::vector<std::uint32_t> history_keys;
    std::vector<std::uint32_t> history_ids;
    std::vector<std::uint32_t> history_offsets;
    for (std::size_t s = 0; s < document.sentence_starts.size(); ++s) {
      const std::size_t begin = document.sentence_starts[s], end = document.sentence_end(s);
      emissions.assign((end - begin) * kTagCount, 0.0f);
      history_ids.clear();
      history_offsets.assign(1, 0);
      for (std::size_t i = begin; i < end; ++i) {
        float* scores = &emissions[(i - begin) * kTagCount];
        const auto add = [&](std::uint32_t f) {
          if (f == kUnknown || f * kTagCount >= weights.size()) return;
          for (int t = 0; t < kTagCount; ++t) scores[t] += weights[f * kTagCount + t];
        };
        for (std::uint32_t k = doc.offsets[i]; k < doc.offsets[i + 1]; ++k) add(doc.ids[k]);
        history_keys.clear();
        history.features(features, begin, end, i, history_keys);
        for (const auto key : history_keys) {
          const std::uint32_t f = id(key, learn);
          history_ids.push_back(f);
          add(f);
        }
        history_offsets.push_back(static_cast<std::uint32_t>(history_ids.size()));
      }
      viterbi(emissions.data(), end - begin, transitions.data(), &out[begin]);
      if (learn) update(doc, begin, end, out, history_ids, history_offsets);
      history.record(features, begin, end, &out[begin]);
    }
  }

  std::vector<float> averaged(const std::vector<float>& w, const std::vector<double>& sums) const {
    std::vector<float> out(w.size());
    for (std::size_t i = 0; i < w.size(); ++i) {
      out[i] = static_cast<float>(w[i] - sums[i] / static_cast<double>(clock_));
    }
    return out;
  }

  // Starts a new run from zero weights (the feature ids stay).
  void reset() {
    std::fill(weights_.begin(), weights_.end(), 0.0f);
    std::fill(sums_.begin(), sums_.end(), 0.0);
    std::fill(transitions_.begin(), transitions_.end(), 0.0f);
    std::fill(transition_sums_.begin(), transition_sums_.end(), 0.0);
    clock_ = 1;
  }

  std::vector<std::uint32_t> keys_;
  std::vector<float> weights_;
  std::vector<double> sums_;  // clock-weighted updates, for averaging
  std::vector<float> transitions_ = std::vector<float>(kTransitionCount, 0.0f);
  std::vector<double> transition_sums_ = std::vector<double>(kTransitionCount, 0.0);
  std::size_t mistakes_ = 0;

 private:
  void bump(std::uint32_t f, int tag, float delta) {
    weights_[f * kTagCount + tag] += delta;
    sums_[f * kTagCount + tag] += delta * static_cast<double>(clock_);
  }
  void bump_transition(int previous, int tag, float delta) {
    const std::size_t i = static_cast<std::size_t>((previous + 1) * kTagCount + tag);
    transitions_[i] += delta;
    transition_sums_[i] += delta * static_cast<double>(clock_);
  }

  void update(const Prepared& doc, std::size_t begin, std::size_t end, const std::vector<int>& out,
              const std::vector<std::uint32_t>& history_ids,
              const std::vector<std::uint32_t>& history_offsets) {
    const auto& gold = doc.source->tags;
    for (std::size_t i = begin; i < end; ++i) {
      const int g = gold[i], p = out[i];
      const int gp = i == begin ? -1 : gold[i - 1], pp = i == begin ? -1 : out[i - 1];
      if (g != p) {
        ++mistakes_;
        for (std::uint32_t k = doc.offsets[i]; k < doc.offsets[i + 1]; ++k) {
          bump(doc.ids[k], g, 1.0f);
          bump(doc.ids[k], p, -1.0f);
        }
        for (std::uint32_t k = history_offsets[i - begin]; k < history_offsets[i - begin + 1];
             ++k) {
          bump(history_ids[k], g, 1.0f);
          bump(history_ids[k], p, -1.0f);
        }
      }
      if (g != p || gp != pp) {
        bump_transition(gp, g, 1.0f);
        bump_transition(pp, p, -1.0f);
      }
    }
    ++clock_;
  }

  std::unordered_map<std::uint32_t, std::uint32_t> ids_;  // lookups only
  std::uint64_t clock_ = 1;
};

Prepared prepare(const LabelledDocument& doc, const Gazetteer& gazetteer,
                 const WordClasses& classes, const GazetteerExclusions* exclusions,
                 Perceptron& perceptron, bool add) {
  Prepared p;
  p.source = &doc;
  p.features = extract_features(doc.document, gazetteer, classes, exclusions);
  std::vector<std::uint32_t> keys;
  p.offsets.reserve(doc.document.words.size() + 1);
  p.offsets.push_back(0);
  for (std::size_t i = 0; i < doc.document.words.size(); ++i) {
    keys.clear();
    p.features.token_keys(i, keys);
    for (const auto key : keys) p.ids.push_back(perceptron.id(key, add));
    p.offsets.push_back(static_cast<std::uint32_t>(p.ids.size()));
  }
  return p;
}

NerModel quantise(const Perceptron& perceptron, const std::vector<float>& weights,
                  const std::vector<float>& transitions, Gazetteer gazetteer, WordClasses classes,
                  double min_weight, int levels) {
  float largest = 0;
  for (const float w : weights) largest = std::max(largest, std::fabs(w));
  for (const float w : transitions) largest = std::max(largest, std::fabs(w));
  NerModel model;
  model.scale = largest > 0 ? largest / static_cast<float>(levels) : 1.0f;
  const auto q = [&](float w) {
    return static_cast<std::int16_t>(std::lround(static_cast<double>(w) / model.scale));
  };
  for (std::size_t i = 0; i < kTransitionCount; ++i) model.transitions[i] = q(transitions[i]);
  std::vector<std::uint32_t> order(perceptron.keys_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return perceptron.keys_[a] < perceptron.keys_[b];
  });
  std::vector<std::uint32_t> keys;
  std::vector<std::int16_t> quantised;
  for (const auto f : order) {
    // A feature stays whole when any of its weights reaches min_weight.
    std::array<std::int16_t, kTagCount> row{};
    bool keep = false, strong = false;
    for (int t = 0; t < kTagCount; ++t) {
      const float w = weights[f * kTagCount + t];
      row[t] = q(w);
      keep |= row[t] != 0;
      strong |= std::fabs(w) >= min_weight;
    }
    if (!keep || !strong) continue;
    keys.push_back(perceptron.keys_[f]);
    quantised.insert(quantised.end(), row.begin(), row.end());
  }
  model.set_features(std::move(keys), std::move(quantised));
  model.gazetteer = std::move(gazetteer);
  model.classes = std::move(classes);
  return model;
}

std::string fixed(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

}  // namespace
}  // namespace presslens::nlp

namespace presslens {

Result<std::string> train_ner_model(std::string_view train, std::string_view dev,
                                    const NerTrainOptions& options) {
  using namespace nlp;
  const auto log = [&](const std::string& line) {
    if (options.log) options.log(line);
  };
  const auto started = std::chrono::steady_clock::now();
  const auto seconds = [&] {
    return fixed(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(),
                 1);
  };
  const auto training = read_conll(train);
  const auto development = read_conll(dev);
  if (training.empty()) return Error{ErrorCode::invalid_argument, "the training data is empty"};
  auto lists = build_lists(training, options.lists);
  if (!lists) return lists.error();
  log("gazetteer: " + std::to_string(lists.value().gazetteer.entries().size()) + " entries");
  WordClasses classes;
  if (!options.word_classes.empty()) {
    auto parsed = parse_word_classes(options.word_classes);
    if (!parsed) return parsed.error();
    classes = std::move(parsed).value();
    log("word classes: " + std::to_string(classes.entries().size()) + " words");
  }

  Perceptron perceptron;
  std::vector<Prepared> train_docs, dev_docs;
  for (std::size_t d = 0; d < training.size(); ++d) {
    train_docs.push_back(prepare(training[d], lists.value().gazetteer, classes,
                                 &lists.value().exclusions[d], perceptron, true));
  }
  for (const auto& doc : development) {
    dev_docs.push_back(prepare(doc, lists.value().gazetteer, classes, nullptr, perceptron, false));
  }
  log(std::to_string(training.size()) + " training documents, " +
      std::to_string(perceptron.keys_.size()) + " features (" + seconds() + " s)");

  // Each run (seed) keeps its best epoch on dev; the runs' weights are averaged.
  std::vector<float> sum_weights, sum_transitions(kTransitionCount, 0.0f);
  std::vector<int> tags;
  const auto dev_f1 = [&](const std::vector<float>& weights,
                          const std::vector<float>& transitions) {
    ChunkCounts counts;
    for (auto& doc : dev_docs) {
      perceptron.run(doc, weights, transitions, false, tags);
      const auto& document = doc.source->document;
      for (std::size_t s = 0; s < document.sentence_starts.size(); ++s) {
        const std::size_t begin = document.sentence_starts[s], end = document.sentence_end(s);
        count_chunks(&doc.source->tags[begin], &tags[begin], end - begin, counts);
      }
    }
    return counts.f1();
  };
  const int runs = std::max(1, options.runs);
  for (int run = 0; run < runs; ++run) {
    perceptron.reset();
    std::vector<std::size_t> order(train_docs.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::uint64_t rng = options.seed + static_cast<std::uint64_t>(run);
    std::vector<float> best_weights, best_transitions;
    double best_f1 = -1;
    int best_epoch = 0;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      for (std::size_t i = order.size(); i > 1; --i) {
        std::swap(order[i - 1], order[text::splitmix64(rng) % i]);
      }
      perceptron.mistakes_ = 0;
      for (const auto d : order) {
        perceptron.run(train_docs[d], perceptron.weights_, perceptron.transitions_, true, tags);
      }
      auto weights = perceptron.averaged(perceptron.weights_, perceptron.sums_);
      auto transitions = perceptron.averaged(perceptron.transitions_, perceptron.transition_sums_);
      const double f1 = dev_f1(weights, transitions);
      log("run " + std::to_string(run + 1) + " epoch " + std::to_string(epoch) + ": " +
          std::to_string(perceptron.mistakes_) + " token errors, dev F1 " + fixed(f1, 2) + " (" +
          seconds() + " s)");
      if (f1 > best_f1) {
        best_f1 = f1;
        best_epoch = epoch;
        best_weights = std::move(weights);
        best_transitions = std::move(transitions);
      }
    }
    log("run " + std::to_string(run + 1) + ": kept epoch " + std::to_string(best_epoch) +
        " (dev F1 " + fixed(best_f1, 2) + ")");
    sum_weights.resize(perceptron.weights_.size(), 0.0f);
    for (std::size_t i = 0; i < best_weights.size(); ++i) sum_weights[i] += best_weights[i] / runs;
    for (std::size_t i = 0; i < kTransitionCount; ++i)
      sum_transitions[i] += best_transitions[i] / runs;
  }
  std::vector<float> best_weights = std::move(sum_weights),
                     best_transitions = std::move(sum_transitions);
  if (runs > 1)
    log("average of " + std::to_string(runs) + " runs: dev F1 " +
        fixed(dev_f1(best_weights, best_transitions), 2));
  const NerModel model =
      quantise(perceptron, best_weights, best_transitions, std::move(lists.value().gazetteer),
               std::move(classes), options.min_weight, std::clamp(options.weight_levels, 1, 32767));
  log(std::to_string(model.keys().size()) + " features kept");
  return serialize_model(model);
}

}  // namespace presslens
