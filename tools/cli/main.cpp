// The native `presslens` tool.
#include <string>
#include <string_view>
#include <vector>

#include "cli.hpp"

int main(int argc, char** argv) {
  if (argc < 2 || std::string_view(argv[1]) != "train")
    presslens::cli::load_ner_model_file(argv[0]);
  return presslens::cli::run(std::vector<std::string>(argv + 1, argv + argc));
}
