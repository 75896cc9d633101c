// libFuzzer's entry points for one target (the executable links exactly one
// targets/NAME.cpp), and the per-input budget: 10 KB in under 1 s of
// processor time (more for a longer input, in proportion). An input over its
// budget aborts like a crash, so libFuzzer keeps it. Processor time, not wall
// time: a loaded machine slows every input alike and must not fail the run
// (libFuzzer's own -timeout, in wall time, is the backstop for a hang).
#include <time.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzz_target.hpp"

namespace {

double budget_seconds_per_10kb = 1.0;

double processor_seconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // PRESSLENS_FUZZ_BUDGET: seconds per 10 KB (tools/fuzz.sh sets it; 0 turns the budget off).
  if (const char* budget = std::getenv("PRESSLENS_FUZZ_BUDGET"))
    budget_seconds_per_10kb = std::atof(budget);
  presslens::fuzz::load_model();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const double start = processor_seconds();
  for (const auto& target : presslens::fuzz::targets()) target.run(input);
  const double spent = processor_seconds() - start;
  const double budget =
      budget_seconds_per_10kb * std::max(1.0, static_cast<double>(size) / 10240.0);
  if (budget_seconds_per_10kb > 0 && spent > budget) {
    std::fprintf(stderr,
                 "fuzz budget exceeded: an input of %zu bytes took %.2f s of processor time "
                 "(budget %.2f s: %.2f s per 10 KB)\n",
                 size, spent, budget, budget_seconds_per_10kb);
    std::abort();
  }
  return 0;
}
