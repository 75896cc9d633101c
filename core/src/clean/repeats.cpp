#include "clean/repeats.hpp"

#include <cstdint>
#include <unordered_map>
#include <unordered_set>

namespace presslens::clean {

void count_recurrences(std::span<DocumentEvidence> batch) {
  if (batch.size() < 2) return;
  std::unordered_map<std::uint64_t, int> documents_with;
  for (const auto& evidence : batch) {
    std::unordered_set<std::uint64_t> seen;
    for (const auto& e : evidence) {
      if (e.features.key != 0 && seen.insert(e.features.key).second) {
        ++documents_with[e.features.key];
      }
    }
  }
  for (auto& evidence : batch) {
    for (auto& e : evidence) {
      if (e.features.key == 0) continue;
      e.recurs_in = documents_with[e.features.key];
      if (e.recurs_in < 2) e.recurs_in = 0;
    }
  }
}

void find_truncations(DocumentEvidence& evidence) {
  for (std::size_t i = 0; i + 1 < evidence.size(); ++i) {
    const auto& cut = evidence[i].features;
    const auto& whole = evidence[i + 1].features;
    if (cut.words >= 3 && !cut.ends_sentence && whole.folded.size() > cut.folded.size() &&
        whole.folded.starts_with(cut.folded)) {
      evidence[i].truncated = i + 1;
    }
  }
}

std::vector<std::optional<std::size_t>> find_duplicates(const DocumentEvidence& evidence,
                                                        const Region& region) {
  std::vector<std::optional<std::size_t>> duplicate_of(evidence.size());
  std::unordered_map<std::uint64_t, std::size_t> original;
  // Copies inside the main run claim the key first, then the rest in order.
  for (std::size_t i = region.begin; i < region.end; ++i) {
    original.emplace(evidence[i].features.key, i);
  }
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    const auto& key = evidence[i].features.key;
    if (key == 0) continue;
    auto [it, inserted] = original.emplace(key, i);
    if (!inserted && it->second != i) duplicate_of[i] = it->second;
  }
  return duplicate_of;
}

}  // namespace presslens::clean
