#include "nlp/tagger.hpp"

#include <memory>

#include "presslens/ner.hpp"

namespace presslens::nlp {
namespace {

std::unique_ptr<const NerModel>& model_slot() {
  static std::unique_ptr<const NerModel> model;
  return model;
}

void add_weights(const NerModel& model, std::uint32_t key, std::int32_t* scores) {
  if (const std::int16_t* w = model.weights(key)) {
    for (int t = 0; t < kTagCount; ++t) scores[t] += w[t];
  }
}

void add_row(const std::int32_t* row, std::int32_t* scores) {
  for (int t = 0; t < kTagCount; ++t) scores[t] += row[t];
}

}  // namespace

std::vector<int> tag_document(const NerModel& model, const TokenDocument& document,
                              std::vector<std::int32_t>* all_emissions) {
  const DocumentFeatures features = extract_features(document, model.gazetteer);
  // Each distinct word's keys are scored once per role, not once per token.
  const std::size_t lists = features.word_offsets.size() - 1;
  std::vector<std::int32_t> word_scores(lists * kTagCount, 0);
  for (std::size_t list = 0; list < lists; ++list) {
    for (std::uint32_t k = features.word_offsets[list]; k < features.word_offsets[list + 1]; ++k) {
      add_weights(model, features.word_keys[k], &word_scores[list * kTagCount]);
    }
  }
  std::vector<int> tags(document.words.size(), 0);
  std::vector<std::int32_t> emissions;
  std::vector<std::uint32_t> history_keys;
  PredictionHistory history(features);
  for (std::size_t s = 0; s < document.sentence_starts.size(); ++s) {
    const std::size_t begin = document.sentence_starts[s], end = document.sentence_end(s);
    emissions.assign((end - begin) * kTagCount, 0);
    for (std::size_t i = begin; i < end; ++i) {
      std::int32_t* scores = &emissions[(i - begin) * kTagCount];
      for (int role = 0; role < kRoleCount; ++role) {
        const std::size_t list = features.sources[i * kRoleCount + role] * kRoleCount + role;
        add_row(&word_scores[list * kTagCount], scores);
      }
      for (std::uint32_t k = features.offsets[i]; k < features.offsets[i + 1]; ++k) {
        add_weights(model, features.keys[k], scores);
      }
      history_keys.clear();
      history.features(features, begin, end, i, history_keys);
      for (const auto key : history_keys) add_weights(model, key, scores);
    }
    if (all_emissions)
      all_emissions->insert(all_emissions->end(), emissions.begin(), emissions.end());
    viterbi(emissions.data(), end - begin, model.transitions.data(), &tags[begin]);
    history.record(features, begin, end, &tags[begin]);
  }
  return tags;
}

const NerModel* loaded_model() {
  return model_slot().get();
}

}  // namespace presslens::nlp

namespace presslens {

Status load_ner_model(std::string_view bytes) {
  auto model = nlp::parse_model(bytes);
  if (!model) return model.error();
  nlp::model_slot() = std::make_unique<const nlp::NerModel>(std::move(model).value());
  return Status::success();
}

bool ner_model_loaded() {
  return nlp::loaded_model() != nullptr;
}

Result<std::vector<std::string_view>> tag_sentences(
    std::span<const std::vector<std::string>> sentences) {
  const nlp::NerModel* model = nlp::loaded_model();
  if (!model) return Error{ErrorCode::invalid_argument, "no NER model is loaded"};
  nlp::TokenDocument document;
  for (const auto& sentence : sentences) {
    if (sentence.empty()) continue;
    document.sentence_starts.push_back(document.words.size());
    document.words.insert(document.words.end(), sentence.begin(), sentence.end());
  }
  const auto tags = nlp::tag_document(*model, document);
  std::vector<std::string_view> out;
  out.reserve(tags.size());
  for (const int tag : tags) out.push_back(nlp::iob2_name(tag));
  return out;
}

}  // namespace presslens
