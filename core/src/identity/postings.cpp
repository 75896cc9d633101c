#include "identity/postings.hpp"

#include <algorithm>
#include <bit>
#include <stdexcept>

namespace presslens::identity {

std::size_t KeyTable::home(std::uint64_t key) const {
  // The keys are hashes already; the multiplication spreads their low bits.
  const unsigned bits = static_cast<unsigned>(std::countr_zero(keys_.size()));
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - bits));
}

void KeyTable::grow() {
  const std::size_t slots = std::max<std::size_t>(16, keys_.size() * 2);
  std::vector<std::uint64_t> keys(slots);
  std::vector<std::uint32_t> numbers(slots, kNone);
  keys.swap(keys_);
  numbers.swap(numbers_);
  const std::size_t mask = slots - 1;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (numbers[i] == kNone) continue;
    std::size_t at = home(keys[i]);
    while (numbers_[at] != kNone) at = (at + 1) & mask;
    keys_[at] = keys[i];
    numbers_[at] = numbers[i];
  }
}

std::uint32_t KeyTable::number(std::uint64_t key) {
  if ((size_ + 1) * 4 > keys_.size() * 3) grow();
  const std::size_t mask = keys_.size() - 1;
  std::size_t at = home(key);
  while (numbers_[at] != kNone) {
    if (keys_[at] == key) return numbers_[at];
    at = (at + 1) & mask;
  }
  keys_[at] = key;
  numbers_[at] = static_cast<std::uint32_t>(size_);
  return static_cast<std::uint32_t>(size_++);
}

std::uint32_t KeyTable::find(std::uint64_t key) const {
  if (keys_.empty()) return kNone;
  const std::size_t mask = keys_.size() - 1;
  for (std::size_t at = home(key); numbers_[at] != kNone; at = (at + 1) & mask) {
    if (keys_[at] == key) return numbers_[at];
  }
  return kNone;
}

void PostingLists::add(std::uint32_t number, std::size_t group_index) {
  if (group_index >= UINT32_MAX) throw std::length_error("more than 2^32 groups of names");
  const auto group = static_cast<Group32>(group_index);
  Entry& e = entries_[number];
  if (e.more == 0) {
    e = {group, 1};
    return;
  }
  if (e.more == 1) {
    if (e.first == group) return;
    e.more = static_cast<std::uint32_t>(lists_.size() + 2);
    lists_.push_back(group < e.first ? std::vector<Group32>{group, e.first}
                                     : std::vector<Group32>{e.first, group});
    return;
  }
  auto& list = lists_[e.more - 2];
  const auto at = std::lower_bound(list.begin(), list.end(), group);
  if (at == list.end() || *at != group) list.insert(at, group);
}

Postings PostingLists::at(std::uint32_t number) const {
  const Entry& e = entries_[number];
  if (e.more == 0) return {};
  if (e.more == 1) return {&e.first, 1};
  return lists_[e.more - 2];
}

}  // namespace presslens::identity
