#include "clean/repeats.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "clean/region.hpp"

namespace presslens::clean {

namespace {

// Copies of one story (syndicated wire copy, one article saved twice) share
// their own prose; a line they share is the story's, not page furniture.
// Two documents are copies when they share at least two long prose lines
// (or the smaller one's only one) making up at least half of the smaller
// one's long prose lines.
constexpr int kLongProse = 12;  // words
constexpr std::size_t kSharedLines = 2;
constexpr std::size_t kCommonLine = 64;  // a line in more documents is not a story's

bool long_prose(const Evidence& e) {
  return e.features.words >= kLongProse && is_prose(e.features) && e.features.key != 0;
}

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

// The story each document belongs to (an index shared by its copies).
std::vector<std::size_t> story_groups(std::span<const DocumentEvidence> batch) {
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> documents_with;
  std::vector<std::size_t> own(batch.size(), 0);
  for (std::size_t d = 0; d < batch.size(); ++d) {
    std::unordered_set<std::uint64_t> seen;
    for (const auto& e : batch[d]) {
      if (long_prose(e) && seen.insert(e.features.key).second) {
        documents_with[e.features.key].push_back(d);
        ++own[d];
      }
    }
  }
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> shared;
  for (const auto& [key, documents] : documents_with) {
    if (documents.size() < 2 || documents.size() > kCommonLine) continue;
    for (std::size_t a = 0; a < documents.size(); ++a) {
      for (std::size_t b = a + 1; b < documents.size(); ++b) ++shared[{documents[a], documents[b]}];
    }
  }
  std::vector<std::size_t> parent(batch.size());
  for (std::size_t d = 0; d < batch.size(); ++d) parent[d] = d;
  for (const auto& [pair, count] : shared) {
    const std::size_t smaller = std::min(own[pair.first], own[pair.second]);
    // (A document with one long prose line shares all of it with one line.)
    if (count >= std::min(kSharedLines, smaller) && count * 2 >= smaller) {
      parent[find_root(parent, pair.first)] = find_root(parent, pair.second);
    }
  }
  std::vector<std::size_t> group(batch.size());
  for (std::size_t d = 0; d < batch.size(); ++d) group[d] = find_root(parent, d);
  return group;
}

}  // namespace

void count_recurrences(std::span<DocumentEvidence> batch) {
  if (batch.size() < 2) return;
  const std::vector<std::size_t> group = story_groups(batch);
  // In how many stories each line occurs: copies of one story count once.
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> stories_with;
  for (std::size_t d = 0; d < batch.size(); ++d) {
    for (const auto& e : batch[d]) {
      if (e.features.key == 0) continue;
      auto& stories = stories_with[e.features.key];
      if (std::find(stories.begin(), stories.end(), group[d]) == stories.end()) {
        stories.push_back(group[d]);
      }
    }
  }
  for (auto& evidence : batch) {
    for (auto& e : evidence) {
      if (e.features.key == 0) continue;
      e.recurs_in = static_cast<int>(stories_with[e.features.key].size());
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
