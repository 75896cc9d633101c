// Preloaded into the native command line by bench_robust
// (LD_PRELOAD=libheap_peak.so presslens analyze ...): counts the bytes the
// process holds from malloc (as malloc sized them) and, when it ends, prints
// the most it held at once ("native-heap-bytes N" on stderr). The resident
// set counts besides the pages of code and data a run touches and what
// malloc keeps after a free; this is the heap alone, as the wasm module's
// memory is in wasm. glibc only: it calls glibc's own allocator
// (__libc_malloc and the like) under its names.
#include <malloc.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>

extern "C" {
void* __libc_malloc(std::size_t);
void* __libc_calloc(std::size_t, std::size_t);
void* __libc_realloc(void*, std::size_t);
void* __libc_memalign(std::size_t, std::size_t);
void __libc_free(void*);
}

namespace {

std::atomic<std::size_t> g_live{0};
std::atomic<std::size_t> g_peak{0};

void* held(void* p) {
  if (!p) return p;
  const std::size_t live = g_live.fetch_add(malloc_usable_size(p)) + malloc_usable_size(p);
  std::size_t peak = g_peak.load();
  while (live > peak && !g_peak.compare_exchange_weak(peak, live)) {
  }
  return p;
}

void let_go(void* p) {
  if (p) g_live.fetch_sub(malloc_usable_size(p));
}

__attribute__((destructor)) void report() {
  char line[64];
  const int n = std::snprintf(line, sizeof line, "native-heap-bytes %zu\n", g_peak.load());
  if (n > 0) (void)!write(2, line, static_cast<std::size_t>(n));
}

}  // namespace

extern "C" {

void* malloc(std::size_t bytes) {
  return held(__libc_malloc(bytes));
}

void* calloc(std::size_t count, std::size_t bytes) {
  return held(__libc_calloc(count, bytes));
}

void* realloc(void* p, std::size_t bytes) {
  if (p && bytes == 0) {  // glibc frees it
    let_go(p);
    return __libc_realloc(p, 0);
  }
  const std::size_t before = p ? malloc_usable_size(p) : 0;
  void* q = __libc_realloc(p, bytes);
  if (!q) return q;  // `p` is held still
  g_live.fetch_sub(before);
  return held(q);
}

void free(void* p) {
  let_go(p);
  __libc_free(p);
}

void* memalign(std::size_t alignment, std::size_t bytes) {
  return held(__libc_memalign(alignment, bytes));
}

void* aligned_alloc(std::size_t alignment, std::size_t bytes) {
  return held(__libc_memalign(alignment, bytes));
}

int posix_memalign(void** out, std::size_t alignment, std::size_t bytes) {
  void* p = held(__libc_memalign(alignment, bytes));
  if (!p) return ENOMEM;
  *out = p;
  return 0;
}

}  // extern "C"
