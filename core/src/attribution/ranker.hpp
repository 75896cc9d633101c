// The speaker model: a log-linear ranking over a quote's candidates
// (candidates.hpp), trained on PolNeAR (train.cpp), and the calibration
// that turns the chosen speaker's probability into a confidence: of the
// quotes given 0.9 on held-out articles, about nine in ten are right.
//
// File (models/speakers.bin), little-endian:
//   "PLSPK1\n"  magic
//   u32 n, then n x (u32 feature key, f32 weight), keys ascending
//   two calibrations (the model's choice, then an exact rule's), each
//   u32 m, then m x (f32 probability, f32 confidence), probabilities ascending
// Scores are sums of f32 weights in double, probabilities use exp written
// here from + - * / only: native and wasm give the same bits.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "attribution/candidates.hpp"
#include "presslens/error.hpp"

namespace presslens::attribution {

// Probability -> confidence: piecewise linear between points (probability,
// share right), fitted on held-out predictions; the identity without points.
struct Calibration {
  std::vector<std::pair<float, float>> points;  // probabilities ascending
  double apply(double probability) const;
};

class SpeakerModel {
 public:
  static Result<SpeakerModel> parse(std::string_view bytes);
  std::string serialize() const;

  double score(const Candidate& c) const;
  // The softmax over the candidates' scores.
  std::vector<double> probabilities(const QuoteCandidates& q) const;
  std::vector<std::pair<std::uint32_t, float>> weights;  // keys ascending
  Calibration chosen;                                    // for the speaker the model chooses
  Calibration kept;  // for the speaker an exact rule chose (its probability under the model)

 private:
  // The weight of a key: a hash table over `weights`, built by parse() (a
  // model trained in memory searches `weights` instead). 0 for no weight.
  void index_weights();
  float weight(std::uint32_t key) const;
  std::vector<std::uint32_t> slot_keys_;
  std::vector<std::uint32_t> slot_rows_;  // 1 + index into weights; 0: empty slot
  std::uint32_t mask_ = 0;
};

// The speaker a model chooses for a quote: the identity whose candidates
// hold the most probability, never nobody (QuoteCandidates::nobody), whose
// probability lowers the chosen one's.
struct Choice {
  std::size_t candidate = kNone;  // a candidate of that identity (the likeliest)
  double probability = 0;         // the identity's total
  double confidence = 0;          // calibrated
};
Choice choose(const SpeakerModel& model, const QuoteCandidates& q);

// The speaker a quote gets: an exact rule's choice (exact(q.by)), else the
// model's.
Choice decide(const SpeakerModel& model, const QuoteCandidates& q);

// e^x, the same bits on every platform (x <= 0 here; any x works).
double portable_exp(double x);

// The process-wide model (load_speaker_model in presslens/speakers.hpp).
const SpeakerModel* loaded_speaker_model();

}  // namespace presslens::attribution
