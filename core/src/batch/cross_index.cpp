#include "batch/cross_index.hpp"

namespace presslens::batch {

DocumentWarnings cross_index(Batch& batch) {
  DocumentWarnings warnings;
  batch.graph = build_graph(batch, warnings);
  batch.passages = find_passages(batch.documents);
  batch.claims = find_claims(batch.documents);
  find_keyphrases(batch);
  batch.timeline = build_timeline(batch.documents);
  // Only once every part is done: a part that throws leaves no warning behind.
  for (std::size_t d = 0; d < batch.documents.size(); ++d) {
    auto& to = batch.documents[d].warnings;
    to.insert(to.end(), warnings[d].begin(), warnings[d].end());
  }
  return warnings;
}

}  // namespace presslens::batch
