// libFuzzer's entry points for one target (the executable links exactly one
// targets/NAME.cpp).
#include <cstddef>
#include <cstdint>

#include "fuzz_target.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  presslens::fuzz::load_model();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  for (const auto& target : presslens::fuzz::targets()) target.run(input);
  return 0;
}
