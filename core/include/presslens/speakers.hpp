// The speaker model (models/speakers.bin): which of the people, organisations
// and pronouns near a quote said it, and how sure that is. analyze() uses
// the rules of docs/attribution.md alone while no model is loaded; with one,
// every quote also gets a calibrated `confidence`. See docs/attribution.md.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "presslens/error.hpp"
#include "presslens/input.hpp"

namespace presslens {

// Parses and installs the process-wide speaker model. Call once, before
// analyze(); the bytes may be freed afterwards.
Status load_speaker_model(std::string_view bytes);
bool speaker_model_loaded();
void unload_speaker_model();

struct SpeakerTrainOptions {
  int epochs = 10;              // passes over the training quotes
  double learning_rate = 0.05;  // AdaGrad's step
  double l2 = 1e-5;             // weight decay per update
  std::uint64_t seed = 1;       // the order of the quotes in each pass
  int runs = 1;                 // runs with seeds seed, seed+1...; their weights are averaged
  int folds = 5;                // cross-validation: calibration and held-out figures
  double min_weight = 0.01;     // weights closer to zero are left out of the file
  std::function<void(const std::string&)> log;  // progress and figures
};

struct SpeakerTraining {
  std::string model;  // the model file's bytes
  // The analyze JSON of the training articles, each attributed by the model
  // trained without its fold (for the scorers in ../shared/tools).
  std::string held_out_json;
  std::string report;  // figures and the calibration table, as text
};

// Trains on `articles` (analysed here; load the NER model first) and their
// attributions in PolNeAR's JSONL (`article` = file name without its
// extension; `source`, `cue`, `content` with `text` and character
// `segments`; `direct`). Deterministic.
Result<SpeakerTraining> train_speaker_model(std::span<const InputFile> articles,
                                            std::string_view attributions_jsonl,
                                            const SpeakerTrainOptions& options);

}  // namespace presslens
