#include "batch/cross_index.hpp"

#include "batch/memory.hpp"

namespace presslens::batch {

CrossIndexMemory::CrossIndexMemory() : parts_(std::make_unique<Parts>()) {}
CrossIndexMemory::~CrossIndexMemory() = default;
CrossIndexMemory::CrossIndexMemory(CrossIndexMemory&&) noexcept = default;
CrossIndexMemory& CrossIndexMemory::operator=(CrossIndexMemory&&) noexcept = default;

void CrossIndexSteps::run(std::size_t index) {
  switch (index) {
    case 0:
      warnings_.clear();
      batch_.graph = build_graph(batch_, warnings_);
      break;
    case 1:
      batch_.passages = find_passages(batch_.documents, {}, memory_);
      break;
    case 2:
      batch_.claims = find_claims(batch_.documents, batch_.clusters);
      break;
    case 3:
      find_keyphrases(batch_, memory_);
      break;
    case 4:
      batch_.timeline = build_timeline(batch_.documents);
      break;
    case 5:
      batch_.stories = find_stories(batch_.documents, batch_.passages, memory_);
      // Only once every part is done: a part that throws leaves no warning behind.
      warnings_.resize(batch_.documents.size());
      for (std::size_t d = 0; d < batch_.documents.size(); ++d) {
        auto& to = batch_.documents[d].warnings;
        to.insert(to.end(), warnings_[d].begin(), warnings_[d].end());
      }
      break;
    default:
      break;
  }
}

DocumentWarnings cross_index(Batch& batch, CrossIndexMemory* memory) {
  CrossIndexSteps steps(batch, memory);
  for (std::size_t i = 0; i < CrossIndexSteps::kSteps; ++i) steps.run(i);
  return steps.warnings();
}

}  // namespace presslens::batch
