// The native `presslens` tool.
#include <string>
#include <vector>

#include "cli.hpp"

int main(int argc, char** argv) {
  presslens::cli::load_ner_model_file(argv[0]);
  return presslens::cli::run(std::vector<std::string>(argv + 1, argv + argc));
}
