#include "batch/cross_index.hpp"

#include "batch/words.hpp"

namespace presslens::batch {

void cross_index(Batch& batch) {
  Sentences sentences;
  sentences.reserve(batch.documents.size());
  for (const auto& document : batch.documents) sentences.push_back(split_sentences(document.text));
  batch.graph = build_graph(batch, sentences);
  batch.passages = find_passages(batch.documents);
  batch.claims = find_claims(batch.documents, batch.clusters, sentences);
  find_keyphrases(batch);
  batch.timeline = build_timeline(batch.documents, sentences);
}

}  // namespace presslens::batch
