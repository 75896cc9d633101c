#include <fstream>
#include <iterator>
#include <string>

#include "fuzz_target.hpp"
#include "presslens/ner.hpp"

namespace presslens::fuzz {

std::vector<Target>& targets() {
  static std::vector<Target> all;
  return all;
}

void load_model() {
  if (ner_model_loaded()) return;
  std::ifstream in(std::string(PRESSLENS_SOURCE_DIR) + "/models/ner.bin", std::ios::binary);
  const std::string bytes{std::istreambuf_iterator<char>(in), {}};
  if (!load_ner_model(bytes)) {
    std::fprintf(stderr, "fuzz: cannot load models/ner.bin\n");
    std::abort();
  }
}

}  // namespace presslens::fuzz
