// Test inputs: the small fixtures of tests/fixtures and the shipped samples.
#pragma once

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "presslens/input.hpp"

namespace presslens::testing {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("missing test input " + path);
  return {std::istreambuf_iterator<char>(in), {}};
}

inline std::string fixture(const std::string& name) {
  return read_file(std::string(PRESSLENS_SOURCE_DIR) + "/tests/fixtures/" + name);
}

inline InputFile fixture_file(const std::string& name) { return {name, fixture(name), {}}; }

inline const std::vector<std::string>& seed_names() {
  static const std::vector<std::string> names{
      "000_f85d2e230b170ceb.txt", "001_bf7699d9b6ee942d.txt", "002_07f4cbc89c93d9ec.txt",
      "003_db9d974d6a489a86.txt", "004_4080d963fd1f8c6e.txt"};
  return names;
}

// The five seed articles, as shipped with the page (web/samples/).
inline std::vector<InputFile> seed_files() {
  std::vector<InputFile> files;
  for (const auto& name : seed_names()) {
    files.push_back({name, read_file(std::string(PRESSLENS_SOURCE_DIR) + "/web/samples/" + name), {}});
  }
  return files;
}

}  // namespace presslens::testing
