#include "nlp/gazetteer.hpp"

#include <algorithm>

#include "text/hash.hpp"

namespace presslens::nlp {

std::uint32_t entry_key(const std::vector<std::string>& lowercase_tokens) {
  std::uint64_t hash = text::kFnvOffset;
  for (std::size_t i = 0; i < lowercase_tokens.size(); ++i) {
    hash = extend_entry_hash(hash, lowercase_tokens[i], i == 0);
  }
  return text::fold_key(hash);
}

void Gazetteer::add(std::uint32_t key, ListMask mask) {
  const auto [it, inserted] = pending_.try_emplace(key, entries_.size());
  if (inserted) {
    entries_.emplace_back(key, mask);
  } else {
    entries_[it->second].second |= mask;
  }
}

void Gazetteer::finish() {
  pending_.clear();
  std::sort(entries_.begin(), entries_.end());
  // Merge duplicates (entries added after a previous finish()).
  std::vector<std::pair<std::uint32_t, ListMask>> unique;
  for (const auto& entry : entries_) {
    if (!unique.empty() && unique.back().first == entry.first) {
      unique.back().second |= entry.second;
    } else {
      unique.push_back(entry);
    }
  }
  entries_ = std::move(unique);
  for (std::size_t i = 0; i < entries_.size(); ++i) pending_.emplace(entries_[i].first, i);
  std::uint32_t size = 16;
  while (size < entries_.size() * 2) size <<= 1;
  mask_ = size - 1;
  slot_keys_.assign(size, 0);
  slot_masks_.assign(size, 0);
  for (const auto& [key, mask] : entries_) {
    std::uint32_t slot = text::slot_of(key, mask_);
    while (slot_keys_[slot] != 0) slot = (slot + 1) & mask_;
    slot_keys_[slot] = key;
    slot_masks_[slot] = mask;
  }
}

}  // namespace presslens::nlp
