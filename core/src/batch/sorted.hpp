// Small helpers on sorted vectors, shared by the cross-index's parts.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <utility>
#include <vector>

namespace presslens::batch {

// How many values two sorted vectors have in common (each counted once per
// matching pair).
template <class T>
std::size_t count_common_sorted(const std::vector<T>& a, const std::vector<T>& b) {
  std::size_t n = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

// Puts `list` in the order of `before` (stable), moving each item in place:
// a stable sort of the items themselves held a copy of half of them.
template <class T, class Before>
void stable_sort_in_place(std::vector<T>& list, Before before) {
  std::vector<std::uint32_t> order(list.size());
  if (list.size() >= std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("2^32 items or more to sort");
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t x, std::uint32_t y) { return before(list[x], list[y]); });
  // Item order[i] goes to place i: follow each cycle once.
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (order[i] == i) continue;
    T held = std::move(list[i]);
    std::size_t at = i;
    while (order[at] != i) {
      const std::size_t from = order[at];
      list[at] = std::move(list[from]);
      order[at] = static_cast<std::uint32_t>(at);
      at = from;
    }
    list[at] = std::move(held);
    order[at] = static_cast<std::uint32_t>(at);
  }
}

}  // namespace presslens::batch
