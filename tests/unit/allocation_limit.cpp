#include "allocation_limit.hpp"

#include <malloc.h>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <new>

namespace {

// No limit unless a test sets one.
std::size_t g_max_bytes = std::numeric_limits<std::size_t>::max();
// Bytes allocated by operator new and not freed (as malloc sized them), and
// the most of them at once since a HeapPeak last began.
std::size_t g_live_bytes = 0;
std::size_t g_peak_bytes = 0;

void* counted(void* p) {
  if (p) {
    g_live_bytes += malloc_usable_size(p);
    g_peak_bytes = std::max(g_peak_bytes, g_live_bytes);
  }
  return p;
}

void uncounted_free(void* p) {
  if (p) g_live_bytes -= malloc_usable_size(p);
  std::free(p);
}

}  // namespace

namespace presslens::testing {

AllocationLimit::AllocationLimit(std::size_t max_bytes) : previous_(g_max_bytes) {
  g_max_bytes = max_bytes;
}

AllocationLimit::~AllocationLimit() {
  g_max_bytes = previous_;
}

HeapPeak::HeapPeak() : start_(g_live_bytes), previous_peak_(g_peak_bytes) {
  g_peak_bytes = g_live_bytes;
}

HeapPeak::~HeapPeak() {
  g_peak_bytes = std::max(previous_peak_, g_peak_bytes);
}

std::size_t HeapPeak::bytes() const {
  return g_peak_bytes - start_;
}

}  // namespace presslens::testing

// The test program's operator new: malloc, unless the allocation is above the limit.
void* operator new(std::size_t bytes) {
  if (bytes > g_max_bytes) throw std::bad_alloc();
  if (void* p = counted(std::malloc(bytes == 0 ? 1 : bytes))) return p;
  throw std::bad_alloc();
}

void operator delete(void* p) noexcept {
  uncounted_free(p);
}

void operator delete(void* p, std::size_t) noexcept {
  uncounted_free(p);
}

// The nothrow forms too (std::stable_sort's buffer uses them): a sanitizer
// supplies its own of every form not replaced here, and its new then meets
// this delete.
void* operator new(std::size_t bytes, const std::nothrow_t&) noexcept {
  if (bytes > g_max_bytes) return nullptr;
  return counted(std::malloc(bytes == 0 ? 1 : bytes));
}

void operator delete(void* p, const std::nothrow_t&) noexcept {
  uncounted_free(p);
}
