// What spans the batch (docs/batch.md): the entity graph, shared passages,
// claims side by side, keyphrases and the timeline. Each part reads the
// analysed documents and writes only its own Batch fields.
#pragma once

#include <string>
#include <vector>

#include "presslens/document.hpp"

namespace presslens::batch {

// Warnings for each document (a limit it reached), by document index.
using DocumentWarnings = std::vector<std::vector<std::string>>;

// Fills every cross-article field of `batch` (run after each document is
// analysed). Returns the warnings it added to each document.
DocumentWarnings cross_index(Batch& batch);

// Every part reads each document's sentences (Document::sentences).
Graph build_graph(const Batch& batch, DocumentWarnings& warnings);

struct PassageOptions {
  std::size_t min_words = 8;     // shorter paragraphs are not compared
  double min_similarity = 0.4;   // Jaccard of the word 3-grams, or
  double min_containment = 0.6;  // the share of the shorter paragraph's 3-grams in the longer
};
std::vector<Passage> find_passages(const std::vector<Document>& documents,
                                   PassageOptions options = {});

std::vector<ClaimGroup> find_claims(const std::vector<Document>& documents);

void find_keyphrases(Batch& batch);

Timeline build_timeline(const std::vector<Document>& documents);

}  // namespace presslens::batch
