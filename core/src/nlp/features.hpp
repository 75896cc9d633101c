// The tagger's features: every token gets a list of 32-bit feature keys
// (hashes of a template id and its strings, feature_keys.hpp). Keys that
// depend only on the document are computed once, those that depend only on a
// word's spelling once per distinct spelling; the prediction history (how the
// same word was tagged earlier in the document) is added sentence by sentence.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/gazetteer.hpp"
#include "nlp/word_classes.hpp"
#include "presslens/document.hpp"

namespace presslens::nlp {

// BILOU tags: an entity's Begin, Inside, Last token, or a Unit (one-token)
// entity. Output is IOB2 (iob2_name).
constexpr int kTagCount = 17;
constexpr std::array<std::string_view, kTagCount> kTags{
    "O",     "B-PER", "I-PER", "L-PER", "U-PER",  "B-ORG",  "I-ORG",  "L-ORG", "U-ORG",
    "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-MISC", "I-MISC", "L-MISC", "U-MISC"};
constexpr std::array<std::string_view, 4> kTypes{"PER", "ORG", "LOC", "MISC"};
// A type's index in kTypes, as type_of returns it and make_tag takes it.
enum TypeIndex : int { kPerson = 0, kOrganisation, kLocation, kOther };
constexpr std::array<EntityType, 4> kEntityTypes{EntityType::person, EntityType::organisation,
                                                 EntityType::location, EntityType::misc};

// Bump when features change: a model records the version it was trained with.
constexpr std::uint32_t kFeatureVersion = 8;

enum Part : int { kBegin = 0, kInside, kLast, kUnit };
constexpr int type_of(int tag) {
  return tag == 0 ? -1 : (tag - 1) / 4;
}
constexpr int part_of(int tag) {
  return tag == 0 ? -1 : (tag - 1) % 4;
}
constexpr int make_tag(int type, int part) {
  return 1 + 4 * type + part;
}
constexpr bool starts_entity(int tag) {
  return part_of(tag) == kBegin || part_of(tag) == kUnit;
}
constexpr bool ends_entity(int tag) {
  return part_of(tag) == kLast || part_of(tag) == kUnit;
}

// The IOB2 tag CoNLL output shows for a BILOU tag.
std::string_view iob2_name(int tag);

// Words kept end to end in one string: four bytes a word besides its
// letters (a std::string each took 32 and more).
class WordList {
 public:
  std::size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  std::string_view operator[](std::size_t i) const {
    const std::uint32_t start = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(chars_).substr(start, ends_[i] - start);
  }
  void push_back(std::string_view word) {
    chars_ += word;
    ends_.push_back(static_cast<std::uint32_t>(chars_.size()));
  }
  void reserve(std::size_t words, std::size_t bytes) {
    ends_.reserve(words);
    chars_.reserve(bytes);
  }

 private:
  std::string chars_;
  std::vector<std::uint32_t> ends_;  // where each word ends in chars_
};

// One document as CoNLL-form words split into sentences.
struct TokenDocument {
  WordList words;
  std::vector<std::size_t> sentence_starts;  // first token of each sentence
  std::size_t sentence_end(std::size_t sentence) const {
    return sentence + 1 < sentence_starts.size() ? sentence_starts[sentence + 1] : words.size();
  }
};

// Where a word's keys go: to its own token, or to the token it is the
// previous (next, second previous, second next) word of.
enum Role : int { kOwn = 0, kAsPrevious, kAsNext, kAsPrevious2, kAsNext2 };
constexpr int kRoleCount = 5;

// The feature keys of a document. Keys that depend on a word's spelling only
// are computed once per distinct spelling, one list per role; the others
// (context, gazetteer, document evidence) once per token. Lists are in CSR
// form: list j holds keys[offsets[j]..offsets[j+1]).
struct DocumentFeatures {
  std::vector<std::uint32_t> word_keys;     // list w * kRoleCount + role: word w's keys
  std::vector<std::uint32_t> word_offsets;  // for that role
  std::vector<std::uint32_t> sources;  // token i, role r: the word at sources[i * kRoleCount + r]
  std::vector<std::uint32_t> keys;     // list i: token i's other keys
  std::vector<std::uint32_t> offsets;
  std::vector<std::uint32_t> names;  // per token: its name (lowercase, no "al-"), for the history
  std::uint32_t name_count = 0;
  std::vector<std::uint8_t> capitalised;  // per token: first letter is uppercase

  // Appends every key of token i (its word's, its neighbours', its own) to `out`.
  void token_keys(std::size_t i, std::vector<std::uint32_t>& out) const;
};

// Every key of every token at once (the trainer's view).
DocumentFeatures extract_features(const TokenDocument& document, const Gazetteer& gazetteer,
                                  const WordClasses& classes,
                                  const GazetteerExclusions* exclusions = nullptr);

// The same keys a token at a time (the tagger's view): what the whole
// document decides (its words' keys, names, case evidence) at once, each
// token's context keys when asked, so that no token's are held after (some
// 24 keys a token: 100 bytes a token, 20 a byte of text, for a whole
// document).
class FeatureExtractor {
 public:
  FeatureExtractor(const TokenDocument& document, const Gazetteer& gazetteer,
                   const WordClasses& classes, const GazetteerExclusions* exclusions = nullptr);
  ~FeatureExtractor();
  FeatureExtractor(const FeatureExtractor&) = delete;
  FeatureExtractor& operator=(const FeatureExtractor&) = delete;

  // The tokens' names and capitals; the words' lists, `sources`, `keys`
  // and `offsets` empty.
  const DocumentFeatures& document() const { return features_; }
  DocumentFeatures& document() { return features_; }
  // The document's distinct words (the sentence edges first), and word w's
  // keys, one list per role, appended to `out.word_keys` with each list's
  // end to `out.word_offsets`: each word's can be read and let go in turn.
  std::size_t word_count() const;
  void word_lists(std::size_t w, DocumentFeatures& out) const;
  // Reads sentence s (its gazetteer matches, its runs of capitals) for token().
  void start_sentence(std::size_t s);
  // Token i of that sentence: the words whose keys it takes, one per role,
  // to `sources`; its other keys appended to `keys`.
  void token(std::size_t i, std::uint32_t (&sources)[kRoleCount],
             std::vector<std::uint32_t>& keys) const;

 private:
  struct State;
  DocumentFeatures features_;
  std::unique_ptr<State> state_;
};

// How words were tagged so far in one document.
class PredictionHistory {
 public:
  explicit PredictionHistory(const DocumentFeatures& document)
      : counts_(document.name_count, Counts{}) {}
  // Appends the history keys of token `i` (of the sentence [begin, end)) to `out`.
  void features(const DocumentFeatures& document, std::size_t begin, std::size_t end, std::size_t i,
                std::vector<std::uint32_t>& out) const;
  void record(const DocumentFeatures& document, std::size_t begin, std::size_t end,
              const int* tags);

 private:
  using Counts = std::array<std::uint16_t, 5>;  // PER, ORG, LOC, MISC, O
  std::vector<Counts> counts_;                  // per name; all zero: not seen yet
};

}  // namespace presslens::nlp
