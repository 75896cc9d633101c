// What spans the batch (docs/batch.md): the entity graph, shared passages,
// claims side by side, keyphrases, the timeline and the stories. Each part
// reads the analysed documents and writes only its own Batch fields.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "presslens/document.hpp"

namespace presslens::batch {

// Warnings for each document (a limit it reached), by document index.
using DocumentWarnings = std::vector<std::vector<std::string>>;

// What the parts read of each document (its words, paragraphs and phrase
// candidates), kept from one run to the next on a batch analysed again and
// again (a corrected batch): a document whose text is as it was is not read
// again. Results are the same with or without it (batch/memory.hpp).
class CrossIndexMemory {
 public:
  CrossIndexMemory();
  ~CrossIndexMemory();
  CrossIndexMemory(CrossIndexMemory&&) noexcept;
  CrossIndexMemory& operator=(CrossIndexMemory&&) noexcept;
  struct Parts;
  Parts& parts() { return *parts_; }
  const Parts& parts() const { return *parts_; }

 private:
  std::unique_ptr<Parts> parts_;
};

// Fills every cross-article field of `batch` (run after each document is
// analysed). Returns the warnings it added to each document.
DocumentWarnings cross_index(Batch& batch, CrossIndexMemory* memory = nullptr);

// cross_index() a part at a time (BatchFinisher's progress): the graph,
// passages, claims, keyphrases, timeline and stories. The documents'
// warnings are added only after the last part: a part that throws leaves
// none behind.
class CrossIndexSteps {
 public:
  static constexpr std::size_t kSteps = 6;
  explicit CrossIndexSteps(Batch& batch, CrossIndexMemory* memory = nullptr)
      : batch_(batch), memory_(memory) {}
  // Runs part `index` (0 .. kSteps-1), in order.
  void run(std::size_t index);
  // The warnings added to each document, once the last part has run.
  const DocumentWarnings& warnings() const { return warnings_; }

 private:
  Batch& batch_;
  CrossIndexMemory* memory_;
  DocumentWarnings warnings_;
};
// Every part reads each document's sentences (Document::sentences).
Graph build_graph(const Batch& batch, DocumentWarnings& warnings);

struct PassageOptions {
  std::size_t min_words = 8;     // shorter paragraphs are not compared
  double min_similarity = 0.4;   // Jaccard of the word 3-grams, or
  double min_containment = 0.6;  // the share of the shorter paragraph's 3-grams in the longer
};
std::vector<Passage> find_passages(const std::vector<Document>& documents,
                                   PassageOptions options = {}, CrossIndexMemory* memory = nullptr);

// Groups of articles that are copies of one another, from their passages.
std::vector<Story> find_stories(const std::vector<Document>& documents,
                                const std::vector<Passage>& passages,
                                const CrossIndexMemory* memory = nullptr);

std::deque<ClaimGroup> find_claims(const std::vector<Document>& documents,
                                   const std::vector<Cluster>& clusters);

void find_keyphrases(Batch& batch, CrossIndexMemory* memory = nullptr);

Timeline build_timeline(const std::vector<Document>& documents);

}  // namespace presslens::batch
