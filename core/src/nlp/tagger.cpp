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

// A name set beside a group noun is a group, whatever it looks like: "an
// al-Qaeda-linked faction, Jabhat al-Nusra" looks like "President, Bashar
// al-Assad" to the features, and the model's evidence for the noun before a
// name is outweighed by the name's shape. A person tagged right after
// "a/an ... <group noun> ," and followed by a comma, stop or bracket
// becomes an organisation.
void retype_appositions(const NerModel& model, ListMask group, const TokenDocument& document,
                        std::size_t begin, std::size_t end, int* tags) {
  if (group == 0) return;
  for (std::size_t i = begin + 2; i < end; ++i) {
    const int tag = tags[i - begin];
    if (type_of(tag) != 0 || !starts_entity(tag) || document.words[i - 1] != ",") continue;
    const std::string& noun = document.words[i - 2];
    if (noun.empty() || !(noun[0] >= 'a' && noun[0] <= 'z')) continue;  // a common noun
    const std::uint32_t key = entry_key({lowercase(noun)});
    if ((model.gazetteer.lookup(key) & group) == 0) continue;
    // Introduced as one of a kind: "a faction, X", "an al-Qaeda-linked
    // faction, X"; not "the league's disciplinary committee, Anatoly
    // Gorokhovsky" or "the meeting, Mitchell ...".
    bool introduced = false;
    for (std::size_t k = i - 2; k-- > begin && k + 6 > i;) {
      const std::string& w = document.words[k];
      if (w == "a" || w == "an" || w == "A" || w == "An") {
        introduced = true;
        break;
      }
      if (w == "," || w == "." || w == ";" || w == ":" || w == "the" || w == "The") break;
    }
    if (!introduced) continue;
    // An apposition closes after the name ("faction, Jabhat al-Nusra.",
    // "company, Kissito (pronounced ...)"); "At a rally, Trump likened ..."
    // goes on with the name as the subject.
    std::size_t last = i;
    while (last < end && !ends_entity(tags[last - begin])) ++last;
    if (last >= end) continue;
    const std::string_view after = last + 1 < end ? std::string_view(document.words[last + 1]) : ".";
    if (after != "." && after != "," && after != "(" && after != ";" && after != ":") continue;
    for (std::size_t k = i; k <= last; ++k) tags[k - begin] = make_tag(1, part_of(tags[k - begin]));
  }
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
  // The list of group nouns ("faction", "party", "militia"); 0 without one.
  const ListMask group = model.gazetteer.lists_named("wordnet-group");
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
    retype_appositions(model, group, document, begin, end, &tags[begin]);
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
