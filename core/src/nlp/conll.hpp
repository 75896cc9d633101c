// CoNLL-2003 data for training and evaluation: documents split at
// -DOCSTART- lines, sentences at blank lines; gold tags from the last column
// (IOB1 or IOB2) converted to BILOU.
#pragma once

#include <string_view>
#include <vector>

#include "nlp/features.hpp"

namespace presslens::nlp {

struct LabelledDocument {
  TokenDocument document;
  std::vector<int> tags;  // kTags indices, one per word
};

std::vector<LabelledDocument> read_conll(std::string_view text);

struct ChunkCounts {
  std::size_t correct = 0, predicted = 0, gold = 0;
  double f1() const {
    return correct == 0 ? 0.0 : 200.0 * correct / static_cast<double>(predicted + gold);
  }
};

struct EntitySpan {
  std::size_t begin = 0, end = 0;  // token indices, end exclusive
  int type = 0;
  bool operator==(const EntitySpan&) const = default;
};

// The entities of a valid BILOU tag sequence.
std::vector<EntitySpan> entity_spans(const int* tags, std::size_t n);

// Adds the entity-level (exact span and type) counts of one sentence.
void count_chunks(const int* gold, const int* predicted, std::size_t n, ChunkCounts& counts);

}  // namespace presslens::nlp
