#include "batch/cross_index.hpp"

#include "batch/words.hpp"

namespace presslens::batch {

void cross_index(Batch& batch) {
  Sentences sentences;
  sentences.reserve(batch.documents.size());
  for (const auto& document : batch.documents) sentences.push_back(split_sentences(document.text));
  DocumentWarnings warnings;
  batch.graph = build_graph(batch, sentences, warnings);
  batch.passages = find_passages(batch.documents);
  batch.claims = find_claims(batch.documents, sentences);
  find_keyphrases(batch);
  batch.timeline = build_timeline(batch.documents, sentences);
  // Only once every part is done: a part that throws leaves no warning behind.
  for (std::size_t d = 0; d < batch.documents.size(); ++d) {
    auto& to = batch.documents[d].warnings;
    to.insert(to.end(), warnings[d].begin(), warnings[d].end());
  }
}

}  // namespace presslens::batch
