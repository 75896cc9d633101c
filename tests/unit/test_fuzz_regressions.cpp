// Every input the fuzzers once crashed or stalled on (tests/fuzz/regressions/
// TARGET/) runs again through its target, natively and in wasm: each must
// return normally and pass the target's checks. (The per-input time budget
// is checked where it is meaningful, by tools/fuzz.sh with the same inputs.)
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "fixtures.hpp"
#include "fuzz_target.hpp"

namespace fs = std::filesystem;

TEST_CASE("fuzz regressions: every kept input runs through its target") {
  const fs::path root = fs::path(PRESSLENS_SOURCE_DIR) / "tests/fuzz/regressions";
  REQUIRE(!presslens::fuzz::targets().empty());
  for (const auto& target : presslens::fuzz::targets()) {
    const fs::path dir = root / std::string(target.name);
    if (!fs::is_directory(dir)) continue;
    std::vector<fs::path> inputs;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.is_regular_file() && entry.path().filename() != ".gitkeep")
        inputs.push_back(entry.path());
    }
    std::sort(inputs.begin(), inputs.end());
    for (const auto& input : inputs) {
      CAPTURE(input.string());
      target.run(presslens::testing::read_file(input.string()));
    }
  }
}
