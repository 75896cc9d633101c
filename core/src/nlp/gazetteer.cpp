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
  entries_.emplace_back(key, mask);
}

void Gazetteer::finish() {
  // A model file's keys come sorted; lists added in training do not.
  const auto by_key = [](const auto& a, const auto& b) { return a.first < b.first; };
  if (!std::is_sorted(entries_.begin(), entries_.end(), by_key)) {
    std::sort(entries_.begin(), entries_.end(), by_key);
  }
  // One entry per key, its lists ORed together.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (kept > 0 && entries_[kept - 1].first == entries_[i].first) {
      entries_[kept - 1].second |= entries_[i].second;
    } else {
      entries_[kept++] = entries_[i];
    }
  }
  entries_.resize(kept);
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
