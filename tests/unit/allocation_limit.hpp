// The test program's operator new (allocation_limit.cpp), which can fail
// and count on demand.
// - Memory running out: while an AllocationLimit lives, any single
//   allocation above its size throws std::bad_alloc, as a full wasm heap or
//   a failed malloc would.
// - Memory held: a HeapPeak reports the most bytes allocated with new and
//   not yet freed at any moment of its life, above what was held when it
//   began (the bound of docs/robustness.md, "Memory under 10x the input",
//   without the noise of a process's resident set).
#pragma once

#include <cstddef>

namespace presslens::testing {

class AllocationLimit {
 public:
  explicit AllocationLimit(std::size_t max_bytes);
  ~AllocationLimit();
  AllocationLimit(const AllocationLimit&) = delete;
  AllocationLimit& operator=(const AllocationLimit&) = delete;

 private:
  std::size_t previous_;
};

class HeapPeak {
 public:
  HeapPeak();
  ~HeapPeak();
  HeapPeak(const HeapPeak&) = delete;
  HeapPeak& operator=(const HeapPeak&) = delete;
  std::size_t bytes() const;

 private:
  std::size_t start_;
  std::size_t previous_peak_;
};

}  // namespace presslens::testing
