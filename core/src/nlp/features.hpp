// The tagger's features: every token gets a list of 32-bit feature keys
// (hashes of a template id and its strings). Keys that depend only on the
// document are computed once; the prediction history (how the same word was
// tagged earlier in the document) is added sentence by sentence.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "nlp/gazetteer.hpp"

namespace presslens::nlp {

// BILOU tags: an entity's Begin, Inside, Last token, or a Unit (one-token)
// entity. Output is IOB2 (iob2_name).
constexpr int kTagCount = 17;
constexpr std::array<std::string_view, kTagCount> kTags{
    "O",     "B-PER", "I-PER", "L-PER", "U-PER",  "B-ORG",  "I-ORG",  "L-ORG", "U-ORG",
    "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-MISC", "I-MISC", "L-MISC", "U-MISC"};
constexpr std::array<std::string_view, 4> kTypes{"PER", "ORG", "LOC", "MISC"};

// Bump when features change: a model records the version it was trained with.
constexpr std::uint32_t kFeatureVersion = 5;

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

// One document as CoNLL-form words split into sentences.
struct TokenDocument {
  std::vector<std::string> words;
  std::vector<std::size_t> sentence_starts;  // first token of each sentence
  std::size_t sentence_end(std::size_t sentence) const {
    return sentence + 1 < sentence_starts.size() ? sentence_starts[sentence + 1] : words.size();
  }
};

// Feature keys of every token, in CSR form: token i has keys[offsets[i]..offsets[i+1]).
struct DocumentFeatures {
  std::vector<std::uint32_t> keys;
  std::vector<std::uint32_t> offsets;
  std::vector<std::uint64_t> word_ids;    // lowercase form hash, for the history
  std::vector<std::uint8_t> capitalised;  // first letter is uppercase
};

DocumentFeatures extract_features(const TokenDocument& document, const Gazetteer& gazetteer,
                                  const GazetteerExclusions* exclusions = nullptr);

// Lowercase (ICU simple case mapping), as gazetteer entries are stored.
std::string lowercase(std::string_view word);

// How words were tagged so far in one document.
class PredictionHistory {
 public:
  // Appends the history keys of token `i` (of the sentence [begin, end)) to `out`.
  void features(const DocumentFeatures& document, std::size_t begin, std::size_t end, std::size_t i,
                std::vector<std::uint32_t>& out) const;
  void record(const DocumentFeatures& document, std::size_t begin, std::size_t end,
              const int* tags);

 private:
  std::string_view majority(std::uint64_t word_id, char* seen) const;
  std::unordered_map<std::uint64_t, std::array<std::uint16_t, 5>> counts_;  // lookups only
};

}  // namespace presslens::nlp
