#include "batch/cross_index.hpp"

#include "batch/words.hpp"

namespace presslens::batch {

void CrossIndexSteps::run(std::size_t index) {
  switch (index) {
    case 0:
      sentences_.reserve(batch_.documents.size());
      for (const auto& document : batch_.documents)
        sentences_.push_back(split_sentences(document.text));
      break;
    case 1:
      batch_.graph = build_graph(batch_, sentences_);
      break;
    case 2:
      batch_.passages = find_passages(batch_.documents);
      break;
    case 3:
      batch_.claims = find_claims(batch_.documents, sentences_);
      break;
    case 4:
      find_keyphrases(batch_);
      break;
    case 5:
      batch_.timeline = build_timeline(batch_.documents, sentences_);
      break;
    case 6:
      batch_.stories = find_stories(batch_.documents, batch_.passages);
      break;
    default:
      break;
  }
}

void cross_index(Batch& batch) {
  CrossIndexSteps steps(batch);
  for (std::size_t i = 0; i < CrossIndexSteps::kSteps; ++i) steps.run(i);
}

}  // namespace presslens::batch
