// Named entities: load the model once, tag CoNLL-style token sequences, and
// (natively) train a model. analyze() fills Document::entities when a model
// is loaded. See docs/ner.md.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "presslens/error.hpp"

namespace presslens {

// Parses and installs the process-wide model (models/ner.bin). Call once,
// before analyze(); the bytes may be freed afterwards.
Status load_ner_model(std::string_view bytes);
bool ner_model_loaded();

// Tags one document given as sentences of tokens; one IOB2 tag per token
// (empty sentences are skipped), in order. Fails when no model is loaded.
Result<std::vector<std::string_view>> tag_sentences(
    std::span<const std::vector<std::string>> sentences);

struct NerTrainOptions {
  int epochs = 12;          // the epoch with the best dev F1 is kept
  std::uint64_t seed = 1;   // shuffles the training documents
  int runs = 1;             // runs with seeds seed, seed+1...; their weights are averaged
  double min_weight = 0.0;  // prune features whose weights all stay below this
  // Weights are stored as integers from -weight_levels to weight_levels
  // (at most 32767): fewer levels, a smaller file.
  int weight_levels = 32767;
  // Gazetteer lists: (name, file contents). A file is either iso-codes JSON
  // (every "name", "common_name" and "official_name") or one entry a line.
  std::vector<std::pair<std::string, std::string>> lists;
  // Word classes: the table `presslens word-classes` writes (empty: none).
  std::string word_classes;
  std::function<void(const std::string&)> log;  // progress lines
};

// Word classes from word vectors, for the tagger's features (training
// time): the vectors of the `words` most frequent words of a
// wink-embeddings JSON file ({"words": [...], "dimensions": D, "vectors":
// {word: [D values, ...]}}) clustered by spherical k-means into levels[0]
// classes, whose centroids are clustered into levels[1], and so on (nested
// levels). Returns the table: a "# word classes: K1 K2..." line, then one
// line per word: the word and its class at each level, tab-separated.
struct WordClassOptions {
  std::size_t words = 100000;
  std::vector<std::size_t> levels{1000, 200, 40};
  int iterations = 20;  // Lloyd's iterations at most, per level
  std::uint64_t seed = 1;
  std::function<void(const std::string&)> log;
};
Result<std::string> cluster_word_vectors(std::string_view json, const WordClassOptions& options);

// Trains on CoNLL-2003 text (`train`), selecting the epoch on `dev`;
// returns the model file's bytes. Deterministic.
Result<std::string> train_ner_model(std::string_view train, std::string_view dev,
                                    const NerTrainOptions& options);

}  // namespace presslens
