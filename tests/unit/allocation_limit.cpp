#include "allocation_limit.hpp"

#include <cstdlib>
#include <limits>
#include <new>

namespace {

// No limit unless a test sets one.
std::size_t g_max_bytes = std::numeric_limits<std::size_t>::max();

}  // namespace

namespace presslens::testing {

AllocationLimit::AllocationLimit(std::size_t max_bytes) : previous_(g_max_bytes) {
  g_max_bytes = max_bytes;
}

AllocationLimit::~AllocationLimit() {
  g_max_bytes = previous_;
}

}  // namespace presslens::testing

// The test program's operator new: malloc, unless the allocation is above the limit.
void* operator new(std::size_t bytes) {
  if (bytes > g_max_bytes) throw std::bad_alloc();
  if (void* p = std::malloc(bytes == 0 ? 1 : bytes)) return p;
  throw std::bad_alloc();
}

void operator delete(void* p) noexcept {
  std::free(p);
}

void operator delete(void* p, std::size_t) noexcept {
  std::free(p);
}

// The nothrow forms too (std::stable_sort's buffer uses them): a sanitizer
// supplies its own of every form not replaced here, and its new then meets
// this delete.
void* operator new(std::size_t bytes, const std::nothrow_t&) noexcept {
  if (bytes > g_max_bytes) return nullptr;
  return std::malloc(bytes == 0 ? 1 : bytes);
}

void operator delete(void* p, const std::nothrow_t&) noexcept {
  std::free(p);
}
