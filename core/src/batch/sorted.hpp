// Small helpers on sorted vectors, shared by the cross-index's parts.
#pragma once

#include <cstddef>
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

}  // namespace presslens::batch
