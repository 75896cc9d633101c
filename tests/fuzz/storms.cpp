// Writes each case of tools/bench/robust_cases.cpp at a few sizes up to
// MAX_BYTES into DIR, as seeds for the fuzz targets: fuzz_storms DIR MAX_BYTES.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "robust_cases.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: fuzz_storms DIR MAX_BYTES\n");
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  const std::size_t max_bytes = std::stoul(argv[2]);
  std::filesystem::create_directories(dir);
  for (const auto& c : presslens::bench::generated_cases()) {
    for (const std::size_t bytes : {max_bytes / 8, max_bytes / 2, max_bytes}) {
      const auto input = c.make(bytes);
      std::ofstream out(dir / (std::string(c.name) + "-" + std::to_string(bytes)),
                        std::ios::binary);
      out.write(input.bytes.data(), static_cast<std::streamsize>(input.bytes.size()));
    }
  }
  return 0;
}
