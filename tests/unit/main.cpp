// The doctest runner. Under WebAssembly the suite first loads the filtered
// ICU data file, as the page does; natively ICU uses the system's data.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "presslens/icu_data.hpp"

int main(int argc, char** argv) {
#ifdef PRESSLENS_ICU_DATA_FILE
  static std::string icu_data;
  std::ifstream in(PRESSLENS_ICU_DATA_FILE, std::ios::binary);
  icu_data.assign(std::istreambuf_iterator<char>(in), {});
  if (auto status = presslens::use_icu_data(icu_data.data(), icu_data.size()); !status) {
    std::fprintf(stderr, "cannot load ICU data %s: %s\n", PRESSLENS_ICU_DATA_FILE,
                 status.error().message.c_str());
    return 1;
  }
#endif
  doctest::Context context(argc, argv);
  return context.run();
}
