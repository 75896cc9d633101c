#include "batch/cross_index.hpp"

namespace presslens::batch {

void cross_index(Batch& batch) {
  batch.graph = build_graph(batch);
  batch.passages = find_passages(batch.documents);
  batch.claims = find_claims(batch.documents);
  find_keyphrases(batch);
  batch.timeline = build_timeline(batch.documents);
}

}  // namespace presslens::batch
