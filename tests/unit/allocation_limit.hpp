// Memory running out, on demand: while an AllocationLimit lives, any single
// allocation above its size throws std::bad_alloc, as a full wasm heap or a
// failed malloc would. (allocation_limit.cpp replaces operator new for the
// test program.)
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

}  // namespace presslens::testing
