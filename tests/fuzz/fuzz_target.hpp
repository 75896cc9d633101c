// A fuzz target: a function of arbitrary bytes that must return without a
// crash, a sanitizer report, an exception escaping or a hang. Written once
// with PRESSLENS_FUZZ_TARGET in targets/NAME.cpp and listed in targets.cmake,
// it runs under libFuzzer (the `fuzz` preset: one executable fuzz_NAME per
// target, tools/fuzz.sh) and, on every input kept in regressions/NAME/, in
// the doctest suite (natively and in wasm). See docs/robustness.md.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace presslens::fuzz {

using TargetFunction = void (*)(std::string_view input);

struct Target {
  std::string_view name;
  TargetFunction run;
};

// Every target linked into this program.
std::vector<Target>& targets();

struct Registration {
  Registration(std::string_view name, TargetFunction run) { targets().push_back({name, run}); }
};

// The NER model (models/ner.bin), loaded once: targets that find entities call it.
void load_model();

[[noreturn]] inline void fail(const char* what, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
  std::abort();
}

}  // namespace presslens::fuzz

// What must hold for every input: a failure is a crash the fuzzer reports.
#define PRESSLENS_FUZZ_CHECK(condition) \
  ((condition) ? (void)0 : ::presslens::fuzz::fail(#condition, __FILE__, __LINE__))

#define PRESSLENS_FUZZ_TARGET(name)                                                \
  static void presslens_fuzz_##name(std::string_view input);                       \
  static const ::presslens::fuzz::Registration presslens_fuzz_registration_##name( \
      #name, &presslens_fuzz_##name);                                              \
  static void presslens_fuzz_##name(std::string_view input)
